/**
 * The calculator's and the chooser's choices and ranges: what the URL codec needs to read their
 * parameters, apart from the computations (so the first view does not download those).
 */
export const METHODS = ['full-fine-tuning', 'lora', 'qlora', 'dora', 'vera', 'lora-fa'] as const
export type Method = (typeof METHODS)[number]
export const DEFAULT_METHOD: Method = 'lora'

/** The linear layers of a Llama-style decoder block, by their Hugging Face module names. */
export const TARGET_MODULES = [
  'q_proj',
  'k_proj',
  'v_proj',
  'o_proj',
  'gate_proj',
  'up_proj',
  'down_proj',
] as const
export type TargetModule = (typeof TARGET_MODULES)[number]
/** PEFT's own default for Llama-family models. */
export const DEFAULT_TARGETS: readonly TargetModule[] = ['q_proj', 'v_proj']

export const PRECISIONS = ['auto', '16-bit', '8-bit', 'nf4', 'nf4-dq'] as const
export type Precision = (typeof PRECISIONS)[number]

/**
 * `adamw`: mixed precision (fp32 states); `adamw-bf16`: everything in bf16; `adamw-8bit`:
 * bitsandbytes' 8-bit states; `adafactor`: factored second moment, no momentum.
 */
export const OPTIMIZERS = ['adamw', 'adamw-bf16', 'adamw-8bit', 'adafactor', 'sgd'] as const
export type Optimizer = (typeof OPTIMIZERS)[number]

/** The adapters' own dtype: bf16 as the papers train them, or fp32 (PEFT's autocast default). */
export const ADAPTER_DTYPES = ['bf16', 'fp32'] as const
export type AdapterDtype = (typeof ADAPTER_DTYPES)[number]

/** Fused attention (FlashAttention, SDPA: every current trainer's default) or eager. */
export const ATTENTIONS = ['fused', 'eager'] as const
export type Attention = (typeof ATTENTIONS)[number]

/** Plain cross-entropy over the full logits, or a fused, chunked one (Liger, Unsloth). */
export const LOSS_KINDS = ['standard', 'chunked'] as const
export type LossKind = (typeof LOSS_KINDS)[number]

/** Sharding across GPUs: ZeRO stages 1–3 (FSDP's full sharding is stage 3). */
export const SHARDINGS = ['none', 'zero1', 'zero2', 'zero3'] as const
export type Sharding = (typeof SHARDINGS)[number]

export const RANK_RANGE = { min: 1, max: 4096 } as const
export const BATCH_RANGE = { min: 1, max: 1024 } as const
export const SEQUENCE_RANGE = { min: 1, max: 131072 } as const
export const GPUS_RANGE = { min: 1, max: 1024 } as const

/** Chooser: GPU memory in GB, model size in billions of parameters. */
export const GPU_RANGE = { min: 1, max: 1024 } as const
export const SIZE_RANGE = { min: 0.1, max: 1000 } as const
