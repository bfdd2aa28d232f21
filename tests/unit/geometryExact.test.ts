import { describe, expect, it } from 'vitest'
import {
  fromSegments,
  labelWidth,
  techniqueBox,
  toSegments,
  type Point,
} from '../../src/domain/layout/layoutGeometry'
import {
  backwardEdges,
  crossingPoint,
  crossings,
  edgesOverNodes,
  segmentHitsBox,
} from '../../src/domain/layout/drawingChecks'

const p = (x: number, y: number): Point => ({ x, y })
const seg = (ax: number, ay: number, bx: number, by: number): [Point, Point] => [
  p(ax, ay),
  p(bx, by),
]

describe('estimated label widths', () => {
  it.each([
    // Advance widths in ems at 12 px, plus 4, rounded up.
    ['', 4],
    ['i', 8], // narrow: 0.3 → 3.6 + 4
    ['f', 10], // semi-narrow: 0.42 → 5.04 + 4
    ['m', 15], // wide: 0.9 → 10.8 + 4
    ['A', 13], // capital: 0.7 → 8.4 + 4
    ['Z', 13],
    ['a', 11], // anything else: 0.58 → 6.96 + 4
    ['@', 11], // just before A
    ['\\', 11], // just after Z
    ['LoRA', 37], // 0.7 + 0.58 + 0.7 + 0.7 = 2.68 → 32.16 + 4
    ['Wi', 19], // 0.9 + 0.3 = 1.2 → 14.4 + 4
  ])('%j is %i units wide', (text, width) => {
    expect(labelWidth(text)).toBe(width)
  })

  it('scales with the font size', () => {
    expect(labelWidth('A', 10)).toBe(11) // 7 + 4
    expect(labelWidth('LoRA', 24)).toBe(69) // 64.32 + 4
  })
})

describe('a technique’s marker + label box', () => {
  it('centres the label above the marker', () => {
    // LoRA is 37 wide; label 16 + gap 3 above the 14-unit marker centred at (100, 50).
    expect(techniqueBox(p(100, 50), 'LoRA')).toEqual({ x: 81.5, y: 24, w: 37, h: 33 })
  })

  it('is never narrower than the marker', () => {
    expect(techniqueBox(p(100, 50), 'i')).toEqual({ x: 93, y: 24, w: 14, h: 33 })
  })

  it('scales the label, not the marker', () => {
    // At 24 px LoRA is 69 wide; half scale: 34.5 wide, label and gap 9.5 high.
    expect(techniqueBox(p(0, 0), 'LoRA', 24, 0.5)).toEqual({
      x: -17.25,
      y: -16.5,
      w: 34.5,
      h: 23.5,
    })
  })
})

describe('segments parameters', () => {
  it('measures weights along the source→target line and distances across it', () => {
    expect(toSegments([p(0, 0), p(20, 30), p(50, -10), p(100, 0)])).toEqual({
      weights: [0.2, 0.5],
      distances: [30, -10],
    })
    // Source → target (30, 40) is 50 long; (30, 0) from the source lies 0.36 of the way along
    // it and 24 off it, on the clockwise side (negative).
    expect(toSegments([p(10, 10), p(40, 10), p(40, 50)])).toEqual({
      weights: [0.36],
      distances: [-24],
    })
    expect(toSegments([p(0, 0), p(10, 25), p(0, 50)])).toEqual({ weights: [0.5], distances: [-10] })
  })

  it('rounds to thousandths', () => {
    expect(toSegments([p(0, 0), p(10, 5), p(30, 0)])).toEqual({ weights: [0.333], distances: [5] })
  })

  it('has nothing to say about an empty route or a loop onto the same point', () => {
    expect(toSegments([])).toEqual({ distances: [], weights: [] })
    expect(toSegments([p(3, 4)])).toEqual({ distances: [], weights: [] })
    // Source and target coincide: no direction to measure against, but no NaN either.
    expect(toSegments([p(5, 5), p(8, 9), p(5, 5)])).toEqual({ distances: [0], weights: [0] })
  })

  it('draws the points back from the parameters', () => {
    expect(fromSegments(p(0, 0), p(100, 0), { weights: [0.2, 0.5], distances: [30, -10] })).toEqual(
      [p(0, 0), p(20, 30), p(50, -10), p(100, 0)],
    )
    const diagonal = fromSegments(p(10, 10), p(40, 50), { weights: [0.36], distances: [-24] })
    expect(diagonal.map((q) => [q.x, q.y].map((v) => Math.round(v * 1e9) / 1e9))).toEqual([
      [10, 10],
      [40, 10],
      [40, 50],
    ])
    // A missing distance is taken as 0: the point lies on the line.
    expect(fromSegments(p(0, 0), p(0, 50), { weights: [0.5], distances: [] })).toEqual([
      p(0, 0),
      p(0, 25),
      p(0, 50),
    ])
    // Coinciding ends: the weights and distances have no direction, the point stays put.
    const loop = fromSegments(p(5, 5), p(5, 5), { weights: [0.5], distances: [3] })
    expect(loop.map((q) => [q.x, q.y])).toEqual([
      [5, 5],
      [5, 5],
      [5, 5],
    ])
  })
})

