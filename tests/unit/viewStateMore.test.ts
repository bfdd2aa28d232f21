import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import {
  DEFAULT_VIEW_STATE,
  applySuggestion,
  decodeViewState,
  encodeViewState,
  parseQuery,
  quote,
  toRawSearch,
} from '../../src/domain/url/viewState'
import { withViewAt } from '../../src/domain/url/viewLinks'
import { urlContractMarkdown } from '../../src/domain/url/urlParamDocs'
import { tinyData } from '../fixtures/tinyData'

// The tiny dataset spans 2015–2023 and has newsletter issues 1 and 3.
const tiny = () => createAtlas(tinyData())
const decode = (search: string) => decodeViewState(parseQuery(search), tiny())

describe('quoting a value back to the visitor', () => {
  it('trims it and cuts it to the limit with an ellipsis', () => {
    expect(quote('  roott  ')).toBe('roott')
    expect(quote('abcd', 4)).toBe('abcd')
    expect(quote('abcde', 4)).toBe('abc…')
    expect(quote('x'.repeat(41))).toBe(`${'x'.repeat(39)}…`)
  })
})

describe('reading values', () => {
  it('accepts choices and ids with stray spaces and capitals', () => {
    const { state, notices } = decode('panel=%20Tools%20&technique=%20ROOT%20&to=%202020%20')
    expect(notices).toEqual([])
    expect(state).toMatchObject({ panel: 'tools', technique: 'root', to: 2020 })
  })

  it('takes an empty or blank value as no value, without a notice', () => {
    expect(decode('technique=&q=%20%20&panel=%20')).toEqual({
      state: DEFAULT_VIEW_STATE,
      notices: [],
    })
  })

  it('turns control characters in search text into spaces and collapses runs of spaces', () => {
    expect(decode('q=low%00rank').state.q).toBe('low rank')
    expect(decode('q=low%20%20%20rank').state.q).toBe('low rank')
  })

  it('keeps search text of exactly 120 characters as it is', () => {
    const { state, notices } = decode(`q=${'a'.repeat(120)}`)
    expect(state.q).toHaveLength(120)
    expect(notices).toEqual([])
  })

  it('says when it shortens search text, and drops a space left at the cut', () => {
    const { state, notices } = decode(`q=${'a'.repeat(119)}%20bbb`)
    expect(state.q).toBe('a'.repeat(119))
    expect(notices).toEqual([{ param: 'q', message: 'Shortened “q” to 120 characters.' }])
  })

  it('accepts only four-digit years', () => {
    for (const raw of ['12019', '20199']) {
      const { state, notices } = decode(`from=${raw}`)
      expect(state.from).toBeUndefined()
      expect(notices).toEqual([
        { param: 'from', message: `Ignored from “${raw}”: expected a year such as 2021.` },
      ])
    }
  })

  it('suggests a close technique for an id of up to 64 characters, not for a longer one', () => {
    const data = tinyData()
    const long = 'x'.repeat(63)
    data.techniques.push({ ...data.techniques[0]!, id: long, name: 'LONG' })
    const atlas = createAtlas(data)
    const near = decodeViewState({ technique: `${long}y` }, atlas).notices
    expect(near[0]!.suggestion).toEqual({ label: 'LONG', value: long })
    const far = decodeViewState({ technique: `${long}yy` }, atlas).notices
    expect(far[0]!.suggestion).toBeUndefined()
    expect(far[0]!.message).toBe(`No technique “${'x'.repeat(39)}…”.`)
  })
})

describe('parsing the query string', () => {
  it('keeps a question mark inside a value', () => {
    expect(parseQuery('q=why?')).toEqual({ q: 'why?' })
    expect(parseQuery('?q=why')).toEqual({ q: 'why' })
  })

  it('collects every repeat of a parameter', () => {
    expect(parseQuery('a=1&a=2&a=3')).toEqual({ a: ['1', '2', '3'] })
  })
})

