/** The calculator's words and numbers as people read them: labels, counts and sizes. Pure. */
import type { Method, Optimizer, Precision } from './decideOptions.ts'

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
  adamw: 'AdamW, mixed precision (fp32 states)',
  'adamw-bf16': 'AdamW, all in bf16',
  'adamw-8bit': '8-bit AdamW',
  adafactor: 'Adafactor',
  sgd: 'SGD with momentum',
}

function round(n: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

/** “6.74 B”, “4.19 M”, “131 K”, “1.2 T”. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—'
  if (n >= 1e12) return `${round(n / 1e12, 2)} T`
  if (n >= 1e9) return `${round(n / 1e9, 2)} B`
  if (n >= 1e6) return `${round(n / 1e6, 2)} M`
  if (n >= 1e3) return `${round(n / 1e3, 1)} K`
  return String(Math.round(n))
}

/** “13.6 GB”, “1.2 TB” (binary units, as GPU memory is sold); “—” for what is not a size. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—'
  const gib = bytes / 2 ** 30
  if (gib >= 1024) return `${round(gib / 1024, 2)} TB`
  if (gib >= 100) return `${Math.round(gib)} GB`
  if (gib >= 0.1) return `${round(gib, 1).toFixed(1)} GB`
  return `${Math.round(bytes / 2 ** 20)} MB`
}
