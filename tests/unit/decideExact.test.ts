import { describe, expect, it } from 'vitest'
import { blockTokenBytes, eagerScoreBytes } from '../../src/domain/decide/activations'
import { calculate, type CalculatorInput } from '../../src/domain/decide/calculator'
import {
  dataAdvice,
  generalAdvice,
  goalReason,
  quality,
} from '../../src/domain/decide/chooserAdvice'
import { kvCacheBytesPerToken, recipeMemory } from '../../src/domain/decide/chooserMemory'
import { calculatorInput as input, llama2, model } from './calculatorFixtures'

const llama3 = model('meta-llama/Meta-Llama-3-8B')
const lines = (over: Partial<CalculatorInput>) =>
  Object.fromEntries(calculate(input(over)).lines.map((l) => [l.part, l]))

describe('activations per token, exactly', () => {
  // Llama 3 8B: hidden 4096, 32 query heads and 8 key/value heads of 128, MLP 14336.
  const [h, q, kv, i] = [4096, 4096, 1024, 14336]
  const always = 8 * h + 4 * q + 4 * kv + 6 * i

  it('keeps what every block keeps, plus the inputs of what trains', () => {
    expect(blockTokenBytes(llama3, { full: false, targets: [] })).toBe(always)
    expect(blockTokenBytes(llama3, { full: false, targets: ['k_proj'] })).toBe(always + 2 * h)
    expect(blockTokenBytes(llama3, { full: false, targets: ['o_proj'] })).toBe(always + 2 * q)
    expect(blockTokenBytes(llama3, { full: false, targets: ['up_proj'] })).toBe(always + 2 * h)
    expect(blockTokenBytes(llama3, { full: false, targets: ['down_proj'] })).toBe(always + 2 * i)
    expect(blockTokenBytes(llama3, { full: false, targets: [], quantized: true })).toBe(
      always + 4 * h + 2 * q + 2 * i,
    )
    expect(blockTokenBytes(llama3, { full: true, targets: [] })).toBe(
      always + 8 * h + 2 * q + 2 * i,
    )
    expect(
      blockTokenBytes(llama3, { full: false, targets: ['o_proj', 'down_proj'], dropout: true }),
    ).toBe(always + 2 * (q + i) + 3 * (q + i))
  })

  it('uses the stated head size where it differs from hidden ÷ heads', () => {
    const gemma = model('google/gemma-2b')
    // 8 heads of 256 (2048 wide), 1 key/value head.
    expect(blockTokenBytes(gemma, { full: false, targets: [] })).toBe(
      8 * 2048 + 4 * 2048 + 4 * 256 + 6 * 16384,
    )
    expect(eagerScoreBytes(gemma, 100)).toBe(5 * 8 * 100)
  })
})

