import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import {
  categoryCounts,
  filterIssues,
  filterTools,
  matchingTechniques,
  toggleCategory,
  yearRange,
} from '../../src/domain/explore/filters'
import { tinyData } from '../fixtures/tinyData'

const atlas = createAtlas(tinyData())
const sorted = (s: Set<string>) => [...s].sort()

describe('technique filters', () => {
  it.each([
    [{ categories: [] }, ['a', 'b', 'c', 'd', 'e', 'f', 'root']],
    [{ categories: ['beta'] }, ['b', 'c', 'e']],
    [{ categories: ['beta', 'gamma'] }, ['b', 'c', 'd', 'e', 'f']],
    [{ categories: [], from: 2020, to: 2021 }, ['b', 'c', 'd']],
    [{ categories: ['alpha'], to: 2019 }, ['a', 'root']],
  ])('%o matches %o', (f, expected) => {
    expect(sorted(matchingTechniques(atlas, { searchHits: null, ...f }))).toEqual(expected)
  })

  it('intersects with search hits', () => {
    expect(
      sorted(matchingTechniques(atlas, { categories: ['beta'], searchHits: new Set(['c', 'f']) })),
    ).toEqual(['c'])
  })

  it('counts each category under the other filters', () => {
    const counts = categoryCounts(atlas, { categories: ['alpha'], from: 2021, searchHits: null })
    expect(Object.fromEntries(counts)).toEqual({ alpha: 1, beta: 2, gamma: 2 })
  })
})

describe('panel filters', () => {
  it('filters newsletter issues by technique, category and text', () => {
    expect(filterIssues(atlas, { query: '' }).map((i) => i.number)).toEqual([1, 3])
    expect(filterIssues(atlas, { query: '', technique: 'c' }).map((i) => i.number)).toEqual([1])
    expect(filterIssues(atlas, { query: '', category: 'beta' }).map((i) => i.number)).toEqual([
      1, 3,
    ])
    expect(filterIssues(atlas, { query: 'cloud tuner' }).map((i) => i.number)).toEqual([3])
    expect(filterIssues(atlas, { query: 'edge 1' }).map((i) => i.number)).toEqual([1])
  })

  it('filters tools by kind, open source, technique and text', () => {
    const names = (f: Parameters<typeof filterTools>[1]) => filterTools(atlas, f).map((t) => t.id)
    expect(names({ query: '', openSource: 'any' })).toEqual(['cloud', 'kit'])
    expect(names({ query: '', openSource: 'yes' })).toEqual(['kit'])
    expect(names({ query: '', openSource: 'any', kind: 'managed-service' })).toEqual(['cloud'])
    expect(names({ query: '', openSource: 'any', technique: 'c' })).toEqual(['kit'])
    expect(names({ query: 'other institute', openSource: 'any' })).toEqual(['cloud'])
  })
})

describe('the category and year controls', () => {
  it('toggles a category on and off, keeping legend order', () => {
    expect(toggleCategory(atlas, [], 'gamma')).toEqual(['gamma'])
    expect(toggleCategory(atlas, ['gamma'], 'alpha')).toEqual(['alpha', 'gamma'])
    expect(toggleCategory(atlas, ['alpha', 'gamma'], 'alpha')).toEqual(['gamma'])
  })

  it('leaves the dataset’s own year bounds out of the link', () => {
    const bounds = { min: 2015, max: 2023 }
    expect(yearRange(bounds, 2015, 2023)).toEqual({ from: undefined, to: undefined })
    expect(yearRange(bounds, 2016, 2022)).toEqual({ from: 2016, to: 2022 })
  })
})
