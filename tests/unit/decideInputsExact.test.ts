import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas } from '../../src/domain/data/atlas'
import {
  checkCalculatorInput,
  checkShape,
  type CalculatorInput,
} from '../../src/domain/decide/calculatorInput'
import { formatBytes, formatCount } from '../../src/domain/decide/calculatorText'
import { choose, type ChooserInput } from '../../src/domain/decide/chooser'
import { parseDims } from '../../src/domain/decide/decideParams'
import { calculatorInput, llama2 } from './calculatorFixtures'

const data = readDataDir('data', { requireSeedEntities: true }).data
const sound = calculatorInput({ targets: ['q_proj'], checkpointing: true })
const check = (over: Record<string, unknown>) =>
  checkCalculatorInput({ ...sound, ...over } as CalculatorInput)

describe('calculator input checks, exactly', () => {
  it('accepts the ends of each range and refuses one past them', () => {
    expect(check({ rank: 1 })).toEqual([])
    expect(check({ rank: 4096 })).toEqual([])
    expect(check({ rank: 4097 })).toEqual([
      {
        field: 'rank',
        message: 'Rank must be a whole number from 1 to 4,096 (got 4097).',
        kind: 'error',
      },
    ])
    expect(check({ sequence: 131_072 })).toEqual([])
  })

  it('quotes what it was given: text in quotes, cut at 40 characters, anything else as written', () => {
    expect(check({ rank: 'eight' })[0]!.message).toBe(
      'Rank must be a whole number from 1 to 4,096 (got “eight”).',
    )
    expect(check({ method: 'x'.repeat(50) })[0]!.message).toContain(`(got “${'x'.repeat(40)}”)`)
    expect(check({ batch: true })[0]!.message).toContain('(got true)')
    expect(check({ checkpointing: 'yes' })).toEqual([
      { field: 'checkpointing', message: 'Checkpointing must be on or off.', kind: 'error' },
    ])
    expect(check({ targets: 'q_proj' })[0]!.field).toBe('targets')
  })

  it('checks every choice by name', () => {
    for (const [field, label] of [
      ['precision', 'Precision'],
      ['adapterDtype', 'Adapter dtype'],
      ['attention', 'Attention'],
      ['loss', 'Loss'],
    ] as const)
      expect(check({ [field]: 'nope' })).toEqual([
        expect.objectContaining({
          field,
          kind: 'error',
          message: expect.stringMatching(new RegExp(`^${label} must be one of `)),
        }),
      ])
  })

  it('leaves rank and targets alone for full fine-tuning', () => {
    expect(check({ method: 'full-fine-tuning', rank: 0, targets: [] })).toEqual([])
  })

  it('checks a shape: its presence, its fields, heads that divide, experts that fit', () => {
    expect(checkShape(undefined)).toEqual([
      { field: 'shape', message: 'A model shape is needed.', kind: 'error' },
    ])
    expect(checkShape({ ...llama2, headDim: 0 }).map((i) => i.field)).toEqual(['shape.headDim'])
    expect(checkShape({ ...llama2, experts: 1.5 }).map((i) => i.field)).toEqual(['shape.experts'])
    expect(checkShape({ ...llama2, heads: 30, kvHeads: 30 })).toEqual([
      {
        field: 'shape.heads',
        message:
          'Attention heads must divide the hidden size 4096 evenly (got 30), or give the head size.',
        kind: 'error',
      },
    ])
    expect(checkShape({ ...llama2, heads: 30, kvHeads: 30, headDim: 128 })).toEqual([])
    expect(checkShape({ ...llama2, kvHeads: 64 })[0]!.field).toBe('shape.kvHeads')
    expect(checkShape({ ...llama2, experts: 8, activeExperts: 8 })).toEqual([])
    expect(checkShape({ ...llama2, activeExperts: 2 })).toEqual([
      {
        field: 'shape.activeExperts',
        message: 'Active experts must be from 1 to the number of experts (got 2 of none).',
        kind: 'error',
      },
    ])
  })
})

describe('counts and sizes as read, exactly', () => {
  it('switches unit at each power of a thousand', () => {
    expect([0, 999, 1000, 1e6, 1e9, 1e12, 2_345_678].map(formatCount)).toEqual([
      '0',
      '999',
      '1 K',
      '1 M',
      '1 B',
      '1 T',
      '2.35 M',
    ])
    expect(formatCount(-1)).toBe('—')
  })

  it('writes sizes in MB below a tenth of a GB, whole GB from 100, TB from 1,024', () => {
    expect(formatBytes(0)).toBe('0 MB')
    expect(formatBytes(0.1 * 2 ** 30)).toBe('0.1 GB')
    expect(formatBytes(99.4 * 2 ** 30)).toBe('99.4 GB')
    expect(formatBytes(100 * 2 ** 30)).toBe('100 GB')
    expect(formatBytes(2 ** 40)).toBe('1 TB')
  })
})

