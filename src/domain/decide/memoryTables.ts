/** Bytes per weight and per optimizer state, by precision and optimizer: the memory model's constants. */
import type { Optimizer, Precision } from './decideOptions.ts'

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

/**
 * Full fine-tuning, bytes per parameter for weights, gradients and optimizer state (ZeRO paper
 * §3.1: mixed-precision AdamW keeps 16-bit weights and gradients and 12 bytes of fp32 master
 * weights, momentum and variance). The 16-bit variants keep everything in bf16 (torchtune's
 * full fine-tuning recipes); Adafactor factors its second moment into a row and a column.
 */
export const FULL_BYTES: Record<
  Optimizer,
  { weights: number; gradients: number; optimizer: number }
> = {
  adamw: { weights: 2, gradients: 2, optimizer: 12 },
  'adamw-bf16': { weights: 2, gradients: 2, optimizer: 4 },
  'adamw-8bit': { weights: 2, gradients: 2, optimizer: 2 },
  adafactor: { weights: 2, gradients: 2, optimizer: 0 },
  sgd: { weights: 2, gradients: 2, optimizer: 2 },
}

/** Optimizer state per adapter parameter, in units of the adapter's own width (bf16 or fp32). */
export const ADAPTER_STATES: Record<Optimizer, number> = {
  // Momentum and variance in the parameter's dtype (PyTorch's AdamW).
  adamw: 2,
  'adamw-bf16': 2,
  // Two 8-bit states, whatever the parameter's width.
  'adamw-8bit': 0,
  adafactor: 0,
  sgd: 1,
}

export const OPTIMIZER_WORDS: Record<Optimizer, string> = {
  adamw: 'fp32 master weights, momentum and variance (12 bytes × parameter)',
  'adamw-bf16': 'momentum and variance in bf16 (4 bytes × parameter)',
  'adamw-8bit': 'momentum and variance in 8 bits (2 bytes × parameter)',
  adafactor: 'factored second moment (a row and a column per matrix)',
  sgd: 'one momentum per parameter',
}
