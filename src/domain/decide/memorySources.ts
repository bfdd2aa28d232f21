/** Where each part of the memory estimate comes from: shown beside the part in the calculator. */

/** A source a formula is read from. */
export interface FormulaSource {
  label: string
  url: string
}

export const SOURCES = {
  lora: { label: 'LoRA (Hu et al., 2021), §4.1', url: 'https://arxiv.org/abs/2106.09685' },
  qlora: { label: 'QLoRA (Dettmers et al., 2023), §3', url: 'https://arxiv.org/abs/2305.14314' },
  dora: { label: 'DoRA (Liu et al., 2024)', url: 'https://arxiv.org/abs/2402.09353' },
  vera: { label: 'VeRA (Kopiczko et al., 2023)', url: 'https://arxiv.org/abs/2310.11454' },
  loraFa: { label: 'LoRA-FA (Zhang et al., 2023)', url: 'https://arxiv.org/abs/2308.03303' },
  anatomy: {
    label: 'Hugging Face Transformers, “GPU memory usage” (model training anatomy)',
    url: 'https://huggingface.co/docs/transformers/model_memory_anatomy',
  },
  int8: { label: 'LLM.int8() (Dettmers et al., 2022)', url: 'https://arxiv.org/abs/2208.07339' },
  zero: {
    label: 'ZeRO (Rajbhandari et al., 2020), §3.1 and §5 (stages 1–3)',
    url: 'https://arxiv.org/abs/1910.02054',
  },
  eightBit: {
    label: '8-bit Optimizers via Block-wise Quantization (Dettmers et al., 2022)',
    url: 'https://arxiv.org/abs/2110.02861',
  },
  activations: {
    label:
      'Korthikanti et al., 2022, “Reducing Activation Recomputation in Large Transformer Models”, §4',
    url: 'https://arxiv.org/abs/2205.05198',
  },
  checkpointing: {
    label: 'Chen et al., 2016, “Training Deep Nets with Sublinear Memory Cost”',
    url: 'https://arxiv.org/abs/1604.06174',
  },
  flash: {
    label: 'FlashAttention (Dao et al., 2022): attention without storing the score matrix',
    url: 'https://arxiv.org/abs/2205.14135',
  },
  liger: {
    label: 'Liger Kernel (Hsu et al., 2024), fused linear cross-entropy',
    url: 'https://arxiv.org/abs/2410.10989',
  },
  cudaMemory: {
    label: 'PyTorch, “CUDA semantics: memory management”',
    url: 'https://pytorch.org/docs/stable/notes/cuda.html#memory-management',
  },
} as const satisfies Record<string, FormulaSource>
