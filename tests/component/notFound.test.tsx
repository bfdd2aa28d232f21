// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from './renderApp'

describe('an address that is not a page', () => {
  it('shows a not-found page with a way back for an unknown path', async () => {
    await renderApp('/no/such/page')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Open the Atlas' }).getAttribute('href')).toBe('/')
    // Nothing on that path is close to a technique's name.
    expect(screen.queryByText(/Did you mean/)).toBeNull()
  })

  it('suggests the technique a mistyped path meant, as a link that selects it', async () => {
    const { search } = await renderApp('/techniques/lorra')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy()
    const link = screen.getByRole('link', { name: 'LoRA' })
    expect(link.closest('p')?.textContent).toBe('Did you mean LoRA?')
    expect(link.getAttribute('href')).toBe('/?technique=lora')
    await userEvent.click(link)
    expect(await screen.findByRole('article', { name: 'LoRA' })).toBeTruthy()
    expect(search().toString()).toBe('technique=lora')
  })

  it('offers nothing, and still a way back, for a path with a broken escape', async () => {
    await renderApp('/techniques/%E0%A4%A')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy()
    expect(screen.queryByText(/Did you mean/)).toBeNull()
    expect(screen.getByRole('link', { name: 'Open the Atlas' })).toBeTruthy()
  })
})

describe('a technique page for an id the Atlas does not have', () => {
  it('says which technique is missing and suggests the closest, instead of a silent home page', async () => {
    await renderApp('/technique/lorra/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy()
    const message = screen.getByText(/There is no technique/)
    expect(message.querySelector('code')?.textContent).toBe('lorra')
    expect(screen.getByRole('link', { name: 'LoRA' }).getAttribute('href')).toBe('/?technique=lora')
  })

  it('still opens a known technique on the explorer', async () => {
    const { search } = await renderApp('/technique/qlora/')
    expect(await screen.findByRole('article', { name: 'QLoRA' })).toBeTruthy()
    expect(search().get('technique')).toBe('qlora')
  })
})