describe('one selection at a time', () => {
  it('keeps the technique over a tool', () => {
    const { state, notices } = decode('technique=a&tool=kit')
    expect(state.technique).toBe('a')
    expect(state.tool).toBeUndefined()
    expect(notices).toEqual([
      { param: 'selection', message: 'The link selected several things; kept the technique.' },
    ])
  })

  it('keeps the technique over a newsletter issue', () => {
    const { state, notices } = decode('technique=a&issue=3')
    expect(state.technique).toBe('a')
    expect(state.issue).toBeUndefined()
    expect(notices.map((n) => n.message)).toEqual([
      'The link selected several things; kept the technique.',
    ])
  })

  it('keeps the newsletter issue over a tool', () => {
    const { state, notices } = decode('issue=3&tool=kit')
    expect(state.issue).toBe(3)
    expect(state.tool).toBeUndefined()
    expect(notices).toEqual([
      {
        param: 'selection',
        message: 'The link selected several things; kept the newsletter issue.',
      },
    ])
  })
})

describe('the year range', () => {
  it('leaves a single year alone, and a range of one year', () => {
    expect(decode('from=2020')).toMatchObject({ state: { from: 2020, to: undefined }, notices: [] })
    expect(decode('from=2020&to=2020')).toMatchObject({
      state: { from: 2020, to: 2020 },
      notices: [],
    })
  })

  it('swaps a reversed range and says so', () => {
    expect(decode('from=2022&to=2019')).toMatchObject({
      state: { from: 2019, to: 2022 },
      notices: [{ param: 'from', message: 'Swapped the years: “from” 2022 was after “to” 2019.' }],
    })
  })

  it('moves years outside the dataset to its first or last year', () => {
    const { state, notices } = decode('from=1990&to=2099')
    expect(notices).toEqual([
      { param: 'from', message: 'Moved “from” 1990 into the dataset’s years (2015).' },
      { param: 'to', message: 'Moved “to” 2099 into the dataset’s years (2023).' },
    ])
    // The dataset's own bounds are the default, so they are left out of the state.
    expect(state.from).toBeUndefined()
    expect(state.to).toBeUndefined()
  })

  it('accepts the first and last years quietly, as the default', () => {
    const { state, notices } = decode('from=2015&to=2023')
    expect(notices).toEqual([])
    expect(state.from).toBeUndefined()
    expect(state.to).toBeUndefined()
    expect(decode('to=2022').state.to).toBe(2022)
  })
})

describe('writing links', () => {
  it('leaves out empty text, empty lists and missing fields', () => {
    expect(encodeViewState({ q: '', categories: [], technique: undefined })).toEqual({})
    expect(Object.keys(encodeViewState({ unmatched: undefined }))).toEqual([])
    expect(Object.keys(encodeViewState({ technique: '', tool: '' }))).toEqual([])
  })

  it('turns router state back into raw strings', () => {
    expect(
      toRawSearch({
        technique: 'a',
        categories: ['alpha', 'gamma'],
        issue: 3,
        q: ['x', 'y'],
        foo: 7,
        at: { zoom: 1, x: 0, y: 0 },
        tool: null,
        notices: 'ignored',
      }),
    ).toEqual({ technique: 'a', categories: 'alpha,gamma', issue: '3', q: ['x', 'y'], foo: '7' })
  })

  it('writes the README table with its header and separator', () => {
    const lines = urlContractMarkdown().split('\n')
    expect(lines.slice(0, 2)).toEqual([
      '| parameter | values | default | meaning |',
      '| --- | --- | --- | --- |',
    ])
  })

  it('takes the viewport out of an address without a query', () => {
    expect(withViewAt('https://atlas.example/', null)).toBe('https://atlas.example/')
  })
})

describe('applying a suggestion', () => {
  it('selects a suggested newsletter issue by its number', () => {
    const state = applySuggestion(
      DEFAULT_VIEW_STATE,
      { param: 'issue', message: '', suggestion: { label: 'Edge 3', value: '3' } },
      tiny(),
    )
    expect(state.issue).toBe(3)
  })
})
