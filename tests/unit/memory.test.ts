import { describe, expect, it } from 'vitest'
import { calculate, TARGET_MODULES, type CalculatorInput } from '../../src/domain/decide/calculator'
import { blockTokenBytes } from '../../src/domain/decide/activations'
import { calculatorInput as input, llama2, model } from './calculatorFixtures'

const part = (over: Partial<CalculatorInput>, name: string) =>
  calculate(input(over)).lines.find((l) => l.part === name)!.bytes
const WEIGHTS = 6_738_415_616
const LINEAR = 32 * (4 * 4096 * 4096 + 3 * 4096 * 11008)

describe('the memory estimate, part by part', () => {
  it('adds its parts, each with a formula and a source, into the total', () => {
    const r = calculate(input({ method: 'qlora', rank: 64, targets: TARGET_MODULES }))
    expect(r.lines.map((l) => l.part)).toEqual([
      'weights',
      'adapters',
      'gradients',
      'optimizer',
      'activations',
      'logits',
      'runtime',
    ])
    expect(r.totalBytes).toBe(r.lines.reduce((s, l) => s + l.bytes, 0))
    for (const l of r.lines) expect(l.source.url).toMatch(/^https:\/\//)
  })

  it('stores NF4 weights at 4.5 bits and double-quantized ones at about 4.127 bits', () => {
    const nf4 = part({ method: 'qlora', precision: 'nf4' }, 'weights')
    const dq = part({ method: 'qlora', precision: 'nf4-dq' }, 'weights')
    expect(nf4 - dq).toBeCloseTo(LINEAR * ((0.5 - (8 / 64 + 32 / (64 * 256))) / 8), 0)
    // The rest of the model is cast to fp32 for k-bit training.
    expect(nf4).toBeCloseTo((LINEAR * 4.5) / 8 + 4 * (WEIGHTS - LINEAR), 0)
    expect(part({}, 'weights')).toBe(2 * WEIGHTS)
  })

  it('charges full fine-tuning by its optimizer: 16, 8 or 6 bytes a weight', () => {
    const full = (optimizer: CalculatorInput['optimizer']) => {
      const r = calculate(input({ method: 'full-fine-tuning', optimizer, checkpointing: true }))
      const by = Object.fromEntries(r.lines.map((l) => [l.part, l.bytes]))
      return by.weights! + by.optimizer! + by.gradients! + by.activations! + by.logits!
    }
    const act = (optimizer: CalculatorInput['optimizer']) =>
      part({ method: 'full-fine-tuning', optimizer, checkpointing: true }, 'activations') +
      part({ method: 'full-fine-tuning', optimizer, checkpointing: true }, 'logits')
    // With checkpointing the gradients outweigh the activations: weights + state + gradients.
    expect(full('adamw')).toBeCloseTo(16 * WEIGHTS, -3)
    expect(full('adamw-bf16')).toBeCloseTo(8 * WEIGHTS, -3)
    expect(full('adamw-8bit')).toBeCloseTo(6 * WEIGHTS, -3)
    expect(act('adamw')).toBeLessThan(2 * WEIGHTS)
  })

  it('divides optimizer state, then gradients, then weights across GPUs by ZeRO stage', () => {
    const full = { method: 'full-fine-tuning' as const, gpus: 8, checkpointing: true }
    expect(part({ ...full, sharding: 'zero1' }, 'optimizer')).toBeCloseTo((12 * WEIGHTS) / 8, 0)
    expect(part({ ...full, sharding: 'zero1' }, 'weights')).toBe(2 * WEIGHTS)
    expect(part({ ...full, sharding: 'zero3' }, 'weights')).toBeCloseTo((2 * WEIGHTS) / 8, 0)
    expect(part({ ...full, sharding: 'none' }, 'optimizer')).toBe(12 * WEIGHTS)
  })

  it('keeps far fewer activations with checkpointing; eager attention adds the score matrix', () => {
    const plain = part({ sequence: 2048 }, 'activations')
    expect(part({ sequence: 2048, checkpointing: true }, 'activations')).toBeLessThan(plain / 5)
    expect(part({ sequence: 2048, batch: 4 }, 'activations')).toBe(4 * plain)
    const eager = part({ sequence: 2048, attention: 'eager' }, 'activations')
    // 5 bytes per head per token pair, every block.
    expect(eager - plain).toBe(2048 * 32 * 5 * 32 * 2048)
  })

  it('counts logits by vocabulary, an eighth of them with a chunked loss', () => {
    const llama3 = model('meta-llama/Meta-Llama-3-8B')
    const plain = part({ shape: llama3 }, 'logits')
    expect(plain).toBe(512 * 128_256 * 14)
    expect(part({ shape: llama3, loss: 'chunked' }, 'logits')).toBe(plain / 8)
  })

  it('keeps a linear layer’s input only where it trains, and all of them over a quantized base', () => {
    const shape = llama2
    const qv = blockTokenBytes(shape, { full: false, targets: ['q_proj', 'v_proj'] })
    const mlp = blockTokenBytes(shape, { full: false, targets: ['gate_proj', 'down_proj'] })
    const all = blockTokenBytes(shape, { full: false, targets: TARGET_MODULES, quantized: true })
    const full = blockTokenBytes(shape, { full: true, targets: [] })
    expect(mlp - qv).toBe(2 * 11008)
    expect(all).toBeGreaterThan(mlp)
    // Full fine-tuning also keeps the norms' outputs for their weights.
    expect(full - all).toBe(4 * 4096)
    expect(
      blockTokenBytes(shape, { full: false, targets: ['q_proj'], dropout: true }) -
        blockTokenBytes(shape, { full: false, targets: ['q_proj'] }),
    ).toBe(3 * 4096)
  })

  it('holds the larger of activations and gradients, not both', () => {
    const r = calculate(input({ method: 'full-fine-tuning', sequence: 8192 }))
    const by = Object.fromEntries(r.lines.map((l) => [l.part, l.bytes]))
    expect(by.activations! + by.logits!).toBeGreaterThan(2 * WEIGHTS)
    expect(by.gradients).toBe(0)
  })

  it('keeps every expert of a mixture in memory but runs only the active ones per token', () => {
    const mixtral = model('mistralai/Mixtral-8x7B-v0.1')
    const dense = { ...mixtral, experts: undefined, activeExperts: undefined }
    expect(part({ shape: mixtral }, 'weights')).toBeGreaterThan(
      5 * part({ shape: dense }, 'weights'),
    )
    const tokenBlock = (s: typeof mixtral) => blockTokenBytes(s, { full: false, targets: [] })
    expect(tokenBlock(mixtral) - tokenBlock(dense)).toBe(6 * 14336)
  })

  it('adds half a GB of CUDA context and 6 % of the rest for the caching allocator', () => {
    const r = calculate(input({}))
    const rest = r.lines.filter((l) => l.part !== 'runtime').reduce((s, l) => s + l.bytes, 0)
    expect(r.lines.at(-1)!.bytes).toBeCloseTo(0.5 * 2 ** 30 + 0.06 * rest, 3)
  })
})
