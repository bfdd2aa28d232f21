import { describe, expect, it } from 'vitest'
import { placeCard } from '../../src/domain/layout/overlayPlacement'

const canvas = { width: 800, height: 600 }
const card = { width: 240, height: 80 }

describe('the hover card', () => {
  it('opens below the technique when nothing is there', () => {
    expect(placeCard({ x: 400, y: 200 }, card, canvas, [])).toEqual({
      side: 'below',
      x: 280,
      y: 214,
    })
  })

  it('moves to the side that hides the least of the lineage', () => {
    // The lineage runs below and above the technique; the right is clear.
    const lineage = [
      { x0: 180, y0: 220, x1: 560, y1: 320 },
      { x0: 180, y0: 80, x1: 560, y1: 190 },
    ]
    expect(placeCard({ x: 400, y: 200 }, card, canvas, lineage).side).toBe('right')
  })

  it('stays inside the canvas near its edges and corners', () => {
    for (const anchor of [
      { x: 5, y: 5 },
      { x: 795, y: 5 },
      { x: 795, y: 595 },
      { x: 400, y: 595 },
    ]) {
      const p = placeCard(anchor, card, canvas, [])
      expect(p.x).toBeGreaterThanOrEqual(0)
      expect(p.y).toBeGreaterThanOrEqual(0)
      expect(p.x + card.width).toBeLessThanOrEqual(canvas.width)
      expect(p.y + card.height).toBeLessThanOrEqual(canvas.height)
    }
  })

  it('never covers the technique it describes', () => {
    const anchor = { x: 795, y: 300 }
    const p = placeCard(anchor, card, canvas, [])
    const covers =
      anchor.x >= p.x &&
      anchor.x <= p.x + card.width &&
      anchor.y >= p.y &&
      anchor.y <= p.y + card.height
    expect(covers).toBe(false)
  })
})