describe('custom dimensions from a link, exactly', () => {
  const why = (raw: string) => parseDims(raw).problems?.[0]?.message
  it('names what is wrong with them', () => {
    expect(why('32,4096')).toBe(
      'Ignored dims “32,4096”: expected six whole numbers (layers, hidden, intermediate, heads, key/value heads, vocabulary, such as 32,4096,11008,32,32,32000).',
    )
    expect(why('32,4096,11008,32,32,0')).toMatch(/: each must be 1 to 1000000 \(/)
    expect(why('32,4096,11008,32,32,1000001')).toMatch(/: each must be 1 to 1000000 \(/)
    expect(why(' 32, 4096,11008,32,32,1000000')).toBeUndefined()
    expect(why('32,4096,11008,30,30,32000')).toMatch(/: the heads must divide the hidden size \(/)
    expect(why('32,4096,11008,32,5,32000')).toMatch(
      /: the key\/value heads must divide the heads \(/,
    )
    expect(why('32,4096,11008,32,x32,32000')).toMatch(/each must be/)
    expect(parseDims('1,64,128,1,1,10').value).toEqual({
      layers: 1,
      hidden: 64,
      intermediate: 128,
      heads: 1,
      kvHeads: 1,
      vocab: 10,
      tiedEmbeddings: false,
    })
  })
})

describe('the chooser’s words and order, exactly', () => {
  const atlas = createAtlas(data)
  const run = (over: Partial<ChooserInput>) =>
    choose(atlas, { data: 'demonstrations', gpu: 24, modelSize: 7, goal: 'instructions', ...over })

  it('says which data a recipe needs and which it trains from', () => {
    const r = run({})
    const ties = r.unfit.find((x) => x.key === 'ties')!
    expect(ties.blocker).toBe('merges finished fine-tuned models instead of training on data')
    expect(ties.reasons[0]!.text).toBe(
      'Needs no training data; you have demonstrations (prompt and response pairs).',
    )
    expect(r.fit[0]!.reasons[0]).toEqual({
      text: 'Trains from demonstrations (prompt and response pairs), which you have.',
      from: 'techniques.json › lora › decision.data',
      effect: 'plus',
    })
    expect(r.fit[0]!.reasons.at(-1)).toEqual({
      text: 'Estimated 16.0 GB with LoRA on a 24 GB GPU (Mistral 7B v0.1 shape).',
      from: 'calculator',
      effect: 'plus',
    })
  })

  it('holds a merge back when one 16-bit copy does not fit', () => {
    const ties = run({ data: 'none', gpu: 8 }).unfit.find((x) => x.key === 'ties')!
    expect(ties.blocker).toBe('one 16-bit copy needs 13.5 GB')
    expect(ties.blockedBy).toBe('memory')
    expect(run({ data: 'none', gpu: 16 }).fit.map((x) => x.key)).toEqual(['ties'])
  })

  it('marks a recipe that fills more than 85 % of the GPU, and one that just fits', () => {
    const lora = run({ gpu: 18 }).fit.find((x) => x.key === 'lora')!
    expect(lora.reasons.find((x) => x.from === 'calculator' && x.effect === 'minus')!.text).toBe(
      'Takes over 85 % of the GPU: little room for longer sequences or bigger batches.',
    )
    expect(lora.score).toBe(0)
    expect(run({ gpu: 16 }).fit.map((x) => x.key)).toContain('lora')
    expect(run({ gpu: 15 }).fit.map((x) => x.key)).not.toContain('lora')
  })

  it('scores the minus reasons, reward and value models, and orders by score, memory, name', () => {
    const prefs = run({ data: 'preferences', goal: 'preferences', gpu: 200 })
    const score = (key: string) => [...prefs.fit, ...prefs.unfit].find((x) => x.key === key)!.score
    // DPO on LoRA: goal +2, quality +1, the reference model's extra pass −0.5.
    expect(score('lora+dpo')).toBe(2.5)
    // RLHF on LoRA: goal +2, quality +1, four minus reasons (reference pass, reward model, value
    // model, sampling) −2, and the reward and value models again −2.
    expect(score('lora+instructgpt')).toBe(-1)
    const keys = prefs.fit.map((x) => x.key)
    expect(keys.indexOf('lora+orpo')).toBeLessThan(keys.indexOf('lora+simpo'))
    expect(prefs.fit.find((x) => x.key === 'lora+instructgpt')!.batch).toBe(8)
    expect(prefs.fit.find((x) => x.key === 'lora+dpo')!.batch).toBe(1)
  })
})
