/**
 * Training memory per GPU, part by part, calibrated against published measurements
 * (tests/unit/memoryReference.test.ts). Pure arithmetic over a model's shape and the training
 * settings; every part names its source (memorySources.ts).
 */
import type { ModelShape } from '../data/schema.ts'
import type {
  AdapterDtype,
  Attention,
  LossKind,
  Optimizer,
  Precision,
  Sharding,
} from './decideOptions.ts'
import { SOURCES, type FormulaSource } from './memorySources.ts'
import { ADAPTER_STATES, BITS_PER_WEIGHT, FULL_BYTES, OPTIMIZER_WORDS } from './memoryTables.ts'
import { blockTokenBytes, CHUNKED_LOGITS, eagerScoreBytes, LOGIT_BYTES } from './activations.ts'

export const MEMORY_PARTS = [
  'weights',
  'adapters',
  'gradients',
  'optimizer',
  'activations',
  'logits',
  'runtime',
] as const
export type MemoryPart = (typeof MEMORY_PARTS)[number]

/** One row of the memory breakdown. */
export interface MemoryLine {
  part: MemoryPart
  bytes: number
  formula: string
  source: FormulaSource
}

/** What the memory model needs besides the parameter counts. */
export interface MemoryInput {
  shape: ModelShape
  full: boolean
  /** All parameters of the base model, and those in the blocks' linear layers (quantizable). */
  base: number
  linear: number
  trainable: number
  /** The adapted modules (adapter methods). */
  targets: readonly string[]
  /** Effective precision of the frozen base (adapter methods). */
  precision: Exclude<Precision, 'auto'>
  adapterDtype: AdapterDtype
  /** Dropout on the adapters' input (LoRA's lora_dropout > 0). */
  dropout: boolean
  optimizer: Optimizer
  batch: number
  sequence: number
  checkpointing: boolean
  attention: Attention
  loss: LossKind
  gpus: number
  sharding: Sharding
}

/** Bytes in a GiB: GPU memory is sold in these (a “24 GB” card holds 24 × 2³⁰ bytes). */
export const GIB = 2 ** 30

/** The CUDA context and library workspaces. */
const CONTEXT_BYTES = 0.5 * GIB
/**
 * PyTorch's caching allocator keeps freed blocks for reuse, so the memory it holds at the peak
 * exceeds what tensors occupy: this share of everything else.
 */
const ALLOCATOR_SLACK = 0.06

/** Share of a part each GPU keeps under a sharding scheme (ZeRO stages; FSDP is stage 3). */
function shardShare(part: 'weights' | 'gradients' | 'optimizer', input: MemoryInput): number {
  const n = input.gpus
  const stage = { none: 0, zero1: 1, zero2: 2, zero3: 3 }[input.sharding]
  const sharded = part === 'optimizer' ? stage >= 1 : part === 'gradients' ? stage >= 2 : stage >= 3
  return sharded ? 1 / n : 1
}

