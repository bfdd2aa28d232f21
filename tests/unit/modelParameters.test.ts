import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { baseParameters } from '../../src/domain/decide/calculator'

const MODELS = readDataDir('data', { requireSeedEntities: true }).data.models

/**
 * Each bundled model's published parameter count, where it was read. Exact counts come from
 * tables that load the weights (KerasHub presets, the EuroEval leaderboard); the rest are the
 * model card's or the paper's rounded figure. EuroEval's Llama 2 totals include a few thousand
 * rotary-embedding buffer values stored with the weights, which are not parameters.
 */
const PUBLISHED: [id: string, parameters: number, asWritten: string, url: string][] = [
  [
    'Qwen/Qwen2.5-0.5B',
    494032768,
    '494,032,768',
    'https://github.com/keras-team/keras-hub/blob/71453d08f59edc90d276e999319fc51e61cbf82c/keras_hub/src/models/qwen/qwen_presets.py#L5-L8',
  ],
  [
    'meta-llama/Llama-3.2-1B',
    1235814400,
    '1,235,814,400',
    'https://github.com/EuroEval/leaderboards/blob/1a77f1d2f8ba1ba05ab73287fb090d76bf41b2e0/leaderboards/english_all.csv?plain=1#L121',
  ],
  [
    'Qwen/Qwen2.5-1.5B-Instruct',
    1543714304,
    '1,543,714,304',
    'https://github.com/EuroEval/leaderboards/blob/1a77f1d2f8ba1ba05ab73287fb090d76bf41b2e0/leaderboards/english_all.csv?plain=1#L304',
  ],
  [
    'google/gemma-2b',
    2506172416,
    '2,506,172,416',
    'https://github.com/EuroEval/leaderboards/blob/1a77f1d2f8ba1ba05ab73287fb090d76bf41b2e0/leaderboards/english_all.csv?plain=1#L400',
  ],
  [
    'meta-llama/Llama-3.2-3B',
    3212749824,
    '3,212,749,824',
    'https://github.com/EuroEval/leaderboards/blob/1a77f1d2f8ba1ba05ab73287fb090d76bf41b2e0/leaderboards/english_all.csv?plain=1#L262',
  ],
  [
    'mistralai/Mistral-7B-v0.1',
    7241732096,
    '7,241,732,096',
    'https://github.com/EuroEval/leaderboards/blob/1a77f1d2f8ba1ba05ab73287fb090d76bf41b2e0/leaderboards/english_all.csv?plain=1#L278',
  ],
  [
    'mistralai/Mistral-7B-Instruct-v0.3',
    7248023552,
    '7,248,023,552',
    'https://github.com/keras-team/keras-hub/blob/71453d08f59edc90d276e999319fc51e61cbf82c/keras_hub/src/models/mistral/mistral_presets.py#L38-L41',
  ],
  [
    'meta-llama/Llama-2-7b-hf',
    6738415616,
    '6,738,415,616',
    'https://github.com/keras-team/keras-hub/blob/71453d08f59edc90d276e999319fc51e61cbf82c/keras_hub/src/models/llama/llama_presets.py#L5-L8',
  ],
  [
    'Qwen/Qwen1.5-7B-Chat',
    7700000000,
    '7.7B',
    'https://github.com/QwenLM/qwenlm.github.io/blob/1f89f8c81adb85e3808f9cc15180ab1fdacbb900/content/blog/qwen2/index.md?plain=1#L287',
  ],
  [
    'Qwen/Qwen2.5-7B',
    7610000000,
    '7.61B',
    'https://github.com/ZHUI/paddlenlp_model_readme/blob/40a7101e89dcf9a0dedb0e0d48c8c357fcc95996/Qwen/Qwen2.5-7B/index.md?plain=1#L25',
  ],
  [
    'meta-llama/Meta-Llama-3-8B',
    8030261248,
    '8,030,261,248',
    'https://github.com/EuroEval/leaderboards/blob/1a77f1d2f8ba1ba05ab73287fb090d76bf41b2e0/leaderboards/english_all.csv?plain=1#L253',
  ],
  [
    'meta-llama/Llama-2-13b-hf',
    13015866880,
    '13,015,866,880',
    'https://github.com/EuroEval/leaderboards/blob/1a77f1d2f8ba1ba05ab73287fb090d76bf41b2e0/leaderboards/english_all.csv?plain=1#L162',
  ],
  [
    'mistralai/Mixtral-8x7B-v0.1',
    46702792704,
    '46,702,792,704',
    'https://github.com/EuroEval/leaderboards/blob/1a77f1d2f8ba1ba05ab73287fb090d76bf41b2e0/leaderboards/english_all.csv?plain=1#L285',
  ],
  [
    'Qwen/Qwen2.5-14B',
    14700000000,
    '14.7B',
    'https://github.com/ZHUI/paddlenlp_model_readme/blob/40a7101e89dcf9a0dedb0e0d48c8c357fcc95996/Qwen/Qwen2.5-14B/index.md?plain=1#L25',
  ],
  [
    'huggyllama/llama-65b',
    65000000000,
    '65B',
    'https://github.com/meta-llama/llama/blob/53011c3d7946dadb8274a4c5c7586ab54edf792d/MODEL_CARD.md?plain=1#L91',
  ],
  [
    'meta-llama/Llama-2-70b-hf',
    68976653312,
    '68,976,653,312',
    'https://github.com/EuroEval/leaderboards/blob/1a77f1d2f8ba1ba05ab73287fb090d76bf41b2e0/leaderboards/english_all.csv?plain=1#L159',
  ],
  [
    'Qwen/Qwen2-72B',
    72710000000,
    '72.71B',
    'https://github.com/QwenLM/qwenlm.github.io/blob/1f89f8c81adb85e3808f9cc15180ab1fdacbb900/content/blog/qwen2/index.md?plain=1#L67',
  ],
]

describe('the bundled model shapes', () => {
  it('cover every bundled model', () => {
    expect(new Set(PUBLISHED.map(([id]) => id))).toEqual(new Set(MODELS.map((m) => m.id)))
  })

  it.each(PUBLISHED)('%s counts within 1 %% of its published %s parameters', (id, parameters) => {
    const model = MODELS.find((m) => m.id === id)!
    expect(Math.abs(baseParameters(model) / parameters - 1)).toBeLessThanOrEqual(0.01)
  })

  it('count the mixture of experts’ every expert, not the two a token uses', () => {
    const mixtral = MODELS.find((m) => m.id === 'mistralai/Mixtral-8x7B-v0.1')!
    expect(baseParameters(mixtral)).toBe(46_702_792_704)
    expect(
      baseParameters({ ...mixtral, experts: undefined, activeExperts: undefined }),
    ).toBeLessThan(8e9)
  })
})
