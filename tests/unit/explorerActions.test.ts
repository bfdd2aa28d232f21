import { describe, expect, it } from 'vitest'
import {
  compareWith,
  navigate,
  noticesWithout,
  repackSubject,
  selectionPatch,
  toggleCompared,
} from '../../src/domain/explore/explorerActions'
import { MAX_COMPARED } from '../../src/domain/data/constants'
import { DEFAULT_VIEW_STATE, type UrlNotice, type ViewState } from '../../src/domain/url/viewState'

const state = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch })

describe('what selecting something opens', () => {
  it('a technique opens its details beside the graph and keeps a focused lineage', () => {
    expect(
      selectionPatch({ technique: 'lora' }, state({ focus: 'lineage', panel: 'tools' })),
    ).toEqual({
      technique: 'lora',
      issue: undefined,
      tool: undefined,
      focus: 'lineage',
      panel: 'details',
      side: 'open',
    })
  })

  it('an issue opens the issues list and returns a focused lineage to the whole map', () => {
    expect(selectionPatch({ issue: 331 }, state({ focus: 'lineage', technique: 'lora' }))).toEqual({
      technique: undefined,
      issue: 331,
      tool: undefined,
      focus: 'map',
      panel: 'issues',
      side: 'open',
    })
  })

  it('a tool opens the tools list from the details, and leaves another list open', () => {
    expect(selectionPatch({ tool: 'peft' }, state({ panel: 'details' }))).toMatchObject({
      tool: 'peft',
      panel: 'tools',
      side: 'open',
      focus: 'map',
    })
    expect(selectionPatch({ tool: 'peft' }, state({ panel: 'issues' })).panel).toBe('issues')
  })

  it('nothing clears the selection and returns to the whole map, leaving the panel alone', () => {
    expect(selectionPatch(undefined, state({ technique: 'lora', focus: 'lineage' }))).toEqual({
      technique: undefined,
      issue: undefined,
      tool: undefined,
      focus: 'map',
    })
  })
})

describe('a navigation', () => {
  it('drops the link’s viewport and applies the change', () => {
    const next = navigate(state({ at: { x: 1, y: 2, zoom: 1 } as ViewState['at'], q: 'lora' }), {
      view: 'table',
    })
    expect(next.at).toBeUndefined()
    expect(next.view).toBe('table')
    expect(next.q).toBe('lora')
  })

  it('ends a tour when the change picks something the tour does not show', () => {
    const touring = state({ tour: 'peft', step: 3, technique: 'lora' })
    expect(navigate(touring, { technique: 'qlora' })).toMatchObject({
      tour: undefined,
      step: 1,
      technique: 'qlora',
    })
    // Changing the side panel, or going to another step, keeps the tour.
    expect(navigate(touring, { panel: 'tools' })).toMatchObject({ tour: 'peft', step: 3 })
    expect(navigate(touring, { tour: 'peft', step: 4, technique: 'dora' })).toMatchObject({
      tour: 'peft',
      step: 4,
    })
  })
})

describe('what a re-packed graph is said to show', () => {
  it('names the lineage, or its matching part, and otherwise the matches', () => {
    expect(repackSubject({ focus: 'lineage', unmatched: 'dim' }, 'LoRA')).toBe('LoRA’s lineage')
    expect(repackSubject({ focus: 'lineage', unmatched: 'hide' }, 'LoRA')).toBe(
      'the matching part of LoRA’s lineage',
    )
    expect(repackSubject({ focus: 'map', unmatched: 'hide' }, 'LoRA')).toBe(
      'the matching techniques',
    )
    expect(repackSubject({ focus: 'lineage', unmatched: 'dim' }, undefined)).toBe(
      'the matching techniques',
    )
  })
})

describe('ticking compare boxes', () => {
  it('keeps the first tick waiting, and the second makes a comparison', () => {
    const first = toggleCompared([], [], 'lora')
    expect(first).toEqual({ pending: ['lora'] })
    expect(toggleCompared([], first.pending, 'dora')).toEqual({
      pending: [],
      compare: ['lora', 'dora'],
    })
  })

  it('unticking one of two ends the comparison and keeps the other waiting', () => {
    expect(toggleCompared(['lora', 'dora'], [], 'lora')).toEqual({
      pending: ['dora'],
      compare: [],
    })
    expect(toggleCompared([], ['lora'], 'lora')).toEqual({ pending: [] })
  })

  it('never compares more than the limit', () => {
    const full = Array.from({ length: MAX_COMPARED }, (_, i) => `t${i}`)
    expect(toggleCompared(full, [], 'extra').compare).toEqual(full)
    expect(compareWith(full, 't0', 'extra')).toEqual(full)
  })

  it('adds a pair to a comparison without repeats', () => {
    expect(compareWith(['lora'], 'lora', 'dora')).toEqual(['lora', 'dora'])
    expect(compareWith([], 'a', 'b')).toEqual(['a', 'b'])
  })
})

describe('notices once their fields are edited', () => {
  const n = (param: string) => ({ param, message: `bad ${param}` }) as UrlNotice
  it('drops the notices about the edited parameters and keeps the rest', () => {
    const all = [n('model'), n('rank'), n('technique')]
    expect(noticesWithout(all, new Set(['model', 'rank']))).toEqual([n('technique')])
  })
  it('returns the same list when nothing is dropped, so nothing re-renders', () => {
    const all = [n('model')]
    expect(noticesWithout(all, new Set(['rank']))).toBe(all)
  })
})