describe('where two segments cross', () => {
  it('finds the crossing point', () => {
    expect(crossingPoint(seg(0, 0, 20, 10), seg(5, 10, 15, 0))).toEqual(p(10, 5))
    expect(crossingPoint(seg(0, 0, 10, 10), seg(0, 10, 10, 0))).toEqual(p(5, 5))
  })

  it('does not count segments that miss each other', () => {
    expect(crossingPoint(seg(0, 0, 10, 0), seg(5, 1, 5, 10))).toBeNull()
    expect(crossingPoint(seg(0, 0, 10, 0), seg(20, -5, 20, 5))).toBeNull()
  })

  it.each([
    ['the start of the second', seg(0, 0, 10, 0), seg(5, -0.2, 5, 10)],
    ['the end of the second', seg(0, 0, 10, 0), seg(5, -10, 5, 0.2)],
    ['the start of the first', seg(0, 0, 10, 0), seg(0.2, -5, 0.2, 5)],
    ['the end of the first', seg(0, 0, 10, 0), seg(9.8, -5, 9.8, 5)],
  ])('a crossing within half a unit of %s is a touch', (_where, a, b) => {
    expect(crossingPoint(a, b)).toBeNull()
  })

  it.each([
    ['the start of the second', seg(0, 0, 10, 0), seg(5, -0.5, 5, 1.5), p(5, 0)],
    ['the end of the second', seg(0, 0, 10, 0), seg(5, -1.5, 5, 0.5), p(5, 0)],
    ['the start of the first', seg(0, 0, 2, 0), seg(0.5, -5, 0.5, 5), p(0.5, 0)],
    ['the end of the first', seg(0, 0, 2, 0), seg(1.5, -5, 1.5, 5), p(1.5, 0)],
  ])('a crossing exactly half a unit from %s counts', (_where, a, b, at) => {
    expect(crossingPoint(a, b)).toEqual(at)
  })

  it('does not count lines meeting at a very shallow angle (a shared trunk), either way round', () => {
    // Sine of the angle: 0.045 (a trunk drawn twice) against 0.055 (a real crossing).
    expect(crossingPoint(seg(-10, 0, 90, 0), seg(20, -1, 60, 0.8))).toBeNull()
    expect(crossingPoint(seg(-10, 0, 90, 0), seg(20, -1, 60, 1.2))).not.toBeNull()
    expect(crossingPoint(seg(0, -10, 0, 90), seg(-1, 20, 0.8, 60))).toBeNull()
    expect(crossingPoint(seg(0, -10, 0, 90), seg(-1, 20, 1.2, 60))).not.toBeNull()
  })
})

