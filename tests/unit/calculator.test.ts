import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  activationBytes,
  baseParameters,
  calculate,
  effectivePrecision,
  GIB,
  TARGET_MODULES,
  trainableParameters,
  type CalculatorInput,
} from '../../src/domain/calculator'
import { modelById as findModel } from '../../src/domain/models'
import { readDataDir } from '../../src/build/readDataDir'
import { nearestModel as nearestOf } from '../../src/domain/chooser'
import type { ModelShape } from '../../src/domain/schema'
import { validateModels } from '../../src/domain/validateModels'

const MODELS = readDataDir('data', { requireSeedEntities: true }).data.models
const modelById = (id: string) => findModel(MODELS, id)
const nearestModel = (billions: number) => nearestOf(MODELS, billions)

const llama2 = modelById('meta-llama/Llama-2-7b-hf')!
const llama65 = modelById('huggyllama/llama-65b')!
const ALL = TARGET_MODULES

const input = (over: Partial<CalculatorInput>): CalculatorInput => ({
  shape: llama2,
  method: 'lora',
  rank: 8,
  targets: ['q_proj', 'v_proj'],
  precision: 'auto',
  optimizer: 'adamw',
  batch: 1,
  sequence: 512,
  checkpointing: false,
  ...over,
})

/**
 * GPT-3 175B as the GPT-3 paper describes it (Brown et al., 2020, arXiv 2005.14165, Table 2.1:
 * 96 layers, d_model 12288, 96 heads of 128; the feed-forward layer is 4 × d_model). Only the
 * attention projections matter for the LoRA counts below.
 */
const gpt3: ModelShape = {
  layers: 96,
  hidden: 12288,
  intermediate: 4 * 12288,
  heads: 96,
  kvHeads: 96,
  vocab: 50257,
  tiedEmbeddings: true,
}

describe('the bundled models', () => {
  it('are at least twelve, from about 1B to about 70B, in several families, all valid', () => {
    const raw = JSON.parse(readFileSync('data/models.json', 'utf8')) as unknown
    const { models, problems } = validateModels(raw)
    expect(problems).toEqual([])
    expect(models.length).toBeGreaterThanOrEqual(12)
    const sizes = MODELS.map((m) => baseParameters(m) / 1e9)
    expect(Math.min(...sizes)).toBeLessThan(1.5)
    expect(Math.max(...sizes)).toBeGreaterThan(65)
    expect(new Set(MODELS.map((m) => m.family))).toEqual(
      new Set(['Llama', 'Qwen', 'Mistral', 'Gemma']),
    )
    for (const m of MODELS)
      expect(m.config).toBe(`https://huggingface.co/${m.id}/blob/main/config.json`)
  })

  it('are found by their Hugging Face repo id whatever the letter case', () => {
    expect(modelById('META-LLAMA/llama-2-7b-HF')?.id).toBe('meta-llama/Llama-2-7b-hf')
    expect(modelById('meta-llama/Llama-9-7b-hf')).toBeUndefined()
  })

  it('stand in for a size by the nearest parameter count', () => {
    expect(nearestModel(13).id).toBe('meta-llama/Llama-2-13b-hf')
    expect(nearestModel(65).id).toBe('huggyllama/llama-65b')
    expect(nearestModel(1).id).toBe('meta-llama/Llama-3.2-1B')
  })
})

