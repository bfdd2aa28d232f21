/**
 * The fine-tuning calculator: exact trainable-parameter counts for full fine-tuning and the
 * LoRA family, and the memory per GPU (memory.ts) split part by part. Pure arithmetic over a
 * model's shape (read from its config.json); every formula names its source. Inputs are
 * checked first (calculatorInput.ts): a bad one gives field issues, never NaN or a throw.
 */
import type { ModelShape } from '../data/schema.ts'
import { checkCalculatorInput, type CalculatorInput, type FieldIssue } from './calculatorInput.ts'
import { memoryLines, type MemoryLine } from './memory.ts'
import { SOURCES, type FormulaSource } from './memorySources.ts'

export {
  BATCH_RANGE,
  DEFAULT_METHOD,
  DEFAULT_TARGETS,
  METHODS,
  OPTIMIZERS,
  PRECISIONS,
  RANK_RANGE,
  SEQUENCE_RANGE,
  TARGET_MODULES,
} from './decideOptions.ts'
export type { Method, Optimizer, Precision, TargetModule } from './decideOptions.ts'
import type { Method, Precision, TargetModule } from './decideOptions.ts'
export {
  formatBytes,
  formatCount,
  METHOD_LABELS,
  OPTIMIZER_LABELS,
  PRECISION_LABELS,
} from './calculatorText.ts'
export { GIB, type MemoryLine, type MemoryPart } from './memory.ts'
export type { CalculatorInput, FieldIssue } from './calculatorInput.ts'

/** Input and output width of one linear layer. */
export interface LinearShape {
  in: number
  out: number
}

/** The head width: the config's `head_dim` when it has one, else hidden ÷ heads. */
export function headDim(shape: ModelShape): number {
  return shape.headDim ?? shape.hidden / shape.heads
}

/** Input and output width of each targetable linear layer of one decoder block. */
export function moduleShapes(shape: ModelShape): Record<TargetModule, LinearShape> {
  const d = headDim(shape)
  const q = shape.heads * d
  const kv = shape.kvHeads * d
  return {
    q_proj: { in: shape.hidden, out: q },
    k_proj: { in: shape.hidden, out: kv },
    v_proj: { in: shape.hidden, out: kv },
    o_proj: { in: q, out: shape.hidden },
    gate_proj: { in: shape.hidden, out: shape.intermediate },
    up_proj: { in: shape.hidden, out: shape.intermediate },
    down_proj: { in: shape.intermediate, out: shape.hidden },
  }
}

const MLP_MODULES: ReadonlySet<TargetModule> = new Set(['gate_proj', 'up_proj', 'down_proj'])

/** Copies of a module per block: a mixture-of-experts block has one MLP per expert. */
export function moduleCopies(shape: ModelShape, module: TargetModule): number {
  return MLP_MODULES.has(module) ? (shape.experts ?? 1) : 1
}

/** Weights in the blocks' linear layers (every expert's, and the router): what quantization applies to. */
export function linearParameters(shape: ModelShape): number {
  const m = moduleShapes(shape)
  const perLayer = (Object.keys(m) as TargetModule[]).reduce(
    (s, t) => s + m[t].in * m[t].out * moduleCopies(shape, t),
    0,
  )
  const router = shape.experts ? shape.hidden * shape.experts : 0
  return shape.layers * (perLayer + router)
}

/**
 * All weights of the model: embeddings (and an untied output head), the blocks' linear layers,
 * two RMSNorm vectors per block and the final norm, plus query/key/value biases where the
 * architecture has them (Qwen2). No other biases.
 */
export function baseParameters(shape: ModelShape): number {
  const embeddings = shape.vocab * shape.hidden * (shape.tiedEmbeddings ? 1 : 2)
  const norms = shape.layers * 2 * shape.hidden + shape.hidden
  const m = moduleShapes(shape)
  const biases = shape.qkvBias ? shape.layers * (m.q_proj.out + m.k_proj.out + m.v_proj.out) : 0
  return embeddings + linearParameters(shape) + norms + biases
}

/** Trainable parameters one adapted linear layer adds, by method. */
function adapterParameters(method: Method, rank: number, m: LinearShape): number {
  switch (method) {
    case 'lora':
    case 'qlora':
      // B (out × r) and A (r × in).
      return rank * (m.in + m.out)
    case 'dora':
      // LoRA's A and B plus one magnitude per output column.
      return rank * (m.in + m.out) + m.out
    case 'lora-fa':
      // A is frozen at its random initialization; only B (out × r) trains.
      return rank * m.out
    case 'vera':
      // A and B are frozen random matrices shared across layers; the scaling vectors d (r) and b (out) train.
      return rank + m.out
    case 'full-fine-tuning':
      return 0
  }
}

