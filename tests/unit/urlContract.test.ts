import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas } from '../../src/domain/data/atlas'
import {
  DEFAULT_VIEW_STATE,
  applySuggestion,
  toRawSearch,
  viewStateQuery,
  decodeViewState,
  encodeViewState,
  parseQuery,
} from '../../src/domain/url/viewState'
import { DOCUMENTED_PARAMS, urlContractMarkdown } from '../../src/domain/url/urlParamDocs'

const atlas = createAtlas(readDataDir('data', { requireSeedEntities: true }).data)

/** Table rows of a Markdown table, as trimmed cells (formatting-insensitive). */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^\|\s*-/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    )
}

describe('the URL codec table', () => {
  it.each(DOCUMENTED_PARAMS.map((row) => [row.param, row] as const))(
    '%s survives a round trip through a link',
    (param, row) => {
      const context = row.exampleContext ?? {}
      const { state, notices } = decodeViewState({ ...context, [param]: row.example }, atlas)
      expect(notices).toEqual([])
      // The example is not the default, so the state changed and the link carries it back.
      expect(state[row.key]).not.toEqual(DEFAULT_VIEW_STATE[row.key])
      const written = encodeViewState(state)
      // The link carries the parameter and its context; a tour step also writes the view it
      // sets (its selection, path, comparison or filter), nothing else.
      const extra = Object.keys(written).filter((k) => k !== param && !(k in context))
      expect(written[param]).toBeDefined()
      if (!row.param.startsWith('tour') && row.param !== 'step') expect(extra).toEqual([])
      expect(
        decodeViewState(parseQuery(new URLSearchParams(written).toString()), atlas).state,
      ).toEqual(state)
    },
  )

  const hostile = '<img src=x onerror=alert(1)>'.repeat(6)
  it.each(DOCUMENTED_PARAMS.map((row) => [row.param, row] as const))(
    '%s reports a hostile value and never uses it as anything but text',
    (param, row) => {
      const { state, notices } = decodeViewState({ [param]: hostile }, atlas)
      expect(notices.map((n) => n.param)).toContain(param)
      const value = state[row.key]
      if (row.values.startsWith('text')) {
        // Search text is kept as text (rendered as text, never HTML), cut to the limit.
        expect(String(value).length).toBeLessThanOrEqual(120)
      } else expect(value).toEqual(DEFAULT_VIEW_STATE[row.key])
    },
  )

  it('every category-valued parameter suggests the closest category', () => {
    for (const param of ['categories', 'issue-category']) {
      const { notices } = decodeViewState({ [param]: 'low-rnak' }, atlas)
      expect(notices[0]?.suggestion).toEqual({ label: 'Low-rank (LoRA family)', value: 'low-rank' })
    }
  })

  it("the README's URL table is the table the codec uses", () => {
    const readme = readFileSync('README.md', 'utf8')
    const section = readme.slice(
      readme.indexOf('<!-- url-contract:start -->'),
      readme.indexOf('<!-- url-contract:end -->'),
    )
    expect(section.length).toBeGreaterThan(0)
    expect(tableRows(section)).toEqual(tableRows(urlContractMarkdown()))
  })
})

describe('following a "did you mean" suggestion', () => {
  it('applies the suggested technique and keeps the rest of the view', () => {
    const { state, notices } = decodeViewState(
      parseQuery('technique=lorra&categories=adapters'),
      atlas,
    )
    const fixed = applySuggestion(state, notices[0]!, atlas)
    expect(fixed.technique).toBe('lora')
    expect(fixed.categories).toEqual(['adapters'])
  })

  it('adds a suggested category in legend order', () => {
    const { state, notices } = decodeViewState(
      parseQuery('categories=quantization,low-rnak'),
      atlas,
    )
    expect(applySuggestion(state, notices[0]!, atlas).categories).toEqual([
      'low-rank',
      'quantization',
    ])
  })

  it('leaves the view alone for a notice without a suggestion', () => {
    const { state, notices } = decodeViewState(parseQuery('depth=99'), atlas)
    expect(applySuggestion(state, notices[0]!, atlas)).toEqual(state)
  })
})

describe('what the router hands back for decoding', () => {
  it('turns a validated state into the strings a link would carry', () => {
    expect(
      toRawSearch({
        technique: 'qlora',
        categories: ['low-rank', 'quantization'],
        depth: 2,
        notices: [],
      }),
    ).toEqual({ technique: 'qlora', categories: 'low-rank,quantization', depth: '2' })
  })

  it('keeps raw strings and repeated values as they came', () => {
    expect(toRawSearch({ 'issue-q': 'lora', tool: ['trl', 'peft'], skip: undefined })).toEqual({
      'issue-q': 'lora',
      tool: ['trl', 'peft'],
    })
  })

  it('writes the canonical query for a state, defaults left out', () => {
    expect(viewStateQuery({ ...DEFAULT_VIEW_STATE, technique: 'dpo', panel: 'tools' })).toBe(
      'technique=dpo&panel=tools',
    )
    expect(viewStateQuery(DEFAULT_VIEW_STATE)).toBe('')
  })
})
