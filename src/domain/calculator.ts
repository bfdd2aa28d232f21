/**
 * The fine-tuning calculator: exact trainable-parameter counts for full fine-tuning and the
 * LoRA family, and a memory estimate split into weights, adapters, gradients, optimizer state
 * and activations. Pure arithmetic over a model's shape (read from its config.json); every
 * formula names its source in `FORMULAS`.
 */
import type { ModelShape } from './schema.ts'

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
import type { Method, Optimizer, Precision, TargetModule } from './decideOptions.ts'

export const METHOD_LABELS: Record<Method, string> = {
  'full-fine-tuning': 'Full fine-tuning',
  lora: 'LoRA',
  qlora: 'QLoRA',
  dora: 'DoRA',
  vera: 'VeRA',
  'lora-fa': 'LoRA-FA',
}

export const PRECISION_LABELS: Record<Precision, string> = {
  auto: 'Usual for the method (16-bit; NF4 + DQ for QLoRA)',
  '16-bit': '16-bit (bf16/fp16)',
  '8-bit': '8-bit (LLM.int8)',
  nf4: '4-bit NF4',
  'nf4-dq': '4-bit NF4 + double quantization',
}

export const OPTIMIZER_LABELS: Record<Optimizer, string> = {
  adamw: 'AdamW',
  'adamw-8bit': '8-bit AdamW',
  sgd: 'SGD with momentum',
}

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
}

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

