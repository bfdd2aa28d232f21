import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import { categoryCounts, filterIssues, filterTools } from '../../src/domain/explore/filters'
import { tinyData } from '../fixtures/tinyData'

// Tiny dataset: alpha root, a, c; beta b, c, e; gamma d, f. Issue 1 covers a and c (tool kit),
// issue 3 covers e (tool cloud).
const numbers = (issues: { number: number }[]) => issues.map((i) => i.number)

describe('category counts', () => {
  it('lists every category, those with nothing to show at 0', () => {
    const counts = categoryCounts(createAtlas(tinyData()), {
      categories: [],
      from: 2023,
      searchHits: null,
    })
    expect(Object.fromEntries(counts)).toEqual({ alpha: 0, beta: 0, gamma: 1 })
  })

  it('counts only the search hits', () => {
    const counts = categoryCounts(createAtlas(tinyData()), {
      categories: [],
      searchHits: new Set(['c']),
    })
    expect(Object.fromEntries(counts)).toEqual({ alpha: 1, beta: 1, gamma: 0 })
  })
})

describe('the newsletter-issue list', () => {
  it('is in issue order whatever the file order', () => {
    const data = tinyData()
    data.issues.reverse()
    expect(numbers(filterIssues(createAtlas(data), { query: '' }))).toEqual([1, 3])
  })

  it('keeps only issues covering a technique of the chosen category', () => {
    const atlas = createAtlas(tinyData())
    expect(numbers(filterIssues(atlas, { query: '', category: 'gamma' }))).toEqual([])
    expect(numbers(filterIssues(atlas, { query: '', category: 'alpha' }))).toEqual([1])
  })

  it('matches text in any case, around spaces, and in the names of the techniques covered', () => {
    const data = tinyData()
    data.techniques.find((t) => t.id === 'c')!.name = 'Cobalt'
    const atlas = createAtlas(data)
    expect(numbers(filterIssues(atlas, { query: '  EDGE 3 ' }))).toEqual([3])
    expect(numbers(filterIssues(atlas, { query: 'cobalt' }))).toEqual([1])
  })

  it('copes with an issue without a tool and with a technique it does not know', () => {
    const data = tinyData()
    delete data.issues[1]!.tool
    data.issues[1]!.techniques.push('ghost')
    const atlas = createAtlas(data)
    expect(numbers(filterIssues(atlas, { query: 'about e' }))).toEqual([3])
    expect(numbers(filterIssues(atlas, { query: '', category: 'gamma' }))).toEqual([])
  })
})

describe('the tool list', () => {
  it('keeps only closed-source tools when asked', () => {
    const tools = filterTools(createAtlas(tinyData()), { query: '', openSource: 'no' })
    expect(tools.map((t) => t.id)).toEqual(['cloud'])
  })
})
