import { describe, expect, it } from 'vitest'
import { toElements } from '../../src/components/graph/elements'
import { createAtlas } from '../../src/domain/atlas'
import { fromSegments } from '../../src/domain/layoutGeometry'
import { tinyData } from '../fixtures/tinyData'

describe('the graph element mapper', () => {
  const atlas = createAtlas(tinyData())
  const positions = Object.fromEntries(
    atlas.data.techniques.map((t, i) => [t.id, { x: i * 10, y: t.year }]),
  )
  // One routed link (a bend above the straight line) and the rest straight.
  const routes = { 'a->c': [positions.a!, { x: 10, y: 2000 }, { x: 30, y: 2000 }, positions.c!] }
  const elements = toElements(atlas, { positions, routes })

  it('draws one node per technique at its preset position, classed by primary family', () => {
    const c = elements.find((e) => e.data.id === 'c')!
    expect(c.position).toEqual({ x: 30, y: 2021 })
    expect(c.classes).toBe('technique family-0')
    expect(elements.find((e) => e.data.id === 'd')!.classes).toBe('technique family-2')
  })

  it('draws each lineage link as an arrow from parent to child', () => {
    const edge = elements.find((e) => e.data.id === 'a->c')!
    expect(edge.data).toMatchObject({ source: 'a', target: 'c', relation: 'extends' })
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(atlas.data.lineage.length)
  })

  it('draws a routed link through the bend points the layout computed', () => {
    const edge = elements.find((e) => e.data.id === 'a->c')!
    expect(edge.classes).toBe('routed')
    const drawn = fromSegments(positions.a!, positions.c!, {
      distances: edge.data.segmentDistances as number[],
      weights: edge.data.segmentWeights as number[],
    })
    expect(drawn.map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual([
      [10, 2019],
      [10, 2000],
      [30, 2000],
      [30, 2021],
    ])
    expect(elements.find((e) => e.data.id === 'a->d')!.classes).toBe('')
  })
})
