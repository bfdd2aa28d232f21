import { describe, expect, it } from 'vitest'
import { fromSegments, toSegments, type Point } from '../../src/domain/layout/layoutGeometry'
import {
  backwardEdges,
  crossingPoint,
  crossings,
  edgesOverNodes,
  segmentHitsBox,
} from '../../src/domain/layout/drawingChecks'

const p = (x: number, y: number): Point => ({ x, y })

describe('edge routes as Cytoscape segments', () => {
  it.each([
    ['horizontal', [p(0, 0), p(10, 0), p(10, 30), p(50, 30), p(60, 30)]],
    ['diagonal', [p(5, 5), p(20, 5), p(20, -40), p(90, -40), p(90, 70), p(100, 70)]],
    ['backward-looking bends', [p(0, 0), p(-20, 0), p(-20, 50), p(40, 50)]],
  ])('a %s route is drawn through the same points', (_name, route) => {
    const drawn = fromSegments(route[0]!, route.at(-1)!, toSegments(route))
    drawn.forEach((q, i) => {
      expect(q.x).toBeCloseTo(route[i]!.x, 1)
      expect(q.y).toBeCloseTo(route[i]!.y, 1)
    })
  })

  it('a straight route has no segment points', () => {
    expect(toSegments([p(0, 0), p(10, 10)])).toEqual({ distances: [], weights: [] })
  })
})

describe('crossings', () => {
  it.each([
    ['an X', [p(0, 0), p(10, 10)], [p(0, 10), p(10, 0)], true],
    ['parallel lines', [p(0, 0), p(10, 0)], [p(0, 1), p(10, 1)], false],
    ['a touch at an end', [p(0, 0), p(10, 0)], [p(5, 0), p(5, 10)], false],
    ['a shared trunk drawn a hair apart', [p(0, 0), p(100, 0.1)], [p(0, 0.1), p(100, 0)], false],
  ] as const)('%s: %s', (_name, a, b, crosses) => {
    expect(crossingPoint([a[0], a[1]], [b[0], b[1]]) !== null).toBe(crosses)
  })

  it('counts a line crossing a shared trunk once, and every pair of edges it crosses', () => {
    // Two edges leave s along one trunk, then split; a third edge crosses the trunk.
    const edges = [
      { id: 's->a', source: 's', target: 'a', route: [p(0, 0), p(50, 0), p(50, -20), p(100, -20)] },
      { id: 's->b', source: 's', target: 'b', route: [p(0, 0), p(50, 0), p(50, 20), p(100, 20)] },
      { id: 'x->y', source: 'x', target: 'y', route: [p(25, -30), p(25, 30)] },
    ]
    expect(crossings(edges)).toEqual({ points: 1, pairs: 2 })
  })
})

describe('what makes a drawing false', () => {
  const boxes = {
    a: { x: -5, y: -5, w: 10, h: 10 },
    m: { x: 45, y: -5, w: 10, h: 10 },
    b: { x: 95, y: -5, w: 10, h: 10 },
  }

  it('an edge through an unrelated node is reported; one that meets its own ends is not', () => {
    const edges = [
      { id: 'a->b', source: 'a', target: 'b', route: [p(0, 0), p(100, 0)] },
      { id: 'a->m', source: 'a', target: 'm', route: [p(0, 0), p(50, 0)] },
      {
        id: 'a->b around',
        source: 'a',
        target: 'b',
        route: [p(0, 0), p(20, 0), p(20, 20), p(100, 20), p(100, 0)],
      },
    ]
    expect(edgesOverNodes(edges, boxes)).toEqual([{ edge: 'a->b', nodes: ['m'] }])
  })

  it('a segment grazing a box edge does not count as passing through it', () => {
    expect(segmentHitsBox([p(0, -5), p(100, -5)], boxes.m)).toBe(false)
    expect(segmentHitsBox([p(0, -3), p(100, -3)], boxes.m)).toBe(true)
  })

  it('an edge whose child is drawn before its parent runs backward in time', () => {
    const positions = { a: p(0, 0), b: p(100, 0) }
    expect(
      backwardEdges(
        [
          { id: 'a->b', source: 'a', target: 'b', route: [] },
          { id: 'b->a', source: 'b', target: 'a', route: [] },
        ],
        positions,
      ),
    ).toEqual(['b->a'])
  })
})
