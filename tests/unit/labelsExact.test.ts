import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import { placeLabels } from '../../src/domain/layout/labels'
import { labelBoxMargin, labelRect } from '../../src/domain/layout/labelBox'
import { labelImportance } from '../../src/domain/layout/labelImportance'
import { tinyData } from '../fixtures/tinyData'
import { boxedIn, candidate, rect, viewport } from './labelFixtures'

describe('how much a technique matters', () => {
  it('weighs descendants, tools, newsletter issues and the seed', () => {
    const data = tinyData()
    // An issue naming its concept again among its techniques still counts once.
    data.issues[0]!.techniques.push('a')
    data.techniques.push({ ...data.techniques[0]!, id: 'lora', name: 'LORA' })
    const importance = labelImportance(createAtlas(data))
    // 3·log2(descendants incl. itself) + 1.5 per tool + 2 per issue + 100 if the seed names it (a landmark, placed first).
    expect(Object.fromEntries(importance)).toEqual({
      root: 8.42, // 3·log2 7 = 8.4221
      a: 9.5, // 3·log2 4 + 1.5 (kit) + 2 (edge-1)
      b: 3, // 3·log2 2
      c: 6.5, // 3·log2 2 + 1.5 (kit) + 2 (edge-1)
      d: 3,
      e: 3.5, // 1.5 (cloud) + 2 (edge-3)
      f: 0,
      lora: 100, // named by the seed
    })
  })
})

describe('the rectangle of a label', () => {
  // Width 40 + 6 px of drawn box, 17 high; its drawn box 4 (half the marker) + 0.5 px from the centre.
  const c = { label: 'x', screen: { x: 100, y: 100 }, width: 40 }

  it.each([
    ['above', rect(77, 78.5, 123, 95.5)],
    ['below', rect(77, 104.5, 123, 121.5)],
    ['right', rect(104.5, 91.5, 150.5, 108.5)],
    ['left', rect(49.5, 91.5, 95.5, 108.5)],
  ] as const)('%s the marker', (side, expected) => {
    expect(labelRect(c, 8, side)).toEqual(expected)
  })

  it('sits above by default and estimates the width when it is not measured', () => {
    // "LoRA" at 12 px: 37 wide, + 2.
    expect(labelRect({ label: 'LoRA', screen: { x: 100, y: 100 } }, 8)).toEqual(
      rect(78.5, 78.5, 121.5, 95.5),
    )
  })

  it('grows with the drawn font size, but keeps its distance from the marker', () => {
    // Twice the size: 86 wide, 28 high (the text doubles, its box's margin does not).
    expect(labelRect(c, 8, 'above', 2)).toEqual(rect(57, 67.5, 143, 95.5))
    expect(labelRect(c, 8, 'right', 2)).toEqual(rect(104.5, 86, 190.5, 114))
  })

  it('widens its box when zoomed in, as the renderer draws it (part of its margin is in model units)', () => {
    expect(labelBoxMargin(0.4)).toBe(3)
    expect(labelBoxMargin(2)).toBeCloseTo(5.45, 5)
    // At zoom 2: 40 + 2 × 5.45 wide, 11 + 2 × 5.45 high, starting 3.5 − 5.45 px from the marker.
    const r = labelRect(c, 8, 'right', 1, 2)
    expect(r.x1 - r.x0).toBeCloseTo(50.9, 5)
    expect(r.y1 - r.y0).toBeCloseTo(21.9, 5)
    expect(r.x0).toBeCloseTo(102.05, 5)
  })
})

describe('placing technique labels', () => {
  it('lets a label touch an obstacle edge to edge', () => {
    // Obstacles all round the spot above the marker, each touching it: the label fits exactly.
    const around = boxedIn(rect(77, 78.5, 123, 95.5))
    expect(placeLabels([candidate('a', 100, 100)], viewport, 8, around).get('a')).toBe('above')
  })

  it('labels markers on the edge of the view, never those beyond it', () => {
    const shown = placeLabels(
      [
        candidate('west', 0, 100),
        candidate('east', 400, 100),
        candidate('north', 200, 0),
        candidate('south', 200, 300),
        // Each of these has a side whose label would fit inside the view.
        candidate('beyond-west', -1, 200),
        candidate('beyond-east', 401, 200),
        candidate('beyond-north', 100, -1),
        candidate('beyond-south', 100, 301),
      ],
      viewport,
      8,
    )
    expect(Object.fromEntries(shown)).toEqual({
      west: 'right',
      east: 'left',
      north: 'below',
      south: 'above',
    })
  })

  it('keeps a label from covering either half of another marker', () => {
    // a's label above spans x 127–173, y 98.5–115.5.
    const a = candidate('a', 150, 120, 9)
    // A marker whose left edge (169) the label reaches, then one whose right edge (131) it does.
    expect(placeLabels([a, candidate('m', 173, 100)], viewport, 8).get('a')).toBe('below')
    expect(placeLabels([a, candidate('m', 127, 100)], viewport, 8).get('a')).toBe('below')
  })

  it('may use the view up to its very edges', () => {
    const shown = placeLabels(
      [
        candidate('left-edge', 23, 100), // above: x 0–46
        candidate('top-edge', 200, 21.5), // above: y 0–17
        candidate('right-edge', 377, 200), // above: x 354–400
      ],
      viewport,
      8,
    )
    expect(Object.fromEntries(shown)).toEqual({
      'left-edge': 'above',
      'top-edge': 'above',
      'right-edge': 'above',
    })
    // Below, touching the bottom edge, when something covers the spot above.
    const over = [rect(0, 200, 400, 270)]
    expect(placeLabels([candidate('b', 100, 278.5)], viewport, 8, over).get('b')).toBe('below')
  })

  it('moves a label that would stick out of the view to a side that fits', () => {
    expect(placeLabels([candidate('top', 100, 10)], viewport, 8).get('top')).toBe('below')
    expect(placeLabels([candidate('east', 390, 100)], viewport, 8).get('east')).toBe('left')
    // Near the bottom with the spot above taken: below would stick out, so no label.
    const over = [rect(0, 200, 400, 284)]
    expect(placeLabels([candidate('low', 100, 290)], viewport, 8, over).get('low')).toBeUndefined()
  })
})
