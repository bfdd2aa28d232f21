import { describe, expect, it } from 'vitest'
import {
  clearOfRoutes,
  graphStyle,
  SAFE_MARKER,
  zoomStep,
} from '../../src/components/graph/graphStyle'

type Rule = { selector: string; style: Record<string, unknown> }

/** The width and border a node in some state ends up with: later rules win, as in Cytoscape. */
function nodeBox(sheet: Rule[], selectors: string[]) {
  let width = NaN
  let border = 0
  for (const rule of sheet)
    if (selectors.includes(rule.selector)) {
      if (typeof rule.style.width === 'number') width = rule.style.width
      if (typeof rule.style['border-width'] === 'number') border = rule.style['border-width']
    }
  return { width, border }
}

describe('markers never cover the bends of the links routed past them', () => {
  // Cytoscape ends a link at its node's outer box (width plus border); a link whose last bend is
  // inside that box is not drawn at all. Clicking QLoRA at the 1280 × 800 opening view used to
  // make its link from LoRA vanish (a selected marker of 36 units plus a 6-unit ring).
  it('at every zoom step, in every state, the outer box stays within the routes’ clearance', () => {
    for (let z = 0.05; z <= 4; z *= 1.07) {
      const sheet = graphStyle('light', 13, { zoom: zoomStep(z) }) as unknown as Rule[]
      for (const state of [['node'], ['node', 'node.highlighted'], ['node', 'node.selected']]) {
        const { width, border } = nodeBox(sheet, state)
        expect(width, `${state.join(' ')} at ${z.toFixed(3)}`).toBeGreaterThan(0)
        expect(width + border, `${state.join(' ')} at ${z.toFixed(3)}`).toBeLessThanOrEqual(
          SAFE_MARKER + 1e-9,
        )
      }
    }
  })

  it('keeps a selected marker larger than the others wherever there is room', () => {
    for (const z of [0.4, 0.5, 1, 2]) {
      const sheet = graphStyle('light', 13, { zoom: zoomStep(z) }) as unknown as Rule[]
      const plain = nodeBox(sheet, ['node'])
      const chosen = nodeBox(sheet, ['node', 'node.selected'])
      expect(chosen.width + chosen.border).toBeGreaterThan(plain.width + plain.border)
    }
  })

  it('lets the ring give way before the marker when zoomed far out', () => {
    expect(clearOfRoutes(36, 40)).toEqual({ width: SAFE_MARKER - SAFE_MARKER / 6, border: 6 })
    expect(clearOfRoutes(14, 2)).toEqual({ width: 14, border: 2 })
  })
})