describe('trainable parameters', () => {
  it('are 4,194,304 for LoRA r = 8 on q_proj,v_proj of Llama-2-7B, 0.0622 % of 6,742,609,920', () => {
    // PEFT's print_trainable_parameters() for this exact setup (LoraConfig r=8,
    // target_modules=["q_proj", "v_proj"] on meta-llama/Llama-2-7b-hf), as printed in public
    // llama-recipes fine-tuning logs found with the code search (stored files 952034986 and
    // 16880948910): "trainable params: 4,194,304 || all params: 6,742,609,920 ||
    // trainable%: 0.06220594176090199".
    const r = calculate(input({}))
    expect(r.trainable).toBe(4_194_304)
    expect(r.total).toBe(6_742_609_920)
    expect(r.percent).toBeCloseTo(0.06220594176090199, 12)
  })

  it('match the LoRA paper’s 18M budget on GPT-3 175B, however it is split', () => {
    // Hu et al., 2021 (https://arxiv.org/abs/2106.09685), §7.1 and Table 5: "a parameter budget
    // of 18M … on GPT-3 175B, which corresponds to r = 8 if we adapt one type of attention
    // weights or r = 4 if we adapt two types, for all 96 layers" (r = 2 for all four).
    const one = trainableParameters(gpt3, 'lora', 8, ['q_proj'])
    const two = trainableParameters(gpt3, 'lora', 4, ['q_proj', 'v_proj'])
    const four = trainableParameters(gpt3, 'lora', 2, ['q_proj', 'k_proj', 'v_proj', 'o_proj'])
    expect(one).toBe(18_874_368)
    expect(two).toBe(one)
    expect(four).toBe(one)
    expect(Math.round(one / 1e6)).toBe(19)
    expect(Math.floor(one / 1e6)).toBe(18)
  })

  it('are the whole model for full fine-tuning', () => {
    const r = calculate(input({ method: 'full-fine-tuning' }))
    expect(r.trainable).toBe(6_738_415_616)
    expect(r.percent).toBe(100)
  })

  it('follow each LoRA-family method’s own formula', () => {
    // q_proj and v_proj of Llama-2-7B are both 4096 → 4096, over 32 layers.
    const layers = 32
    const q = { in: 4096, out: 4096 }
    const perModule = {
      lora: 8 * (q.in + q.out),
      dora: 8 * (q.in + q.out) + q.out, // DoRA adds a magnitude per output column
      'lora-fa': 8 * q.out, // LoRA-FA trains only B
      vera: 8 + q.out, // VeRA trains the two scaling vectors
    }
    for (const [method, n] of Object.entries(perModule))
      expect(trainableParameters(llama2, method as 'lora', 8, ['q_proj', 'v_proj'])).toBe(
        layers * 2 * n,
      )
  })

  it('reach every linear layer with all-linear, counting grouped key/value heads narrower', () => {
    // QLoRA r = 64 on all linear layers of a 7B: the count practitioners see for Llama-2-7B.
    expect(trainableParameters(llama2, 'qlora', 64, ALL)).toBe(159_907_840)
    const mistral = modelById('mistralai/Mistral-7B-v0.1')!
    // k_proj and v_proj map 4096 → 8 heads × 128 = 1024.
    expect(trainableParameters(mistral, 'lora', 8, ['k_proj'])).toBe(32 * 8 * (4096 + 1024))
  })

  it('count a repeated module once', () => {
    expect(trainableParameters(llama2, 'lora', 8, ['q_proj', 'q_proj'])).toBe(
      trainableParameters(llama2, 'lora', 8, ['q_proj']),
    )
  })

  it('count Qwen’s query, key and value biases in the whole model', () => {
    const qwen = modelById('Qwen/Qwen2.5-7B')!
    expect(qwen.qkvBias).toBe(true)
    // 28 layers × (3584 query + 2 × 512 key/value outputs)
    expect(baseParameters(qwen) - baseParameters({ ...qwen, qkvBias: false })).toBe(
      28 * (3584 + 512 + 512),
    )
    expect(baseParameters(qwen)).toBe(7_615_616_512)
  })

  it('count tied embeddings once', () => {
    const tied = modelById('meta-llama/Llama-3.2-1B')!
    expect(baseParameters(tied)).toBe(1_235_814_400)
    expect(baseParameters({ ...tied, tiedEmbeddings: false })).toBe(1_235_814_400 + 128256 * 2048)
  })
})