describe('the memory lines, exactly', () => {
  it('words and sources each part of a LoRA estimate', () => {
    const l = lines({ checkpointing: true, adapterDtype: 'fp32', dropout: true })
    expect(l.weights!.formula).toBe('2 bytes × every frozen weight')
    expect(l.adapters!.formula).toBe('4 bytes × trainable parameters (adapters in fp32)')
    expect(l.adapters!.bytes).toBe(4 * 4_194_304)
    expect(l.optimizer!.bytes).toBe(8 * 4_194_304)
    expect(l.optimizer!.formula).toBe(
      '8 bytes × trainable parameters (momentum and variance in the adapters’ dtype)',
    )
    expect(l.activations!.bytes).toBe(
      512 *
        (2 * 4096 * 32 +
          blockTokenBytes(llama2, { full: false, targets: ['q_proj', 'v_proj'], dropout: true })),
    )
    expect(l.activations!.formula).toMatch(/^tokens × \(2 × hidden × layers/)
    expect(l.activations!.source.label).toMatch(/Chen et al\., 2016/)
    expect(l.logits!.formula).toBe(
      'tokens × vocabulary × 14 bytes (bf16 logits, their fp32 copy, log-softmax and gradient)',
    )
    expect(l.runtime!.formula).toMatch(/^0\.5 GB of CUDA context and workspaces \+ 6 % of the rest/)
  })

  it('words the optimizers over adapters', () => {
    expect(lines({ optimizer: 'sgd' }).optimizer!.bytes).toBe(2 * 4_194_304)
    expect(lines({ optimizer: 'sgd' }).optimizer!.formula).toMatch(
      /\(momentum in the adapters’ dtype\)/,
    )
    expect(lines({ optimizer: 'adamw-8bit' }).optimizer!.bytes).toBe(2 * 4_194_304)
    expect(lines({ optimizer: 'adafactor' }).optimizer!.bytes).toBe(0)
    expect(lines({ optimizer: 'adafactor' }).optimizer!.formula).toMatch(/factored second moment/)
    expect(lines({ optimizer: 'adamw-8bit' }).optimizer!.source.label).toMatch(/8-bit Optimizers/)
  })

  it('words full fine-tuning’s parts and their sharding', () => {
    const l = lines({ method: 'full-fine-tuning', gpus: 4, sharding: 'zero2', checkpointing: true })
    expect(l.weights!.formula).toBe('2 bytes × every weight')
    expect(l.gradients!.formula).toMatch(/^2 bytes × every weight, ÷ 4 GPUs \(zero2\), less/)
    expect(l.optimizer!.formula).toBe(
      'fp32 master weights, momentum and variance (12 bytes × parameter), ÷ 4 GPUs (zero2)',
    )
    expect(l.optimizer!.source.label).toMatch(/^ZeRO/)
    expect(l.adapters).toBeUndefined()
    const adafactor = lines({ method: 'full-fine-tuning', optimizer: 'adafactor' })
    expect(adafactor.optimizer!.bytes).toBeCloseTo((4 / 64) * 6_738_415_616, -2)
  })

  it('names the kernel and the loss it counts', () => {
    expect(lines({}).activations!.formula).toMatch(/fused attention: no scores kept/)
    expect(lines({}).activations!.source.label).toMatch(/FlashAttention/)
    expect(lines({ attention: 'eager' }).activations!.formula).toMatch(
      /eager attention: its scores too/,
    )
    expect(lines({ attention: 'eager' }).activations!.source.label).toMatch(/Korthikanti/)
    expect(lines({ attention: 'eager', checkpointing: true }).activations!.formula).toMatch(
      /with its attention scores/,
    )
    expect(lines({ loss: 'chunked' }).logits!.formula).toBe(
      'tokens × vocabulary, one chunk at a time (fused cross-entropy)',
    )
    expect(lines({ loss: 'chunked' }).logits!.source.label).toMatch(/Liger/)
    expect(lines({ precision: '8-bit' }).weights!.formula).toMatch(
      /^8 bits × the blocks’ linear weights \+ 4 bytes/,
    )
    expect(lines({ method: 'qlora' }).weights!.source.label).toMatch(/^QLoRA/)
  })
})

describe('what the chooser adds and how it weighs, exactly', () => {
  it('counts a key/value cache of 2 × 2 bytes per layer, key/value head and head dimension', () => {
    expect(kvCacheBytesPerToken(llama3)).toBe(2 * 2 * 32 * 8 * 128)
    expect(kvCacheBytesPerToken(model('google/gemma-2b'))).toBe(2 * 2 * 18 * 1 * 256)
  })

  const decision = (over: object) => ({
    role: 'objective' as const,
    data: 'preferences' as const,
    referenceModel: false,
    rewardModel: false,
    valueModel: false,
    onlineSampling: false,
    goals: [],
    evidence: 'x',
    ...over,
  })

  it('doubles activations for pairs, and adds a reference copy only for a full model', () => {
    const pair = recipeMemory(
      llama2,
      'lora',
      decision({ referenceModel: true }),
      'dpo',
      'preferences',
    )
    expect(pair.reasons.map((r) => r.effect)).toEqual(['neutral', 'minus'])
    expect(pair.reasons[0]!.text).toMatch(/^Runs the chosen and the rejected response of each pair/)
    expect(pair.reasons[1]!.text).toMatch(/no extra copy, but one extra forward pass per step/)
    const full = recipeMemory(
      llama2,
      'full-fine-tuning',
      decision({ referenceModel: true }),
      'dpo',
      'preferences',
    )
    expect(full.bytes - pair.bytes).toBeGreaterThan(2 * 6_738_415_616)
    expect(full.reasons[1]!.text).toMatch(/^Keeps a frozen reference model: a second 16-bit copy/)
    const plain = recipeMemory(
      llama2,
      'lora',
      decision({ data: 'demonstrations', role: 'parameterization' }),
      undefined,
      'demonstrations',
    )
    expect(plain.reasons).toEqual([])
    expect(pair.bytes).toBeGreaterThan(plain.bytes)
  })

  it('charges a learned reward model and a critic, not a verifier', () => {
    const rm = recipeMemory(
      llama2,
      'lora',
      decision({ rewardModel: true, valueModel: true }),
      'x',
      'preferences',
    )
    expect(rm.reasons.map((r) => r.from)).toEqual([
      'techniques.json › x › decision.data',
      'techniques.json › x › decision.rewardModel',
      'techniques.json › x › decision.valueModel',
    ])
    const verifier = recipeMemory(
      llama2,
      'lora',
      decision({ data: 'rewards', rewardModel: true }),
      'x',
      'rewards',
    )
    expect(verifier.reasons.map((r) => r.effect)).toEqual(['neutral'])
    expect(rm.bytes - verifier.bytes).toBeGreaterThan(2 * 6_738_415_616)
  })

  it('ranks full fine-tuning, LoRA, DoRA and QLoRA by size, and the data by its amount', () => {
    expect(quality('full-fine-tuning', 3).score).toBe(1.5)
    expect(quality('full-fine-tuning', 3.1).score).toBe(0.25)
    expect(quality('lora', 7)).toEqual({ score: 1, text: expect.stringMatching(/^16-bit LoRA/) })
    expect(quality('dora', 7).score).toBe(0.75)
    expect(quality('qlora', 7).score).toBe(0.5)
    expect(quality('qlora', 7).text).toMatch(/^QLoRA: a 4-bit base/)
    expect(dataAdvice('lora', undefined)).toBeUndefined()
    expect(dataAdvice('full-fine-tuning', 999)?.score).toBe(-1)
    expect(dataAdvice('full-fine-tuning', 1000)).toBeUndefined()
    expect(dataAdvice('lora', 999)).toEqual({
      score: 0,
      text: '999 examples: a small adapter, trained for few epochs, overfits least.',
    })
    expect(dataAdvice('full-fine-tuning', 1_000_000)?.score).toBe(0.5)
    expect(dataAdvice('lora', 1_000_000)).toBeUndefined()
    expect(generalAdvice({ examples: 99, data: 'demonstrations' })[0]).toMatch(
      /^With 99 examples, try prompting/,
    )
    expect(generalAdvice({ examples: 100, data: 'demonstrations' })[0]).toMatch(
      /^With 100 examples, prompting or retrieval may already do/,
    )
    expect(generalAdvice({ examples: 999_999, data: 'demonstrations' })).toEqual([])
    expect(generalAdvice({ data: 'none' })).toEqual([
      'Without training data, merging models already fine-tuned from the same base is the option.',
    ])
  })

  it('says how a recipe meets the goal', () => {
    const d = decision({ goals: ['preferences'] })
    expect(goalReason('preferences', 'dpo', 'lora', d, true)).toEqual({
      score: 2,
      reason: {
        text: 'Its paper evaluates it for “align to preferences”.',
        from: 'techniques.json › dpo › decision.goals',
        effect: 'plus',
      },
    })
    expect(goalReason('reasoning', 'dpo', 'lora', d, true).reason.effect).toBe('minus')
    expect(goalReason('many-adapters', 'dpo', 'lora', d, true).score).toBe(2)
    expect(goalReason('many-adapters', 'dpo', 'full-fine-tuning', d, true).score).toBe(0)
    expect(goalReason('many-adapters', 'dpo', 'lora', d, false).score).toBe(0)
    expect(goalReason('many-adapters', 'ties', undefined, d, false).reason.from).toBe(
      'techniques.json › ties › decision.role',
    )
    expect(
      goalReason('instructions', 'lora', 'lora', decision({ goals: [] }), true).reason.text,
    ).toBe('Trains whatever your data teaches; its paper evaluated it for no particular goal.')
  })
})
