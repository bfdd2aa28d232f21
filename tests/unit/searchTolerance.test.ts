import { describe, expect, it } from 'vitest'
import { createTechniqueSearch } from '../../src/domain/explore/search'
import { tinyData } from '../fixtures/tinyData'

const base = tinyData().techniques[0]!
const technique = (id: string, name: string, fullName: string, description: string) => ({
  ...base,
  id,
  name,
  fullName,
  description,
  organizations: ['Lab'],
})
const techniques = [
  technique(
    'lora',
    'LoRA',
    'Low-Rank Adaptation',
    'Trains a pair of small matrices beside each weight.',
  ),
  technique(
    'dora',
    'DoRA',
    'Weight-Decomposed Low-Rank Adaptation',
    'Splits each weight into a magnitude and a direction.',
  ),
  technique('dpo', 'DPO', 'Direct Preference Optimization', 'Trains on pairs of answers.'),
  technique('ipo', 'IPO', 'Identity Preference Optimization', 'A variant of preference training.'),
  technique(
    'instructgpt',
    'InstructGPT',
    'Training language models to follow instructions',
    'Supervised tuning, then feedback from people.',
  ),
]

describe('how forgiving the search is, by the length of a word', () => {
  it('takes one letter as a whole word, never as the start of one', () => {
    // No word here is just "l", and "a" (one edit away) does not count either.
    expect(createTechniqueSearch(techniques).search('l')).toEqual([])
  })

  it('takes two letters as the start of a word', () => {
    // "lo" starts LoRA's name and "Low" in both full names; LoRA's name starts with it.
    expect(createTechniqueSearch(techniques).search('lo')).toEqual(['lora', 'dora'])
  })

  it('allows no typo in a three-letter word', () => {
    // DPO is one letter away from IPO.
    expect(createTechniqueSearch(techniques).search('ipo')).toEqual(['ipo'])
  })

  it('allows one typo in a four-letter word', () => {
    expect(createTechniqueSearch(techniques).search('lira')).toEqual(['lora'])
  })

  it('allows two typos in a word of ten letters or more', () => {
    // "instructgtp" swaps two letters of "instructgpt": two edits, 11 letters.
    expect(createTechniqueSearch(techniques).search('instructgtp')).toEqual(['instructgpt'])
  })
})

describe('what the search looks at', () => {
  const more = [
    { ...techniques[0]!, aliases: ['low-rank adapters', 'Hu method'] },
    techniques[1]!,
    {
      ...technique('full', 'Full FT', 'Full fine-tuning', 'Updates every weight of the model.'),
      organizations: ['Everyone'],
    },
    technique(
      'adarank',
      'Adaptive Rank',
      'Adaptive rank allocation',
      'Gives each layer its own rank.',
    ),
    technique('rankone', 'RankOne', 'Rank-one editing', 'Edits one fact with a rank-one update.'),
  ]
  const search = (q: string) => createTechniqueSearch(more).search(q)

  it.each([
    ['the name', 'ft', ['full']],
    ['the full name', 'decomposed', ['dora']],
    ['each alias', 'adapters', ['lora']],
    // The aliases are separate words: "Hu" does not run on from "adapters".
    ['each alias', 'hu', ['lora']],
    ['the description', 'magnitude', ['dora']],
    ['the organizations', 'everyone', ['full']],
    ['the id', 'adarank', ['adarank']],
  ])('searches %s (%s)', (_field, query, ids) => {
    expect(search(query)).toEqual(ids)
  })

  it('puts a name that starts with the text before one that only contains it', () => {
    expect(search('rank').slice(0, 2)).toEqual(['rankone', 'adarank'])
  })
})
