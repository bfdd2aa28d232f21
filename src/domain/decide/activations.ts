/**
 * What one token leaves in memory for the backward pass: per decoder block, and for the output
 * logits and loss. Pure; calibrated in tests/unit/memoryReference.test.ts.
 */
import type { ModelShape } from '../data/schema.ts'

/**
 * Activation bytes one token leaves for the backward pass in one decoder block (bf16), with a
 * fused attention kernel (FlashAttention / SDPA: no s × s scores kept), counted from what
 * autograd saves in a Llama-style block. Always: the RMSNorms' fp32 inputs, the attention
 * kernel's q, k, v and output, the gated MLP's gate, activation and up outputs. A linear layer's
 * input is kept only when its weight trains (every one in full fine-tuning; the adapted ones
 * with LoRA and kin; all of them over a quantized base), and the norms' outputs only when their
 * weights train.
 */
export function blockTokenBytes(
  shape: ModelShape,
  trains: { full: boolean; targets: readonly string[]; quantized?: boolean; dropout?: boolean },
): number {
  const d = shape.headDim ?? shape.hidden / shape.heads
  const q = shape.heads * d
  const kv = shape.kvHeads * d
  const h = shape.hidden
  const i = shape.intermediate * (shape.activeExperts ?? 1)
  const always = 8 * h + 4 * q + 4 * kv + 6 * i
  // Every linear layer's input: kept when its weight trains, and by the quantized layers of
  // bitsandbytes, which keep their input whenever a gradient flows through them.
  const inputs = 4 * h + 2 * q + 2 * i
  if (trains.full) return always + 4 * h + inputs
  const t = new Set(trains.targets)
  // The widths of the distinct inputs the adapters read.
  const adapted =
    (['q_proj', 'k_proj', 'v_proj'].some((m) => t.has(m)) ? h : 0) +
    (t.has('o_proj') ? q : 0) +
    (['gate_proj', 'up_proj'].some((m) => t.has(m)) ? h : 0) +
    (t.has('down_proj') ? i : 0)
  // Adapter dropout keeps a 1-byte mask and its 16-bit output for each input it drops from.
  const dropout = trains.dropout ? 3 * adapted : 0
  return always + (trains.quantized ? inputs : 2 * adapted) + dropout
}

/** Scores an eager (unfused) attention keeps per token, per block: softmax and dropout mask. */
export function eagerScoreBytes(shape: ModelShape, sequence: number): number {
  return 5 * shape.heads * sequence
}

/**
 * Bytes per token and vocabulary entry for the output logits and the loss: the bf16 logits,
 * their fp32 copy, the fp32 log-softmax kept for the backward pass and the fp32 gradient.
 */
export const LOGIT_BYTES = 14
/** A fused, chunked cross-entropy (Liger, Unsloth, torchtune) holds one chunk: about this share. */
export const CHUNKED_LOGITS = 1 / 8
