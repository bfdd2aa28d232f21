import { describe, expect, it } from 'vitest'
import { placeCard } from '../../src/domain/layout/overlayPlacement'
import type { Rect } from '../../src/domain/layout/labelBox'

const canvas = { width: 800, height: 600 }
const card = { width: 240, height: 80 }
const rect = (x0: number, y0: number, x1: number, y1: number): Rect => ({ x0, y0, x1, y1 })

// Around an anchor at (400, 300) with the 14 px gap, the four candidate spots are
//   below: x 280–520, y 314–394      above: x 280–520, y 206–286
//   right: x 414–654, y 260–340      left:  x 146–386, y 260–340
describe('where the hover card goes', () => {
  const anchor = { x: 400, y: 300 }

  it('goes above when the lineage fills the space below', () => {
    expect(placeCard(anchor, card, canvas, [rect(0, 310, 800, 600)])).toEqual({
      side: 'above',
      x: 280,
      y: 206,
    })
  })

  it('goes right, centred on the technique, when above and below are taken', () => {
    expect(placeCard(anchor, card, canvas, [rect(0, 310, 800, 600), rect(0, 0, 800, 290)])).toEqual(
      { side: 'right', x: 414, y: 260 },
    )
  })

  it('goes left when everything to the right is taken', () => {
    // The right spot is covered entirely, below and above in part; the left one not at all.
    expect(placeCard(anchor, card, canvas, [rect(414, 200, 800, 400)])).toEqual({
      side: 'left',
      x: 146,
      y: 260,
    })
  })

  it('weighs the covered lineage by its area', () => {
    // Lineage only where one spot would go: 12960 px² below, 12960 above, 10720 right, 5360 left.
    const below = rect(280, 340, 520, 394)
    const right = rect(520, 260, 654, 340)
    const left = rect(146, 260, 280, 300)
    expect(placeCard(anchor, card, canvas, [below, rect(280, 206, 520, 260), right, left])).toEqual(
      {
        side: 'left',
        x: 146,
        y: 260,
      },
    )
    // With only 4800 px² above, above covers the least.
    expect(placeCard(anchor, card, canvas, [below, rect(280, 206, 520, 226), right, left])).toEqual(
      {
        side: 'above',
        x: 280,
        y: 206,
      },
    )
  })
})

describe('keeping the card inside the canvas', () => {
  it('slides a card below or above along the edge, 4 px in', () => {
    // Below at x 675 would end at 915: slid to 800 − 240 − 4.
    expect(placeCard({ x: 795, y: 100 }, card, canvas, [])).toEqual({
      side: 'below',
      x: 556,
      y: 114,
    })
    expect(placeCard({ x: 5, y: 100 }, card, canvas, [])).toEqual({ side: 'below', x: 4, y: 114 })
  })

  it('slides a card beside the technique up or down, 4 px in', () => {
    // Above is partly taken; left fits once slid up from y 555 to 600 − 80 − 4.
    expect(placeCard({ x: 795, y: 595 }, card, canvas, [rect(542, 400, 800, 515)])).toEqual({
      side: 'left',
      x: 541,
      y: 516,
    })
    // At the top with lineage below, right fits once slid down from y −35 to 4.
    const lineage = [rect(0, 15, 110, 300), rect(110, 90, 800, 300)]
    expect(placeCard({ x: 100, y: 5 }, card, canvas, lineage)).toEqual({
      side: 'right',
      x: 114,
      y: 4,
    })
  })

  it('counts what sticks out of the canvas four times as much as covered lineage', () => {
    // Near the bottom: below sticks out 34 × 240 = 8160 px² (costing 32640) and covers 5512 of
    // the lineage; above covers 17512; the sides are covered entirely (19200 each).
    const anchor = { x: 400, y: 540 }
    const avoid = [rect(280, 446, 520, 496), rect(414, 500, 654, 580), rect(146, 500, 386, 580)]
    expect(placeCard(anchor, card, canvas, avoid).side).toBe('above')
  })
})