describe('the memory estimate', () => {
  it('lets QLoRA fine-tune a 65B model within one 48 GB GPU, where 16-bit LoRA cannot', () => {
    // Dettmers et al., 2023 (https://arxiv.org/abs/2305.14314), abstract: QLoRA "reduces memory
    // usage enough to finetune a 65B parameter model on a single 48GB GPU". Our settings: LLaMA
    // 65B, r = 64 on all linear layers, AdamW, one 512-token sequence, gradient checkpointing.
    const settings = { shape: llama65, rank: 64, targets: ALL, sequence: 512, checkpointing: true }
    const qlora = calculate(input({ ...settings, method: 'qlora' }))
    expect(qlora.totalBytes / GIB).toBeLessThan(48)
    expect(qlora.totalBytes / GIB).toBeGreaterThan(40)
    const lora16 = calculate(input({ ...settings, method: 'lora' }))
    expect(lora16.totalBytes / GIB).toBeGreaterThan(120)
  })

  it('adds up its parts into the total', () => {
    const r = calculate(input({ method: 'qlora', rank: 64, targets: ALL }))
    expect(r.lines.map((l) => l.part)).toEqual([
      'weights',
      'adapters',
      'gradients',
      'optimizer',
      'activations',
    ])
    expect(r.totalBytes).toBe(r.lines.reduce((s, l) => s + l.bytes, 0))
    for (const l of r.lines) expect(l.source.url).toMatch(/^https:\/\//)
  })

  it('stores NF4 weights at 4.5 bits and double-quantized ones at about 4.127 bits', () => {
    // QLoRA §3, Double Quantization: constants cost 32/64 = 0.5 bit per parameter, and
    // 8/64 + 32/(64·256) = 0.127 bit once quantized themselves.
    const nf4 = calculate(input({ method: 'qlora', precision: 'nf4' })).lines[0]!.bytes
    const dq = calculate(input({ method: 'qlora', precision: 'nf4-dq' })).lines[0]!.bytes
    const sixteen = calculate(input({ method: 'lora' })).lines[0]!.bytes
    const linear = 32 * (4 * 4096 * 4096 + 3 * 4096 * 11008)
    expect(sixteen - nf4).toBeCloseTo(linear * (2 - 4.5 / 8), 0)
    expect(nf4 - dq).toBeCloseTo(linear * ((0.5 - (8 / 64 + 32 / (64 * 256))) / 8), 0)
  })

  it('charges full fine-tuning 6 bytes of weights, 4 of gradients and 8 of AdamW state per weight', () => {
    const r = calculate(input({ method: 'full-fine-tuning' }))
    const bytes = Object.fromEntries(r.lines.map((l) => [l.part, l.bytes]))
    expect(bytes.weights).toBe(6 * 6_738_415_616)
    expect(bytes.adapters).toBe(0)
    expect(bytes.gradients).toBe(4 * 6_738_415_616)
    expect(bytes.optimizer).toBe(8 * 6_738_415_616)
  })

  it('shrinks optimizer state with 8-bit AdamW and SGD', () => {
    const opt = (optimizer: CalculatorInput['optimizer']) =>
      calculate(input({ optimizer })).lines.find((l) => l.part === 'optimizer')!.bytes
    expect(opt('adamw')).toBe(8 * 4_194_304)
    expect(opt('adamw-8bit')).toBe(2 * 4_194_304)
    expect(opt('sgd')).toBe(4 * 4_194_304)
  })

  it('keeps far fewer activations with gradient checkpointing, and grows them with batch and length', () => {
    const plain = activationBytes(llama2, 1, 512, false)
    // 512 × 4096 × 32 × (34 + 5 × 32 × 512 / 4096)
    expect(plain).toBe(512 * 4096 * 32 * 54)
    expect(activationBytes(llama2, 1, 512, true)).toBe(2 * 512 * 4096 * 32)
    expect(activationBytes(llama2, 4, 512, false)).toBe(4 * plain)
    expect(activationBytes(llama2, 1, 1024, false)).toBeGreaterThan(2 * plain)
  })
})

describe('precision', () => {
  it('is 16-bit for full fine-tuning whatever was asked, with a reason', () => {
    expect(effectivePrecision('full-fine-tuning', 'nf4')).toMatchObject({ precision: '16-bit' })
    expect(effectivePrecision('full-fine-tuning', 'nf4').note).toMatch(/16-bit/)
    expect(effectivePrecision('full-fine-tuning', 'auto').note).toBeUndefined()
  })

  it('is 4-bit NF4 for QLoRA, with double quantization unless plain NF4 was asked', () => {
    expect(effectivePrecision('qlora', 'auto')).toEqual({ precision: 'nf4-dq' })
    expect(effectivePrecision('qlora', 'nf4')).toEqual({ precision: 'nf4' })
    expect(effectivePrecision('qlora', '16-bit').note).toMatch(/4-bit/)
    expect(calculate(input({ method: 'qlora', precision: '8-bit' })).issues).toHaveLength(1)
  })

  it('stores an 8-bit base at one byte per linear weight, citing LLM.int8()', () => {
    const weights = calculate(input({ precision: '8-bit' })).lines[0]!
    const linear = 32 * (4 * 4096 * 4096 + 3 * 4096 * 11008)
    expect(weights.bytes).toBe(linear + 2 * (6_738_415_616 - linear))
    expect(weights.source.url).toBe('https://arxiv.org/abs/2208.07339')
  })

  it('is what was asked for other adapter methods', () => {
    expect(effectivePrecision('lora', '8-bit')).toEqual({ precision: '8-bit' })
    expect(effectivePrecision('dora', 'auto')).toEqual({ precision: '16-bit' })
  })
})
