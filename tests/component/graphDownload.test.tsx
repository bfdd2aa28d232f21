// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type * as Loader from '../../src/components/graph/cytoscapeLoader'
import { renderApp } from './renderApp'

// The graph's library is its own chunk: the first download fails here, the second succeeds.
const attempts = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../src/components/graph/cytoscapeLoader', async () => {
  const real: typeof Loader = await vi.importActual('../../src/components/graph/cytoscapeLoader')
  return {
    loadCytoscape: () => {
      attempts.count++
      return attempts.count === 1
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : real.loadCytoscape()
    },
  }
})

describe('when the graph’s code cannot be downloaded', () => {
  it('says so in words beside the rest of the explorer, and Retry brings the graph', async () => {
    await renderApp('/?technique=qlora')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The interactive graph could not be downloaded')
    // The rest keeps working: the selection's details are there.
    expect(await screen.findByRole('article', { name: 'QLoRA' })).toBeTruthy()
    expect(window.__atlasGraph?.ready).not.toBe(true)

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(window.__atlasGraph?.ready).toBe(true))
    expect(screen.queryByText(/could not be downloaded/)).toBeNull()
    expect(attempts.count).toBe(2)
  })
})
