import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import {
  announcementOf,
  searchSuggestions,
  selectedOf,
} from '../../src/domain/explore/explorerView'
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/domain/url/viewState'
import { tinyData } from '../fixtures/tinyData'

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch })

describe('what the live region announces', () => {
  it.each([
    ['a category', { categories: ['beta'] }],
    ['a first year', { from: 2020 }],
    ['a last year', { to: 2020 }],
    ['search text', { q: 'x' }],
  ])('counts the matches under %s', (_filter, patch) => {
    const atlas = createAtlas(tinyData())
    expect(announcementOf(atlas, state(patch), {}, null, 3)).toBe('3 of 7 techniques match.')
  })

  it('names a selected issue or tool and how many techniques it highlights', () => {
    const atlas = createAtlas(tinyData())
    const kit = selectedOf(atlas, state({ tool: 'kit' }))
    const highlight = { nodes: new Set(['a', 'c']), edges: new Set(['a->c']) }
    expect(announcementOf(atlas, state({ tool: 'kit' }), kit, highlight, 7)).toBe(
      'Selected Kit; 2 techniques highlighted.',
    )
    expect(announcementOf(atlas, state({ tool: 'kit' }), kit, null, 7)).toBe(
      'Selected Kit; 0 techniques highlighted.',
    )
    const issue = selectedOf(atlas, state({ issue: 3 }))
    expect(announcementOf(atlas, state({ issue: 3 }), issue, null, 7)).toBe(
      'Selected Edge 3; 0 techniques highlighted.',
    )
  })
})

describe('search-box suggestions', () => {
  it('offers nothing for blank text or before the search has run', () => {
    const atlas = createAtlas(tinyData())
    const all = new Set(atlas.techniques.keys())
    expect(searchSuggestions(atlas, '', ['a'], all)).toEqual({ matches: [], nearby: [] })
    expect(searchSuggestions(atlas, '   ', ['a'], all)).toEqual({ matches: [], nearby: [] })
    expect(searchSuggestions(atlas, 'a', null, all)).toEqual({ matches: [], nearby: [] })
  })

  it('offers at most `limit` matches, and no near names beside them', () => {
    const atlas = createAtlas(tinyData())
    const all = new Set(atlas.techniques.keys())
    expect(searchSuggestions(atlas, 'x', ['c', 'a', 'f'], all, 2)).toEqual({
      matches: [
        { id: 'c', name: 'C', year: 2021, family: 'Cat alpha' },
        { id: 'a', name: 'A', year: 2019, family: 'Cat alpha' },
      ],
      nearby: [],
    })
  })

  it('offers near names only among the techniques the other filters allow', () => {
    const atlas = createAtlas(tinyData())
    expect(searchSuggestions(atlas, 'bb', [], new Set(['e'])).nearby.map((s) => s.id)).toEqual([
      'e',
    ])
  })

  it('leaves the family blank for a technique without a known category', () => {
    const data = tinyData()
    data.techniques.find((t) => t.id === 'e')!.categories = ['ghost']
    data.techniques.find((t) => t.id === 'f')!.categories = []
    const atlas = createAtlas(data)
    const all = new Set(atlas.techniques.keys())
    expect(searchSuggestions(atlas, 'x', ['e', 'f'], all).matches.map((s) => s.family)).toEqual([
      '',
      '',
    ])
  })
})
