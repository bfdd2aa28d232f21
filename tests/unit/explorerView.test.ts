import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import { deriveExplorerView, searchSuggestions } from '../../src/domain/explore/explorerView'
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/domain/url/viewState'
import { tinyData } from '../fixtures/tinyData'

const atlas = createAtlas(tinyData())
const view = (patch: Partial<ViewState>, hits: string[] | null = null) =>
  deriveExplorerView(atlas, { ...DEFAULT_VIEW_STATE, ...patch }, hits ? new Set(hits) : null)

describe('the derived explorer view', () => {
  it('with nothing chosen, everything matches and nothing is highlighted or announced', () => {
    const v = view({})
    expect(v.matching.size).toBe(7)
    expect(v.highlight).toBeNull()
    expect(v.announcement).toBe('')
  })

  it('a selected technique highlights its lineage, to the chosen side and depth', () => {
    expect([...view({ technique: 'c' }).highlight!.nodes].sort()).toEqual(['a', 'c', 'f', 'root'])
    expect(
      [...view({ technique: 'c', lineage: 'ancestors', depth: 1 }).highlight!.nodes].sort(),
    ).toEqual(['a', 'c'])
    expect(view({ technique: 'c' }).announcement).toBe('Selected C, 2021.')
  })

  it('a newsletter issue highlights what it covered and the links between them', () => {
    const v = view({ issue: 1 })
    expect([...v.highlight!.nodes].sort()).toEqual(['a', 'c'])
    expect([...v.highlight!.edges]).toEqual(['a->c'])
    expect(v.announcement).toBe('Selected Edge 1; 2 techniques highlighted.')
  })

  it('a tool highlights what it supports', () => {
    expect([...view({ tool: 'kit' }).highlight!.nodes].sort()).toEqual(['a', 'c'])
  })

  it('filters by category, years and search together, and counts each category', () => {
    const v = view({ categories: ['beta'], from: 2021 }, ['c', 'e', 'f'])
    expect([...v.matching].sort()).toEqual(['c', 'e'])
    expect(v.announcement).toBe('2 of 7 techniques match.')
  })

  it('filters the panels by their own parameters', () => {
    expect(view({ toolKind: 'managed-service' }).tools.map((t) => t.id)).toEqual(['cloud'])
    expect(view({ issueTechnique: 'e' }).issues.map((i) => i.number)).toEqual([3])
  })

  it('re-packs only the selection’s lineage in focus mode, and only matches when hiding', () => {
    expect(view({ technique: 'c' }).repacked).toBeNull()
    expect([...view({ technique: 'c', focus: 'lineage' }).repacked!].sort()).toEqual([
      'a',
      'c',
      'f',
      'root',
    ])
    expect([...view({ categories: ['gamma'], unmatched: 'hide' }).repacked!].sort()).toEqual([
      'd',
      'f',
    ])
    // Dimming keeps the whole map; so does a filter that matches everything, or nothing.
    expect(view({ categories: ['gamma'] }).repacked).toBeNull()
    expect(view({ unmatched: 'hide' }).repacked).toBeNull()
    expect(view({ unmatched: 'hide' }, []).repacked).toBeNull()
    // Both: the matching part of the lineage.
    expect(
      [
        ...view({ technique: 'c', focus: 'lineage', categories: ['alpha'], unmatched: 'hide' })
          .repacked!,
      ].sort(),
    ).toEqual(['a', 'c', 'root'])
  })

  it('suggests the ranked matches the other filters allow, or the nearest names', () => {
    const all = new Set(atlas.techniques.keys())
    const { matches } = searchSuggestions(atlas, 'c', ['c', 'e', 'zz'], new Set(['c', 'd']))
    expect(matches).toEqual([{ id: 'c', name: 'C', year: 2021, family: 'Cat alpha' }])
    const none = searchSuggestions(atlas, 'rooot', [], all)
    expect(none.matches).toEqual([])
    expect(none.nearby.map((s) => s.id)[0]).toBe('root')
    expect(none.nearby).toHaveLength(3)
    expect(searchSuggestions(atlas, '  ', null, all)).toEqual({ matches: [], nearby: [] })
  })
})
