import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculatorInput, llama2, MODELS } from './calculatorFixtures'
import {
  calculate,
  formatBytes,
  formatCount,
  type CalculatorInput,
} from '../../src/domain/decide/calculator'
import {
  ADAPTER_DTYPES,
  ATTENTIONS,
  LOSS_KINDS,
  METHODS,
  OPTIMIZERS,
  PRECISIONS,
  SHARDINGS,
  TARGET_MODULES,
} from '../../src/domain/decide/decideOptions'

const sound = calculatorInput({ checkpointing: true })
const issuesOf = (over: Record<string, unknown>) =>
  calculate({ ...sound, ...over } as CalculatorInput).issues

describe('calculator input that makes no sense', () => {
  it.each([
    ['rank', -8, /Rank must be a whole number from 1 to 4,096 \(got -8\)/],
    ['rank', Number.NaN, /Rank must be a whole number from 1 to 4,096 \(got NaN\)/],
    ['rank', 1e9, /Rank must be a whole number from 1 to 4,096 \(got 1000000000\)/],
    ['rank', 2.5, /Rank must be a whole number/],
    ['batch', 0, /Batch size must be a whole number from 1 to 1,024 \(got 0\)/],
    [
      'sequence',
      Number.POSITIVE_INFINITY,
      /Sequence length must be a whole number from 1 to 131,072 \(got Infinity\)/,
    ],
    ['gpus', 0, /GPUs must be a whole number from 1 to 1,024/],
    ['method', 'lorra', /Method must be one of full-fine-tuning, lora, qlora/],
    [
      'optimizer',
      'lion',
      /Optimizer must be one of adamw, adamw-bf16, adamw-8bit, adafactor, sgd \(got “lion”\)/,
    ],
    ['sharding', 'zero4', /Sharding must be one of none, zero1, zero2, zero3/],
    ['targets', ['q_proj', 'qkv'], /Target modules must be one or more of .* \(unknown: “qkv”\)/],
    ['targets', [], /Target modules must be one or more of .* \(none given\)/],
  ])('%s = %s is refused, naming the field and what it accepts', (field, value, message) => {
    const r = calculate({ ...sound, [field]: value } as CalculatorInput)
    expect(r.valid).toBe(false)
    expect(r.issues.map((i) => `${i.field}: ${i.message}`).join('\n')).toMatch(
      new RegExp(`${field}: ${message.source}`),
    )
    expect(r.totalBytes).toBe(0)
    expect(r.lines).toEqual([])
  })

  it('names every bad field at once, and checks a custom shape field by field', () => {
    const issues = issuesOf({
      rank: 0,
      batch: -1,
      shape: { ...llama2, hidden: 4096.5, kvHeads: 5, vocab: -1 },
    })
    expect(issues.map((i) => i.field)).toEqual(['batch', 'rank', 'shape.hidden', 'shape.vocab'])
    expect(issuesOf({ shape: { ...llama2, kvHeads: 5 } }).map((i) => i.message)).toEqual([
      'Key/value heads must divide the 32 attention heads evenly (got 5).',
    ])
    expect(issuesOf({ shape: { ...llama2, experts: 2, activeExperts: 3 } })[0]!.field).toBe(
      'shape.activeExperts',
    )
  })

  it('accepts a sound input with no issue but notes', () => {
    expect(issuesOf({})).toEqual([])
    expect(issuesOf({ method: 'qlora', precision: '8-bit' })).toEqual([
      expect.objectContaining({ field: 'precision', kind: 'note' }),
    ])
  })

  it('never returns NaN, Infinity, a negative size or throws, whatever it is given', () => {
    const anyNumber = fc.oneof(
      fc.integer({ min: -10, max: 200_000 }),
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e12),
    )
    const choice = (xs: readonly string[]) => fc.oneof(fc.constantFrom(...xs), fc.string())
    fc.assert(
      fc.property(
        fc.record({
          method: choice(METHODS),
          rank: anyNumber,
          targets: fc.array(choice(TARGET_MODULES), { maxLength: 8 }),
          precision: choice(PRECISIONS),
          optimizer: choice(OPTIMIZERS),
          batch: anyNumber,
          sequence: anyNumber,
          checkpointing: fc.boolean(),
          gpus: anyNumber,
          sharding: choice(SHARDINGS),
          adapterDtype: choice(ADAPTER_DTYPES),
          attention: choice(ATTENTIONS),
          loss: choice(LOSS_KINDS),
          model: fc.constantFrom(...MODELS),
          hidden: anyNumber,
          custom: fc.boolean(),
        }),
        (x) => {
          const shape = x.custom ? { ...x.model, hidden: x.hidden } : x.model
          const r = calculate({ ...x, shape } as unknown as CalculatorInput)
          const numbers = [
            r.trainable,
            r.total,
            r.percent,
            r.totalBytes,
            ...r.lines.map((l) => l.bytes),
          ]
          for (const n of numbers) {
            expect(Number.isFinite(n)).toBe(true)
            expect(n).toBeGreaterThanOrEqual(0)
          }
          if (r.valid) expect(r.totalBytes).toBeGreaterThan(0)
          else expect(r.issues.some((i) => i.kind === 'error')).toBe(true)
          for (const text of [formatBytes(r.totalBytes), formatCount(r.trainable)])
            expect(text).not.toMatch(/NaN|Infinity|-/)
        },
      ),
      { numRuns: 400 },
    )
  })
})

describe('sizes as read', () => {
  it('go up to terabytes and trillions, and say “—” for what is not a size', () => {
    expect(formatBytes(1.5 * 2 ** 40)).toBe('1.5 TB')
    expect(formatBytes(24 * 2 ** 30)).toBe('24.0 GB')
    expect(formatBytes(5 * 2 ** 20)).toBe('5 MB')
    expect(formatCount(1.2e12)).toBe('1.2 T')
    expect(formatCount(4_194_304)).toBe('4.19 M')
    expect(formatBytes(Number.NaN)).toBe('—')
    expect(formatBytes(-1)).toBe('—')
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('—')
  })
})
