import { describe, expect, it } from 'vitest'
import {
  edgeClasses,
  edgeMask,
  nodeClasses,
  nodeMask,
  withState,
} from '../../src/components/graph/stateClasses'

describe('how view state becomes graph classes', () => {
  it.each([
    [
      'a match with nothing highlighted',
      { matches: true, unmatched: 'dim', inHighlight: null, selected: false },
      [],
    ],
    [
      'a non-match when non-matches dim',
      { matches: false, unmatched: 'dim', inHighlight: null, selected: false },
      ['dimmed'],
    ],
    [
      'a non-match when non-matches hide',
      { matches: false, unmatched: 'hide', inHighlight: null, selected: false },
      ['hidden'],
    ],
    [
      'the selection',
      { matches: true, unmatched: 'dim', inHighlight: true, selected: true },
      ['selected'],
    ],
    [
      'a technique in the lineage',
      { matches: true, unmatched: 'dim', inHighlight: true, selected: false },
      ['highlighted'],
    ],
    [
      'a technique outside the lineage',
      { matches: true, unmatched: 'dim', inHighlight: false, selected: false },
      ['faded'],
    ],
    [
      'a filter match outside the lineage, while a filter is on',
      { matches: true, unmatched: 'dim', inHighlight: false, selected: false, filtered: true },
      [],
    ],
    [
      'a non-match outside the lineage, while a filter is on',
      { matches: false, unmatched: 'dim', inHighlight: false, selected: false, filtered: true },
      ['dimmed'],
    ],
  ] as const)('%s', (_what, state, classes) => {
    expect(nodeClasses(nodeMask(state))).toEqual(classes)
  })

  it.each([
    [
      'a link in the lineage',
      { endsMatch: true, unmatched: 'dim', inHighlight: true },
      ['lineage'],
    ],
    ['a link outside it', { endsMatch: true, unmatched: 'dim', inHighlight: false }, ['faded']],
    [
      'a link to a dimmed technique',
      { endsMatch: false, unmatched: 'dim', inHighlight: null },
      ['dimmed'],
    ],
    [
      'a link to a hidden technique',
      { endsMatch: false, unmatched: 'hide', inHighlight: null },
      ['hidden'],
    ],
  ] as const)('%s', (_what, state, classes) => {
    expect(edgeClasses(edgeMask(state))).toEqual(classes)
  })

  it('replaces state classes and keeps the others', () => {
    expect(withState(['technique', 'family-2', 'faded', 'label-shown'], ['selected'])).toEqual([
      'technique',
      'family-2',
      'label-shown',
      'selected',
    ])
  })
})
