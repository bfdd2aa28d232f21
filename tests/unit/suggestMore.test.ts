import { describe, expect, it } from 'vitest'
import { closest, editDistance, nearest } from '../../src/domain/explore/suggest'

const c = (id: string, label = id) => ({ id, label })

describe('edit distance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['abc', 'abd', 1],
    ['abc', 'ab', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s → %s takes %i edits', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
  })
})

describe('the closest candidate', () => {
  it('compares with the label in any case, too', () => {
    expect(closest('rot', [c('x1', 'Root')])).toEqual(c('x1', 'Root'))
  })

  it('keeps the first of equally close candidates', () => {
    expect(closest('cat', [c('bat'), c('cut')])).toEqual(c('bat'))
  })
})

describe('the nearest candidates', () => {
  it('orders by distance to the id or the label, whichever is closer, and ignores case and spaces', () => {
    const candidates = [
      c('x-zzz', 'Zeta'), // 3 edits from "zeta"
      c('dora', 'DoRA'), // 1
      c('lora', 'Low-Rank Adaptation'), // 0, by id
      c('q1', 'Lora'), // 0, by label; "Lora" sorts before "Low-Rank Adaptation"
    ]
    expect(nearest(' LORA ', candidates, 3).map((x) => x.id)).toEqual(['q1', 'lora', 'dora'])
  })

  it('breaks ties by label', () => {
    expect(nearest('lora', [c('mora', 'Mora'), c('dora', 'DoRA')], 2).map((x) => x.id)).toEqual([
      'dora',
      'mora',
    ])
  })

  it('lowercases the text before comparing', () => {
    expect(nearest('AB', [c('aa'), c('ab')], 1).map((x) => x.id)).toEqual(['ab'])
  })
})