/** Memory per GPU for one training step, part by part. */
export function memoryLines(input: MemoryInput): MemoryLine[] {
  const { shape, full, base, linear, trainable, batch, sequence } = input
  const tokens = batch * sequence
  const lines: MemoryLine[] = []
  if (full) {
    const b = FULL_BYTES[input.optimizer]
    lines.push(
      {
        part: 'weights',
        bytes: b.weights * base * shardShare('weights', input),
        formula: `${b.weights} bytes × every weight${sharded(input, 'weights')}`,
        source: SOURCES.zero,
      },
      {
        part: 'gradients',
        bytes: b.gradients * base * shardShare('gradients', input),
        formula: `${b.gradients} bytes × every weight${sharded(input, 'gradients')}`,
        source: SOURCES.zero,
      },
      {
        part: 'optimizer',
        bytes: (b.optimizer + adafactorExtra(input)) * base * shardShare('optimizer', input),
        formula: `${OPTIMIZER_WORDS[input.optimizer]}${sharded(input, 'optimizer')}`,
        source: input.optimizer === 'adamw-8bit' ? SOURCES.eightBit : SOURCES.zero,
      },
    )
  } else {
    const bits = BITS_PER_WEIGHT[input.precision]
    const quantized = input.precision !== '16-bit'
    // Quantized training (prepare_model_for_kbit_training) casts what stays unquantized —
    // embeddings, output head, norms — to fp32.
    const rest = quantized ? 4 : 2
    const width = input.adapterDtype === 'fp32' ? 4 : 2
    lines.push(
      {
        part: 'weights',
        bytes: ((linear * bits) / 8 + (base - linear) * rest) * shardShare('weights', input),
        formula: quantized
          ? `${round(bits, 3)} bits × the blocks’ linear weights + 4 bytes × embeddings, head and norms (cast to fp32 for training)`
          : '2 bytes × every frozen weight',
        source: !quantized
          ? SOURCES.anatomy
          : input.precision === '8-bit'
            ? SOURCES.int8
            : SOURCES.qlora,
      },
      {
        part: 'adapters',
        bytes: width * trainable,
        formula: `${width} bytes × trainable parameters (adapters in ${input.adapterDtype})`,
        source: SOURCES.lora,
      },
      {
        part: 'gradients',
        bytes: width * trainable,
        formula: `${width} bytes × trainable parameters`,
        source: SOURCES.anatomy,
      },
      {
        part: 'optimizer',
        bytes:
          (input.optimizer === 'adamw-8bit' ? 2 : width * ADAPTER_STATES[input.optimizer]) *
          trainable,
        formula: adapterStateWords(input.optimizer, width),
        source: input.optimizer === 'adamw-8bit' ? SOURCES.eightBit : SOURCES.anatomy,
      },
    )
  }
  const block =
    blockTokenBytes(shape, {
      full,
      targets: input.targets,
      quantized: !full && input.precision !== '16-bit',
      dropout: input.dropout,
    }) + (input.attention === 'eager' ? eagerScoreBytes(shape, sequence) : 0)
  lines.push(
    input.checkpointing
      ? {
          part: 'activations',
          bytes: tokens * (2 * shape.hidden * shape.layers + block),
          formula: `tokens × (2 × hidden × layers: each block’s input kept + one block recomputed in the backward pass${input.attention === 'eager' ? ', with its attention scores' : ''})`,
          source: SOURCES.checkpointing,
        }
      : {
          part: 'activations',
          bytes: tokens * block * shape.layers,
          formula: `tokens × layers × what one block keeps for the backward pass${input.attention === 'eager' ? ' (eager attention: its scores too)' : ' (fused attention: no scores kept)'}`,
          source: input.attention === 'eager' ? SOURCES.activations : SOURCES.flash,
        },
    {
      part: 'logits',
      bytes: tokens * shape.vocab * LOGIT_BYTES * (input.loss === 'chunked' ? CHUNKED_LOGITS : 1),
      formula:
        input.loss === 'chunked'
          ? 'tokens × vocabulary, one chunk at a time (fused cross-entropy)'
          : `tokens × vocabulary × ${LOGIT_BYTES} bytes (bf16 logits, their fp32 copy, log-softmax and gradient)`,
      source: input.loss === 'chunked' ? SOURCES.liger : SOURCES.anatomy,
    },
  )
  // The backward pass frees activations and logits as gradients fill in: the peak holds the
  // larger of the two, so gradients count only beyond what the activations already held.
  const held = lines
    .filter((l) => l.part === 'activations' || l.part === 'logits')
    .reduce((sum, l) => sum + l.bytes, 0)
  const peak = lines.map((l) =>
    l.part === 'gradients'
      ? {
          ...l,
          bytes: Math.max(0, l.bytes - held),
          formula: `${l.formula}, less the activations and logits freed while they fill in`,
        }
      : l,
  )
  const tensors = peak.reduce((sum, l) => sum + l.bytes, 0)
  peak.push({
    part: 'runtime',
    bytes: CONTEXT_BYTES + ALLOCATOR_SLACK * tensors,
    formula: `0.5 GB of CUDA context and workspaces + ${ALLOCATOR_SLACK * 100} % of the rest, held by PyTorch’s caching allocator`,
    source: SOURCES.cudaMemory,
  })
  return peak
}

/** The optimizer's state over the adapters, in words: it follows their dtype but for 8-bit AdamW. */
function adapterStateWords(optimizer: Optimizer, width: number): string {
  if (optimizer === 'adamw-8bit')
    return '2 bytes × trainable parameters (momentum and variance in 8 bits)'
  if (optimizer === 'adafactor')
    return 'Adafactor’s factored second moment: a row and a column per matrix'
  const states = ADAPTER_STATES[optimizer]
  return `${states * width} bytes × trainable parameters (${states === 2 ? 'momentum and variance' : 'momentum'} in the adapters’ dtype)`
}

/** Adafactor's factored state is a few bytes per row and column: negligible per parameter. */
function adafactorExtra(input: MemoryInput): number {
  return input.optimizer === 'adafactor' ? 4 / Math.sqrt(Math.max(1, input.shape.hidden)) : 0
}

function sharded(input: MemoryInput, part: 'weights' | 'gradients' | 'optimizer'): string {
  return shardShare(part, input) < 1 ? `, ÷ ${input.gpus} GPUs (${input.sharding})` : ''
}

function round(n: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}