/** Exact trainable parameters (what PEFT's `print_trainable_parameters()` reports). */
export function trainableParameters(
  shape: ModelShape,
  method: Method,
  rank: number,
  targets: readonly TargetModule[],
): number {
  if (method === 'full-fine-tuning') return baseParameters(shape)
  const shapes = moduleShapes(shape)
  const perLayer = [...new Set(targets)].reduce(
    (s, t) => s + adapterParameters(method, rank, shapes[t]) * moduleCopies(shape, t),
    0,
  )
  return shape.layers * perLayer
}

/** The base weights' precision a method actually runs with, and why when it differs. */
export function effectivePrecision(
  method: Method,
  asked: Precision,
): { precision: Exclude<Precision, 'auto'>; note?: string } {
  if (method === 'full-fine-tuning') {
    return asked === 'auto' || asked === '16-bit'
      ? { precision: '16-bit' }
      : {
          precision: '16-bit',
          note: 'Full fine-tuning updates every weight, so they stay in 16-bit (with a 32-bit master copy); quantized bases are for adapter methods.',
        }
  }
  if (method === 'qlora') {
    if (asked === 'auto' || asked === 'nf4-dq') return { precision: 'nf4-dq' }
    if (asked === 'nf4') return { precision: 'nf4' }
    return {
      precision: 'nf4-dq',
      note: 'QLoRA trains LoRA adapters over a 4-bit NF4 base; showing NF4 with double quantization. Choose LoRA for a 16-bit or 8-bit base.',
    }
  }
  return { precision: asked === 'auto' ? '16-bit' : asked }
}

/** Each method's trainable-parameter formula per adapted layer, in words and symbols. */
export const METHOD_FORMULAS: Record<Method, { formula: string; source: FormulaSource }> = {
  'full-fine-tuning': { formula: 'every weight of the model', source: SOURCES.anatomy },
  lora: {
    formula: 'r × (d_in + d_out) per adapted layer (A: r × d_in, B: d_out × r)',
    source: SOURCES.lora,
  },
  qlora: { formula: 'as LoRA: r × (d_in + d_out) per adapted layer', source: SOURCES.qlora },
  dora: {
    formula: 'r × (d_in + d_out) + d_out per adapted layer (LoRA plus a magnitude vector)',
    source: SOURCES.dora,
  },
  vera: {
    formula: 'r + d_out per adapted layer (scaling vectors d and b; A and B frozen, shared)',
    source: SOURCES.vera,
  },
  'lora-fa': {
    formula: 'r × d_out per adapted layer (A frozen, only B trains)',
    source: SOURCES.loraFa,
  },
}

export interface CalculatorResult {
  /** False when an input is out of range: the figures are then all zero, and `issues` say why. */
  valid: boolean
  trainable: number
  /** All parameters as PEFT counts them: the base plus any adapters. */
  total: number
  /** Trainable share of `total`, in percent. */
  percent: number
  precision: Exclude<Precision, 'auto'>
  lines: MemoryLine[]
  totalBytes: number
  issues: FieldIssue[]
}

/** The whole estimate: trainable parameters, and memory per GPU part by part with its formula. */
export function calculate(input: CalculatorInput): CalculatorResult {
  const problems = checkCalculatorInput(input)
  const { precision, note } = effectivePrecision(input.method, input.precision)
  const notes: FieldIssue[] = note ? [{ field: 'precision', message: note, kind: 'note' }] : []
  if (problems.length)
    return {
      valid: false,
      trainable: 0,
      total: 0,
      percent: 0,
      precision,
      lines: [],
      totalBytes: 0,
      issues: [...problems, ...notes],
    }
  const { shape, method } = input
  const trainable = trainableParameters(shape, method, input.rank, input.targets)
  const base = baseParameters(shape)
  const full = method === 'full-fine-tuning'
  const total = full ? base : base + trainable
  const lines = memoryLines({
    shape,
    full,
    base,
    linear: linearParameters(shape),
    trainable,
    targets: input.targets,
    precision,
    adapterDtype: input.adapterDtype ?? 'bf16',
    dropout: input.dropout ?? false,
    optimizer: input.optimizer,
    batch: input.batch,
    sequence: input.sequence,
    checkpointing: input.checkpointing,
    attention: input.attention ?? 'fused',
    loss: input.loss ?? 'standard',
    gpus: input.gpus ?? 1,
    sharding: input.sharding ?? 'none',
  })
  return {
    valid: true,
    trainable,
    total,
    percent: (100 * trainable) / total,
    precision,
    lines,
    totalBytes: lines.reduce((sum, l) => sum + l.bytes, 0),
    issues: notes,
  }
}

/** What the estimate leaves out, said plainly beside the total. */
export const LEFT_OUT = [
  'a reference, reward or value model and generation (KV cache) for preference or RL training (the chooser adds them)',
  'CPU offloading (DeepSpeed or FSDP offload moves optimizer state and weights off the GPU)',
  'packing and padding: the estimate counts batch × sequence tokens, all of them real',
] as const