/** Weights in the blocks' linear layers: what quantization applies to. */
export function linearParameters(shape: ModelShape): number {
  const perLayer = Object.values(moduleShapes(shape)).reduce((s, m) => s + m.in * m.out, 0)
  return shape.layers * perLayer
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
    (s, t) => s + adapterParameters(method, rank, shapes[t]),
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

/**
 * Bits per base weight. NF4 stores one 32-bit constant per block of 64 weights (+0.5 bit);
 * double quantization stores those constants in 8 bits with one 32-bit constant per 256 of
 * them: 8/64 + 32/(64·256) ≈ 0.127 bit (QLoRA, §3 "Double Quantization").
 */
export const BITS_PER_WEIGHT: Record<Exclude<Precision, 'auto'>, number> = {
  '16-bit': 16,
  '8-bit': 8,
  nf4: 4 + 32 / 64,
  'nf4-dq': 4 + 8 / 64 + 32 / (64 * 256),
}

/** Optimizer state bytes per trainable parameter. */
export const OPTIMIZER_BYTES: Record<Optimizer, number> = {
  // Two fp32 states (momentum and variance).
  adamw: 8,
  // The same two states quantized to 8 bits by bitsandbytes.
  'adamw-8bit': 2,
  // One fp32 momentum state.
  sgd: 4,
}

export const MEMORY_PARTS = [
  'weights',
  'adapters',
  'gradients',
  'optimizer',
  'activations',
] as const
export type MemoryPart = (typeof MEMORY_PARTS)[number]

/** A source a formula is read from. */
export interface FormulaSource {
  label: string
  url: string
}

const LORA_PAPER = {
  label: 'LoRA (Hu et al., 2021), §4.1',
  url: 'https://arxiv.org/abs/2106.09685',
}
const QLORA_PAPER = {
  label: 'QLoRA (Dettmers et al., 2023), §3',
  url: 'https://arxiv.org/abs/2305.14314',
}
const DORA_PAPER = {
  label: 'DoRA (Liu et al., 2024)',
  url: 'https://arxiv.org/abs/2402.09353',
}
const VERA_PAPER = {
  label: 'VeRA (Kopiczko et al., 2023)',
  url: 'https://arxiv.org/abs/2310.11454',
}
const LORA_FA_PAPER = {
  label: 'LoRA-FA (Zhang et al., 2023)',
  url: 'https://arxiv.org/abs/2308.03303',
}
const ANATOMY = {
  label: 'Hugging Face Transformers, “GPU memory usage” (model training anatomy)',
  url: 'https://huggingface.co/docs/transformers/model_memory_anatomy',
}
const LLM_INT8 = {
  label: 'LLM.int8() (Dettmers et al., 2022)',
  url: 'https://arxiv.org/abs/2208.07339',
}
const ACTIVATIONS = {
  label:
    'Korthikanti et al., 2022, “Reducing Activation Recomputation in Large Transformer Models”, §4',
  url: 'https://arxiv.org/abs/2205.05198',
}

/** Each method's trainable-parameter formula per adapted layer, in words and symbols. */
export const METHOD_FORMULAS: Record<Method, { formula: string; source: FormulaSource }> = {
  'full-fine-tuning': { formula: 'every weight of the model', source: ANATOMY },
  lora: {
    formula: 'r × (d_in + d_out) per adapted layer (A: r × d_in, B: d_out × r)',
    source: LORA_PAPER,
  },
  qlora: { formula: 'as LoRA: r × (d_in + d_out) per adapted layer', source: QLORA_PAPER },
  dora: {
    formula: 'r × (d_in + d_out) + d_out per adapted layer (LoRA plus a magnitude vector)',
    source: DORA_PAPER,
  },
  vera: {
    formula: 'r + d_out per adapted layer (scaling vectors d and b; A and B frozen, shared)',
    source: VERA_PAPER,
  },
  'lora-fa': {
    formula: 'r × d_out per adapted layer (A frozen, only B trains)',
    source: LORA_FA_PAPER,
  },
}

/** One row of the memory breakdown. */
export interface MemoryLine {
  part: MemoryPart
  bytes: number
  formula: string
  source: FormulaSource
}

/** Something wrong with an input, said beside the field it concerns. */
export interface FieldIssue {
  field: 'rank' | 'targets' | 'precision' | 'batch' | 'sequence'
  message: string
}

export interface CalculatorResult {
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

/** Bytes in a GiB: GPU memory is sold in these (a “24 GB” card holds 24 × 2³⁰ bytes). */
export const GIB = 2 ** 30

/** Activation bytes for one training step (see `ACTIVATIONS`). */
export function activationBytes(
  shape: ModelShape,
  batch: number,
  sequence: number,
  checkpointing: boolean,
): number {
  const { hidden: h, heads: a, layers: L } = shape
  const sbh = sequence * batch * h
  // Full recomputation keeps only each block's 16-bit input.
  if (checkpointing) return 2 * sbh * L
  return sbh * L * (34 + (5 * a * sequence) / h)
}

/** The whole estimate: trainable parameters, and memory part by part with its formula. */
export function calculate(input: CalculatorInput): CalculatorResult {
  const { shape, method, optimizer, batch, sequence, checkpointing } = input
  const { precision, note } = effectivePrecision(method, input.precision)
  const issues: FieldIssue[] = note ? [{ field: 'precision', message: note }] : []
  const trainable = trainableParameters(shape, method, input.rank, input.targets)
  const base = baseParameters(shape)
  const full = method === 'full-fine-tuning'
  const total = full ? base : base + trainable

  const linear = linearParameters(shape)
  const bits = BITS_PER_WEIGHT[precision]
  const lines: MemoryLine[] = [
    full
      ? {
          part: 'weights',
          bytes: 6 * base,
          formula: '6 bytes × every weight (a 16-bit copy for the passes, a 32-bit master copy)',
          source: ANATOMY,
        }
      : {
          part: 'weights',
          bytes: (linear * bits) / 8 + (base - linear) * 2,
          formula:
            precision === '16-bit'
              ? '2 bytes × every frozen weight'
              : `${round(bits, 3)} bits × the blocks’ linear weights + 2 bytes × embeddings, head and norms (kept in 16-bit)`,
          source: precision === '16-bit' ? ANATOMY : precision === '8-bit' ? LLM_INT8 : QLORA_PAPER,
        },
    {
      part: 'adapters',
      bytes: full ? 0 : 4 * trainable,
      formula: full
        ? 'none: the weights themselves train'
        : '4 bytes × trainable parameters (adapters kept in 32-bit)',
      source: full ? ANATOMY : METHOD_FORMULAS[method].source,
    },
    {
      part: 'gradients',
      bytes: 4 * trainable,
      formula: '4 bytes × trainable parameters',
      source: ANATOMY,
    },
    {
      part: 'optimizer',
      bytes: OPTIMIZER_BYTES[optimizer] * trainable,
      formula: `${OPTIMIZER_BYTES[optimizer]} bytes × trainable parameters (${OPTIMIZER_LABELS[optimizer]})`,
      source: ANATOMY,
    },
    {
      part: 'activations',
      bytes: activationBytes(shape, batch, sequence, checkpointing),
      formula: checkpointing
        ? '2 × s × b × h × L bytes (only each block’s input kept; the rest recomputed)'
        : 's × b × h × L × (34 + 5 × a × s ÷ h) bytes',
      source: ACTIVATIONS,
    },
  ]
  const totalBytes = lines.reduce((s, l) => s + l.bytes, 0)
  return {
    trainable,
    total,
    percent: (100 * trainable) / total,
    precision,
    lines,
    totalBytes,
    issues,
  }
}

/** What the estimate leaves out, said plainly beside the total. */
export const LEFT_OUT = [
  'the CUDA context and the framework’s own buffers (often 0.5–1 GB)',
  'memory-allocator fragmentation and temporary buffers during the backward pass',
  'the output logits (sequence × batch × vocabulary values), large for big vocabularies',
  'a reference, reward or value model and generation (KV cache) for preference or RL training',
  'the activation formula is derived for GPT-style blocks with a 4 × hidden MLP; gated MLPs and fused attention kernels shift it',
] as const

function round(n: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

/** “6.74 B”, “4.19 M”, “131 K”. */
export function formatCount(n: number): string {
  if (n >= 1e9) return `${round(n / 1e9, 2)} B`
  if (n >= 1e6) return `${round(n / 1e6, 2)} M`
  if (n >= 1e3) return `${round(n / 1e3, 1)} K`
  return String(n)
}

/** “13.6 GB” (GiB, as GPU memory is sold). */
export function formatBytes(bytes: number): string {
  const gib = bytes / GIB
  if (gib >= 100) return `${Math.round(gib)} GB`
  if (gib >= 0.1) return `${round(gib, 1).toFixed(1)} GB`
  return `${Math.round(bytes / 2 ** 20)} MB`
}
