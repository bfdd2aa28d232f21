import { describe, expect, it } from 'vitest'
import { crossingPairs, linksOverMarkers, paintedPath } from '../../src/domain/layout/tracing'

const p = (x: number, y: number) => ({ x, y })
const link = (id: string, route: { x: number; y: number }[]) => {
  const [source, target] = id.split('->') as [string, string]
  return { id, source, target, route }
}

describe('tracing links by eye', () => {
  it('counts two unrelated links that run 1 px apart as one pair sharing a stretch', () => {
    const result = crossingPairs([
      link('a->b', [p(0, 0), p(100, 0)]),
      link('c->d', [p(0, 1), p(100, 1)]),
    ])
    expect(result).toMatchObject({ pairs: 1, sharedStretch: 1 })
  })

  it('tells apart links 3 px apart, and a stretch shorter than 4 px', () => {
    expect(
      crossingPairs([link('a->b', [p(0, 0), p(100, 0)]), link('c->d', [p(0, 3), p(100, 3)])]),
    ).toMatchObject({ pairs: 0, sharedStretch: 0 })
    expect(
      crossingPairs([link('a->b', [p(0, 0), p(100, 0)]), link('c->d', [p(98, 1), p(150, 1)])]),
    ).toMatchObject({ pairs: 0, sharedStretch: 0 })
  })

  it('counts a crossing at a clear angle as a crossing pair but not as a shared stretch', () => {
    expect(
      crossingPairs([link('a->b', [p(0, 0), p(100, 0)]), link('c->d', [p(50, -50), p(50, 50)])]),
    ).toEqual({ pairs: 1, sharedStretch: 0, sharedExamples: [] })
  })

  it('lets links with a technique in common share a stem', () => {
    expect(
      crossingPairs([link('a->b', [p(0, 0), p(100, 0)]), link('a->c', [p(0, 0), p(100, 0.5)])]),
    ).toMatchObject({ pairs: 0, sharedStretch: 0 })
  })

  it('counts a trunk once per pair of unrelated links on it', () => {
    const trunk = [p(0, 0), p(100, 0)]
    const result = crossingPairs([link('a->b', trunk), link('c->d', trunk), link('e->f', trunk)])
    expect(result.pairs).toBe(3)
  })

  it('finds a link passing within a marker’s drawn radius + 2 px of an unrelated technique', () => {
    const edges = [link('a->b', [p(0, 0), p(100, 0)])]
    const at = (y: number) => [{ id: 'm', x: 50, y, size: 10 }]
    expect(linksOverMarkers(edges, at(6.9))).toEqual([{ edge: 'a->b', marker: 'm' }])
    expect(linksOverMarkers(edges, at(7.1))).toEqual([])
    // Its own ends do not count.
    expect(linksOverMarkers(edges, [{ id: 'a', x: 0, y: 0, size: 10 }])).toEqual([])
  })

  it('paints a right-angled corner as an arc inside the corner', () => {
    const path = paintedPath([p(0, 0), p(50, 0), p(50, 50)], 10)
    expect(path[0]).toEqual(p(0, 0))
    expect(path.at(-1)).toEqual(p(50, 50))
    expect(path).not.toContainEqual(p(50, 0))
    // The arc starts 10 px before the corner and ends 10 px after it.
    expect(path[1]).toEqual(p(40, 0))
    expect(path[5]!.x).toBe(50)
    expect(path[5]!.y).toBeCloseTo(10, 9)
    // A straight path is painted as it is.
    expect(paintedPath([p(0, 0), p(9, 9)], 10)).toEqual([p(0, 0), p(9, 9)])
  })
})