describe('a segment through a box', () => {
  // Interior, after the 1-unit inset: 1 < x < 9, 1 < y < 9.
  const box = { x: 0, y: 0, w: 10, h: 10 }

  it('counts a segment that enters, ends in or crosses the interior', () => {
    expect(segmentHitsBox(seg(-5, 5, 15, 5), box)).toBe(true)
    expect(segmentHitsBox(seg(5, 5, 20, 5), box)).toBe(true)
    expect(segmentHitsBox(seg(5, -5, 5, 15), box)).toBe(true)
    expect(segmentHitsBox(seg(-5, -4, 15, 16), box)).toBe(true)
  })

  it.each([
    ['the left', seg(0.5, -5, 0.5, 15)],
    ['the right', seg(9.5, -5, 9.5, 15)],
    ['the top', seg(-5, 0.5, 15, 0.5)],
    ['the bottom', seg(-5, 9.5, 15, 9.5)],
  ])('does not count one that only runs through the margin on %s', (_side, s) => {
    expect(segmentHitsBox(s, box)).toBe(false)
  })

  it('does not count one along the inset edge, through a corner only, or short of the box', () => {
    expect(segmentHitsBox(seg(1, -5, 1, 15), box)).toBe(false)
    expect(segmentHitsBox(seg(-5, 1, 15, 1), box)).toBe(false)
    expect(segmentHitsBox(seg(-4, 6, 6, -4), box)).toBe(false)
    expect(segmentHitsBox(seg(-10, 5, -2, 5), box)).toBe(false)
    expect(segmentHitsBox(seg(12, 5, 20, 5), box)).toBe(false)
  })

  it('finds nothing inside a box no wider or taller than twice its inset', () => {
    expect(segmentHitsBox(seg(-5, 1, 15, 1), { x: 0, y: 0, w: 2, h: 10 })).toBe(false)
    expect(segmentHitsBox(seg(1, -5, 1, 15), { x: 0, y: 0, w: 10, h: 2 })).toBe(false)
  })

  it('takes a custom inset', () => {
    expect(segmentHitsBox(seg(-5, 2, 15, 2), box, 3)).toBe(false)
    expect(segmentHitsBox(seg(-5, 2, 15, 2), box, 0)).toBe(true)
  })
})

describe('edges drawn over nodes and backward in time', () => {
  it('reports an edge when any one of its segments crosses an unrelated node', () => {
    const boxes = { s: { x: -5, y: -5, w: 10, h: 10 }, m: { x: 20, y: -5, w: 10, h: 10 } }
    const edges = [{ id: 's->t', source: 's', target: 't', route: [p(0, 0), p(50, 0), p(50, 30)] }]
    expect(edgesOverNodes(edges, boxes)).toEqual([{ edge: 's->t', nodes: ['m'] }])
  })

  it('ignores an edge whose end has no position', () => {
    const positions = { a: p(0, 0), b: p(100, 0) }
    expect(
      backwardEdges(
        [
          { id: 'ghost->a', source: 'ghost', target: 'a', route: [] },
          { id: 'b->ghost', source: 'b', target: 'ghost', route: [] },
          { id: 'b->a', source: 'b', target: 'a', route: [] },
        ],
        positions,
      ),
    ).toEqual(['b->a'])
  })
})

describe('counting crossings', () => {
  it('finds a crossing whatever order the edges come in', () => {
    // The long edge is listed last; the short one between them crosses nothing.
    const edges = [
      { id: 'a', source: 'a0', target: 'a1', route: [p(40, -10), p(60, 10)] },
      { id: 'c', source: 'c0', target: 'c1', route: [p(70, 30), p(80, 30)] },
      { id: 'b', source: 'b0', target: 'b1', route: [p(0, 0), p(100, 0)] },
    ]
    expect(crossings(edges)).toEqual({ points: 1, pairs: 1 })
  })

  it('counts a route crossing itself as a point but not as a pair of edges', () => {
    const loop = [p(0, 0), p(100, 0), p(100, 50), p(50, 50), p(50, -50)]
    expect(crossings([{ id: 'e', source: 's', target: 't', route: loop }])).toEqual({
      points: 1,
      pairs: 0,
    })
  })

  it('counts two edges crossing twice as one pair', () => {
    const edges = [
      { id: 'x', source: 'x0', target: 'x1', route: [p(0, 0), p(100, 0), p(100, 20)] },
      { id: 'y', source: 'y0', target: 'y1', route: [p(50, -10), p(50, 10), p(120, 10)] },
    ]
    expect(crossings(edges)).toEqual({ points: 2, pairs: 1 })
  })
})
