import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import {
  DEFAULT_VIEW_STATE,
  decodeViewState,
  encodeViewState,
  parseQuery,
  stringifyQuery,
  type ViewState,
} from '../../src/domain/url/viewState'
import { withViewAt } from '../../src/domain/url/viewLinks'
import { tinyData } from '../fixtures/tinyData'

const atlas = createAtlas(tinyData())
const decode = (search: string) => decodeViewState(parseQuery(search), atlas)

describe('the URL contract', () => {
  it('an empty query is the default view with nothing to report', () => {
    expect(decode('')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] })
  })

  it('round-trips a full view through the query string', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      technique: 'c',
      categories: ['alpha', 'gamma'],
      from: 2019,
      to: 2022,
      q: 'low rank',
      unmatched: 'hide',
      lineage: 'ancestors',
      depth: 2,
      focus: 'lineage',
      panel: 'tools',
      view: 'table',
      toolKind: 'library',
      openSource: 'yes',
      toolTechnique: 'a',
      sort: 'name',
      dir: 'desc',
    }
    const query = stringifyQuery(encodeViewState(state))
    expect(decode(query)).toEqual({ state, notices: [] })
  })

  it('writes defaults nowhere, so the plain view has a plain URL', () => {
    expect(stringifyQuery(encodeViewState(DEFAULT_VIEW_STATE))).toBe('')
    expect(stringifyQuery(encodeViewState({ ...DEFAULT_VIEW_STATE, technique: 'f' }))).toBe(
      'technique=f',
    )
  })

  it('suggests the closest technique for a mistyped id', () => {
    const { state, notices } = decode('technique=roott')
    expect(state.technique).toBeUndefined()
    expect(notices).toEqual([
      {
        param: 'technique',
        message: 'No technique “roott” — did you mean ROOT?',
        suggestion: { label: 'ROOT', value: 'root' },
      },
    ])
  })

  it('accepts ids in any case', () => {
    expect(decode('technique=ROOT').state.technique).toBe('root')
  })

  it.each([
    ['depth=99', 'depth', 'Ignored depth “99”: expected 1 to 9, or all.'],
    [
      'panel=settings',
      'panel',
      'Ignored panel “settings”: expected one of details, issues, tools.',
    ],
    ['from=abc', 'from', 'Ignored from “abc”: expected a year such as 2021.'],
    ['issue=2', 'issue', 'No newsletter issue “2”; the Atlas covers Edge 1, 3.'],
    ['categories=alpha,delta', 'categories', 'No category “delta”.'],
    ['utm_source=x', 'utm_source', 'Ignored the unknown link parameter “utm_source”.'],
  ])('reports a bad value: %s', (query, param, message) => {
    expect(decode(query).notices).toContainEqual({ param, message })
  })

  it('keeps the first of a repeated parameter and says so', () => {
    const { state, notices } = decode('technique=a&technique=b')
    expect(state.technique).toBe('a')
    expect(notices[0]?.message).toBe('The link gave “technique” 2 times; used the first.')
  })

  it('swaps a reversed year range and clamps it to the data', () => {
    const { state, notices } = decode('from=2022&to=1990')
    expect(state).toMatchObject({ to: 2022 })
    expect(state.from).toBeUndefined() // 1990 clamps to the first year, which is the default
    expect(notices.map((n) => n.param)).toEqual(['from', 'from'])
  })

  it('treats markup, quotes and odd unicode as plain text and quotes them safely', () => {
    const hostile = '<img src=x onerror=alert(1)>"\u202e\u0000'
    const { state, notices } = decode(
      `technique=${encodeURIComponent(hostile)}&q=${encodeURIComponent(hostile)}`,
    )
    expect(state.technique).toBeUndefined()
    expect(state.q).toBe('<img src=x onerror=alert(1)>"')
    expect(notices[0]!.message).toBe('No technique “<img src=x onerror=alert(1)>"”.')
  })

  it('shortens oversized text and never chokes on a huge value', () => {
    const { state, notices } = decode(`q=${'a'.repeat(5000)}&technique=${'b'.repeat(5000)}`)
    expect(state.q).toHaveLength(120)
    expect(notices.map((n) => n.param)).toEqual(['technique', 'q'])
  })

  it('keeps one selection: a technique wins over an issue and a tool', () => {
    const { state, notices } = decode('technique=a&issue=1&tool=kit')
    expect(state).toMatchObject({ technique: 'a' })
    expect(state.issue).toBeUndefined()
    expect(state.tool).toBeUndefined()
    expect(notices).toHaveLength(1)
  })

  it('shows the whole map when a focused lineage has no selection to focus on', () => {
    expect(decode('technique=c&focus=lineage').state.focus).toBe('lineage')
    const { state, notices } = decode('focus=lineage')
    expect(state.focus).toBe('map')
    expect(notices.map((n) => n.message)).toEqual([
      'Showing the whole map: “focus=lineage” needs a selected technique.',
    ])
    expect(decode('technique=c&focus=zoom').notices[0]!.message).toMatch(/focus/)
  })

  it('writes the graph’s viewport into a shared link, last, and reads it back', () => {
    const href = withViewAt('https://atlas.example/?technique=c&panel=tools', {
      zoom: 0.81234,
      x: 420.4,
      y: -310.6,
    })
    expect(href).toBe('https://atlas.example/?technique=c&panel=tools&at=0.812,420,-311')
    expect(decode(new URL(href).search.slice(1)).state.at).toEqual({ zoom: 0.812, x: 420, y: -311 })
    // Copying again replaces it; without a viewport it is taken out.
    expect(withViewAt(href, null)).toBe('https://atlas.example/?technique=c&panel=tools')
    expect(decode('at=9,0,0').notices[0]!.message).toMatch(/zoom from 0.05 to 4/)
    expect(decode('at=1,2').state.at).toBeUndefined()
  })

  it('reads an issue as a number or as edge-N', () => {
    expect(decode('issue=edge-3').state.issue).toBe(3)
    expect(decode('issue=1').state.issue).toBe(1)
  })

  it('puts categories in legend order so equal filters give equal links', () => {
    expect(decode('categories=gamma,alpha,alpha').state.categories).toEqual(['alpha', 'gamma'])
  })

  it('never evaluates values: JSON-looking input stays a string', () => {
    const raw = parseQuery('q={"a":1}&depth=[1]')
    expect(raw).toEqual({ q: '{"a":1}', depth: '[1]' })
  })
})
