import { describe, expect, it } from 'vitest'
import { linkOf, toElements } from '../../src/components/graph/elements'
import { withViewState } from '../../src/components/graph/stateClasses'
import { createAtlas } from '../../src/domain/data/atlas'
import { fromSegments } from '../../src/domain/layout/layoutGeometry'
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

  it('draws a stubbed link as two short strokes that both answer for the link', () => {
    const link = atlas.data.lineage.find((l) => l.parent === 'a' && l.child === 'c')!
    const id = 'a->c'
    type P = { x: number; y: number }
    const stubs: Record<string, { parentEnd: [P, P]; childEnd: [P, P] }> = {
      [id]: {
        parentEnd: [positions.a!, { x: 5, y: 2010 }],
        childEnd: [{ x: 25, y: 2015 }, positions.c!],
      },
    }
    const drawn = toElements(atlas, { positions, routes: {}, stubs })
    expect(drawn.find((e) => e.data.id === id)).toBeUndefined()
    const pieces = drawn.filter((e) => e.group === 'edges' && e.data.link === id)
    expect(pieces.map((e) => [e.data.source, e.data.target])).toEqual([
      ['a', `${id}#p`],
      [`${id}#c`, 'c'],
    ])
    // Each end point sits where the layout put the stroke's far end.
    expect(drawn.find((e) => e.data.id === `${id}#p`)!.position).toEqual({ x: 5, y: 2010 })
    for (const piece of pieces)
      expect(linkOf(piece.data)).toEqual({ id, parent: link.parent, child: link.child })
    // Every other link is still one edge of its own.
    expect(drawn.filter((e) => e.group === 'edges')).toHaveLength(atlas.data.lineage.length + 1)
  })
})

describe('a new graph is created in the view’s state', () => {
  const atlas = createAtlas(tinyData())
  const positions = Object.fromEntries(
    atlas.data.techniques.map((t, i) => [t.id, { x: i * 10, y: t.year }]),
  )
  const elements = toElements(atlas, { positions, routes: {} })
  const all = new Set(atlas.techniques.keys())

  it('gives a shared selection’s lineage, and what lies outside it, their classes from the start', () => {
    const view = withViewState(elements, {
      matching: all,
      unmatched: 'dim',
      highlight: { nodes: new Set(['a', 'c']), edges: new Set(['a->c']) },
      selected: 'c',
      filtered: false,
    })
    const classes = (id: string) => view.find((e) => e.data.id === id)!.classes
    expect(classes('c')).toBe('technique family-0 selected')
    expect(classes('a')).toMatch(/ highlighted$/)
    expect(classes('d')).toMatch(/ faded$/)
    expect(classes('a->c')).toMatch(/(^| )lineage$/)
    // The definitions it was given are left as they were.
    expect(elements.find((e) => e.data.id === 'c')!.classes).toBe('technique family-0')
  })

  it('leaves every element as it was when nothing is selected or filtered', () => {
    const view = withViewState(elements, {
      matching: all,
      unmatched: 'dim',
      highlight: null,
      selected: undefined,
      filtered: false,
    })
    expect(view.map((e) => e.classes)).toEqual(elements.map((e) => e.classes))
  })
})
