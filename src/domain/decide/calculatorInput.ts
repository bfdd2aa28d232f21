/**
 * The calculator's inputs checked before any arithmetic: every field out of range, not a whole
 * number or not a known name gets an issue naming the field and what it accepts, so no caller
 * (the view, the chooser, a test) ever sees NaN, Infinity, a negative size or a throw. Pure.
 */
import {
  ADAPTER_DTYPES,
  ATTENTIONS,
  BATCH_RANGE,
  GPUS_RANGE,
  LOSS_KINDS,
  METHODS,
  OPTIMIZERS,
  PRECISIONS,
  RANK_RANGE,
  SEQUENCE_RANGE,
  SHARDINGS,
  TARGET_MODULES,
} from './decideOptions.ts'
import type {
  AdapterDtype,
  Attention,
  LossKind,
  Method,
  Optimizer,
  Precision,
  Sharding,
  TargetModule,
} from './decideOptions.ts'
import type { ModelShape } from '../data/schema.ts'

/** Everything the calculator needs, as the URL states it. */
export interface CalculatorInput {
  shape: ModelShape
  method: Method
  rank: number
  targets: readonly TargetModule[]
  precision: Precision
  optimizer: Optimizer
  batch: number
  sequence: number
  checkpointing: boolean
  /** Defaults: bf16 adapters without dropout, fused attention, plain loss, one GPU, no sharding. */
  adapterDtype?: AdapterDtype
  dropout?: boolean
  attention?: Attention
  loss?: LossKind
  gpus?: number
  sharding?: Sharding
}

/** Something wrong with an input (`error`), or worth saying about it (`note`), beside its field. */
export interface FieldIssue {
  /** The input's name: `rank`, `targets`, `shape.hidden`… */
  field: string
  message: string
  kind: 'error' | 'note'
}

/** Largest model dimension accepted (any real config is far below it). */
export const SHAPE_MAX = 1_000_000

const SHAPE_FIELDS = ['layers', 'hidden', 'intermediate', 'heads', 'kvHeads', 'vocab'] as const

const show = (v: unknown) => {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v)
  const text = typeof v === 'string' ? `“${v.slice(0, 40)}”` : String(v)
  return text
}

/** An issue when `value` is not a whole number within `range`. */
export function checkWhole(
  field: string,
  label: string,
  value: unknown,
  range: { min: number; max: number },
): FieldIssue[] {
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= range.min &&
    value <= range.max
  )
    return []
  return [
    {
      field,
      message: `${label} must be a whole number from ${range.min.toLocaleString('en-US')} to ${range.max.toLocaleString('en-US')} (got ${show(value)}).`,
      kind: 'error',
    },
  ]
}

function checkChoice(
  field: string,
  label: string,
  value: unknown,
  allowed: readonly string[],
): FieldIssue[] {
  if (typeof value === 'string' && allowed.includes(value)) return []
  return [
    {
      field,
      message: `${label} must be one of ${allowed.join(', ')} (got ${show(value)}).`,
      kind: 'error',
    },
  ]
}

/** Every problem with a calculator input, all at once (an empty list when it is sound). */
export function checkCalculatorInput(input: CalculatorInput): FieldIssue[] {
  const issues: FieldIssue[] = [
    ...checkChoice('method', 'Method', input.method, METHODS),
    ...checkChoice('precision', 'Precision', input.precision, PRECISIONS),
    ...checkChoice('optimizer', 'Optimizer', input.optimizer, OPTIMIZERS),
    ...checkWhole('batch', 'Batch size', input.batch, BATCH_RANGE),
    ...checkWhole('sequence', 'Sequence length', input.sequence, SEQUENCE_RANGE),
    ...checkWhole('gpus', 'GPUs', input.gpus ?? 1, GPUS_RANGE),
    ...checkChoice('adapterDtype', 'Adapter dtype', input.adapterDtype ?? 'bf16', ADAPTER_DTYPES),
    ...checkChoice('attention', 'Attention', input.attention ?? 'fused', ATTENTIONS),
    ...checkChoice('loss', 'Loss', input.loss ?? 'standard', LOSS_KINDS),
    ...checkChoice('sharding', 'Sharding', input.sharding ?? 'none', SHARDINGS),
  ]
  if (typeof input.checkpointing !== 'boolean')
    issues.push({
      field: 'checkpointing',
      message: 'Checkpointing must be on or off.',
      kind: 'error',
    })
  if (input.method !== 'full-fine-tuning') {
    issues.push(...checkWhole('rank', 'Rank', input.rank, RANK_RANGE))
    const targets = Array.isArray(input.targets) ? (input.targets as readonly unknown[]) : []
    const unknown = targets.filter((t) => !(TARGET_MODULES as readonly unknown[]).includes(t))
    if (!targets.length || unknown.length)
      issues.push({
        field: 'targets',
        message: `Target modules must be one or more of ${TARGET_MODULES.join(', ')}${unknown.length ? ` (unknown: ${unknown.map(show).join(', ')})` : ' (none given)'}.`,
        kind: 'error',
      })
  }
  issues.push(...checkShape(input.shape as unknown as Record<string, unknown>))
  return issues
}

/** Problems with a model shape: positive whole dimensions, heads that divide evenly. */
export function checkShape(shape: Record<string, unknown> | undefined): FieldIssue[] {
  if (!shape || typeof shape !== 'object')
    return [{ field: 'shape', message: 'A model shape is needed.', kind: 'error' }]
  const range = { min: 1, max: SHAPE_MAX }
  const issues = SHAPE_FIELDS.flatMap((f) => checkWhole(`shape.${f}`, f, shape[f], range))
  if (shape.headDim !== undefined)
    issues.push(...checkWhole('shape.headDim', 'headDim', shape.headDim, range))
  for (const f of ['experts', 'activeExperts'] as const)
    if (shape[f] !== undefined) issues.push(...checkWhole(`shape.${f}`, f, shape[f], range))
  if (issues.length) return issues
  const { heads, kvHeads, hidden, headDim, experts, activeExperts } = shape as Record<
    string,
    number
  >
  if (heads! % kvHeads! !== 0 || kvHeads! > heads!)
    issues.push({
      field: 'shape.kvHeads',
      message: `Key/value heads must divide the ${heads} attention heads evenly (got ${kvHeads}).`,
      kind: 'error',
    })
  if (headDim === undefined && hidden! % heads! !== 0)
    issues.push({
      field: 'shape.heads',
      message: `Attention heads must divide the hidden size ${hidden} evenly (got ${heads}), or give the head size.`,
      kind: 'error',
    })
  if (activeExperts !== undefined && (experts === undefined || activeExperts > experts))
    issues.push({
      field: 'shape.activeExperts',
      message: `Active experts must be from 1 to the number of experts (got ${activeExperts} of ${experts ?? 'none'}).`,
      kind: 'error',
    })
  return issues
}
