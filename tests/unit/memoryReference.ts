/**
 * PEFT creates adapter weights in fp32 whatever the base's dtype (autocast_adapter_dtype), so
 * every row from a PEFT-based trainer (Axolotl, LLaMA-Factory, TRL, the Hugging Face column of
 * Unsloth's tables) says `adapterDtype: 'fp32'`.
 *
 * Published GPU-memory figures for fine-tuning runs, each with its source and the settings it
 * was measured under, as the calculator states them. `reading` says what the figure counts:
 * `allocated` (PyTorch's max_memory_allocated / "peak memory active": no CUDA context or
 * allocator slack, so compared without the runtime line), `reserved` (max_memory_reserved) or
 * `device` (nvidia-smi, or a GPU's whole capacity). Rows whose settings the calculator cannot
 * express say why in `unreproducible`, and are counted apart.
 */
import type { CalculatorInput } from '../../src/domain/decide/calculator'
import type { ModelShape } from '../../src/domain/data/schema'

export interface MemoryReference {
  id: string
  source: string
  url: string
  where: string
  quote: string
  model: string
  /** Where the trainer's own model definition differs from the bundled shape. */
  shape?: Partial<ModelShape>
  settings: Omit<CalculatorInput, 'shape'>
  figure: { value: number; unit: 'GB' | 'GiB' | 'MB' }
  reading: 'allocated' | 'reserved' | 'device'
  /** For a GPU's capacity (the longest context that fit): the figure is an upper bound. */
  bound?: boolean
  unreproducible?: string
}

const ALL = ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'] as const
const QV = ['q_proj', 'v_proj'] as const
const MLP = ['gate_proj', 'up_proj', 'down_proj'] as const

const LITGPT_2023 =
  'https://github.com/Lightning-AI/litgpt/blob/26857050fe3ff627cd714fe92f5838f51a3d5efa/tutorials/resource-tables.md'
const LITGPT_HUB = 'https://github.com/Lightning-AI/litgpt/blob/main/config_hub/finetune/README.md'
const TORCHTUNE = 'https://github.com/pytorch/torchtune/blob/main/README.md'
const META_MATH =
  'https://github.com/huggingface/peft/tree/5d602fdbff04c33c1c4de55cda9d4ae1d7cb7e40/method_comparison/MetaMathQA/results'
const PEFT_DS =
  'https://github.com/huggingface/peft/blob/5d602fdbff04c33c1c4de55cda9d4ae1d7cb7e40/docs/source/accelerate/deepspeed.md'
const PEFT_FSDP =
  'https://github.com/huggingface/peft/blob/5d602fdbff04c33c1c4de55cda9d4ae1d7cb7e40/docs/source/accelerate/fsdp.md'
const AXOLOTL =
  'https://github.com/axolotl-ai-cloud/axolotl/blob/dc71d8872a68e978d2ce272ff3e0085b156a1304/examples/llama-2/README.md'
const UNSLOTH_CONTEXT =
  'https://github.com/unslothai/unsloth/blob/30a18786bf3480f4a020784112c851990f9569a7/README.md'
const UNSLOTH_LF =
  'https://github.com/unslothai/unsloth/blob/28c75505717b7c3df9c87aabb122108a146c404a/README.md'

/**
 * LitGPT's 2023 LoRA tables (A100 40GB): `--precision bf16-true` (weights, adapters and AdamW
 * state in bf16), no activation checkpointing on one GPU, the output head and loss in chunks of
 * 128 tokens, Alpaca padded to the longest example in the batch (1,304 tokens for Llama 2's
 * tokenizer), LoRA r = 8 on query and value with dropout 0.05 (finetune/lora.py's defaults);
 * memory printed from max_memory_allocated.
 */
const litgpt2023 = (
  over: Partial<Omit<CalculatorInput, 'shape'>>,
): Omit<CalculatorInput, 'shape'> => ({
  method: 'lora',
  rank: 8,
  targets: QV,
  precision: 'auto',
  optimizer: 'adamw',
  batch: 1,
  sequence: 1304,
  checkpointing: false,
  loss: 'chunked',
  dropout: true,
  ...over,
})

/**
 * LitGPT's config-hub table (A10G 24GB): bf16-true, 512 tokens, chunked head and loss, LoRA
 * r = 32 on query and value with dropout 0.05 (the configs' own settings).
 */
const litgptHub = (
  over: Partial<Omit<CalculatorInput, 'shape'>>,
): Omit<CalculatorInput, 'shape'> => ({
  method: 'lora',
  rank: 32,
  targets: QV,
  precision: 'auto',
  optimizer: 'adamw',
  batch: 1,
  sequence: 512,
  checkpointing: false,
  loss: 'chunked',
  dropout: true,
  ...over,
})

/**
 * PEFT's MetaMathQA benchmark (L40S 48GB): Llama 3.2 3B loaded in bf16, PEFT's adapters in fp32,
 * AdamW, batches of 4 padded to at most 768 tokens, no checkpointing, SDPA; the 99th percentile
 * of max_memory_reserved over training steps (the maximum includes evaluation's generation).
 */
const metaMath = (
  over: Partial<Omit<CalculatorInput, 'shape'>>,
): Omit<CalculatorInput, 'shape'> => ({
  method: 'lora',
  rank: 32,
  targets: QV,
  precision: 'auto',
  optimizer: 'adamw',
  adapterDtype: 'fp32',
  batch: 4,
  sequence: 768,
  checkpointing: false,
  ...over,
})

/**
 * PEFT's multi-GPU guides: Llama 2 70B, TRL's SFT script, packed 2,048-token sequences,
 * checkpointing, FlashAttention 2, LoRA r = 8 (dropout 0.1) on all linear layers with PEFT's fp32 adapters,
 * the Trainer's AdamW; memory per GPU read off nvidia-smi.
 */
const peft70b = (
  over: Partial<Omit<CalculatorInput, 'shape'>>,
): Omit<CalculatorInput, 'shape'> => ({
  method: 'lora',
  rank: 8,
  targets: ALL,
  precision: 'auto',
  optimizer: 'adamw',
  adapterDtype: 'fp32',
  batch: 8,
  sequence: 2048,
  checkpointing: true,
  sharding: 'zero3',
  gpus: 8,
  dropout: true,
  ...over,
})

/**
 * Unsloth's context-length table: Llama 3.1 8B Instruct, 4-bit QLoRA r = 32 on all linear
 * layers, batch 1, sequences padded to the length in the row; the Hugging Face + FlashAttention
 * 2 column (checkpointing on, 8-bit AdamW as in its notebooks, PEFT's fp32 adapters). Each row is the longest context
 * that fit on a GPU of that size, so the figure is the GPU's capacity.
 */
const unslothHf = (sequence: number): Omit<CalculatorInput, 'shape'> => ({
  method: 'qlora',
  rank: 32,
  targets: ALL,
  precision: 'auto',
  optimizer: 'adamw-8bit',
  adapterDtype: 'fp32',
  batch: 1,
  sequence,
  checkpointing: true,
})

export const MEMORY_REFERENCES: MemoryReference[] = [
  ...(
    [
      [
        'litgpt-7b-lora-b1',
        'meta-llama/Llama-2-7b-hf',
        {},
        21.3,
        '7 B | Llama 2 | None | 1 | 4,194,304 | 21.30 GB',
      ],
      [
        'litgpt-7b-lora-b2',
        'meta-llama/Llama-2-7b-hf',
        { batch: 2 },
        29.07,
        '7 B | Llama 2 | None | 2 | 4,194,304 | 29.07 GB',
      ],
      [
        'litgpt-7b-nf4',
        'meta-llama/Llama-2-7b-hf',
        { method: 'qlora', precision: 'nf4' },
        14.14,
        '7 B | Llama 2 | bnb.nf4 | 1 | 4,194,304 | 14.14 GB',
      ],
      [
        'litgpt-7b-nf4-dq',
        'meta-llama/Llama-2-7b-hf',
        { method: 'qlora' },
        13.84,
        '7 B | Llama 2 | bnb.nf4-dq | 1 | 4,194,304 | 13.84 GB',
      ],
      [
        'litgpt-13b-lora',
        'meta-llama/Llama-2-13b-hf',
        {},
        38.12,
        '13 B | Llama 2 | None | 1 | 6,553,600 | 38.12 GB',
      ],
      [
        'litgpt-13b-nf4-dq',
        'meta-llama/Llama-2-13b-hf',
        { method: 'qlora' },
        22.55,
        '13 B | Llama 2 | bnb.nf4-dq | 1 | 6,553,600 | 22.55 GB',
      ],
      [
        'litgpt-7b-fsdp2',
        'meta-llama/Llama-2-7b-hf',
        { batch: 4, checkpointing: true, gpus: 2, sharding: 'zero3' },
        23.39,
        '7 B | Llama 2 | None | 4 | 4,194,304 | 2 x A100 | 23.39 GB',
      ],
      [
        'litgpt-13b-fsdp4',
        'meta-llama/Llama-2-13b-hf',
        { checkpointing: true, gpus: 4, sharding: 'zero3' },
        35.57,
        '13 B | Llama 2 | None | 1 | 6,553,600 | 4 x A100 | 35.57 GB',
      ],
    ] as const
  ).map(([id, model, over, value, quote]) => ({
    id,
    source: 'LitGPT, tutorials/resource-tables.md (2023)',
    url: LITGPT_2023,
    where: 'Finetuning with LoRA on 1 GPU / on multiple GPUs (A100 40GB)',
    quote,
    model,
    settings: litgpt2023(over as Partial<CalculatorInput>),
    figure: { value, unit: 'GB' as const },
    reading: 'allocated' as const,
    ...(id.includes('fsdp')
      ? {
          unreproducible:
            'its per-GPU peak is more than the sharded weights and activations can account for (7B on 2 GPUs: 23.4 GB, while the whole bf16 model is 13.5 GB); the table does not say what else it holds (unsharded weights while loading, or communication buffers)',
        }
      : {}),
  })),
  ...(
    [
      [
        'litgpt-hub-8b-lora',
        'meta-llama/Meta-Llama-3-8B',
        {},
        19.73,
        'llama-3.1-8b/lora.yaml | llama-3.1-8b | 2 | 512 | 1 | 1xA10G | … | 19.73 GB',
      ],
      [
        'litgpt-hub-8b-qlora',
        'meta-llama/Meta-Llama-3-8B',
        { method: 'qlora', precision: 'nf4', batch: 2 },
        17.41,
        'llama-3.1-8b/qlora.yaml | llama-3.1-8b | 2 | 512 | 2 | 1xA10G | … | 17.41 GB',
      ],
      [
        'litgpt-hub-3b-lora',
        'meta-llama/Llama-3.2-3B',
        {},
        9.67,
        'llama-3.2-3b/lora.yaml | llama-3.2-3b | 2 | 512 | 1 | 1xA10G | … | 9.67 GB',
      ],
    ] as const
  ).map(([id, model, over, value, quote]) => ({
    id,
    source: 'LitGPT, config_hub/finetune/README.md',
    // LitGPT's own Llama 3.2 3B definition (litgpt/config.py) does not tie the output head to the
    // embeddings (its default), so the head is a second 128,256 × 3,072 matrix.
    ...(model === 'meta-llama/Llama-3.2-3B' ? { shape: { tiedEmbeddings: false } } : {}),
    url: LITGPT_HUB,
    where: 'Config files table (A10G 24GB, Alpaca2k, bf16-true, max_seq_length 512)',
    quote,
    model,
    settings: litgptHub(over as Partial<CalculatorInput>),
    figure: { value, unit: 'GB' as const },
    reading: 'allocated' as const,
  })),
  {
    id: 'torchtune-3b-full-packed',
    source: 'torchtune README, “Optimization flags” (Llama 3.2 3B, full_finetune_single_device)',
    url: TORCHTUNE,
    where:
      'row “+ Packed Dataset” (batch 2, sequence 4096 packed, bf16, A100; no compile, no chunked loss, no checkpointing)',
    quote: '+ Packed Dataset | 60.0 | +135.16% | 7075 | +238.40%',
    model: 'meta-llama/Llama-3.2-3B',
    settings: {
      method: 'full-fine-tuning',
      rank: 8,
      targets: QV,
      precision: 'auto',
      optimizer: 'adamw-bf16',
      batch: 2,
      sequence: 4096,
      checkpointing: false,
    },
    figure: { value: 60.0, unit: 'GiB' },
    reading: 'allocated',
  },
  ...(
    [
      [
        'metamath-full',
        { method: 'full-fine-tuning', optimizer: 'adamw-bf16' },
        37.345097154,
        'full-finetuning--llama-3.2-3B-lr_0.00001.json: accelerator_memory_reserved_99th 37345097154',
      ],
      [
        'metamath-lora',
        {},
        20.120076288,
        'lora--llama-3.2-3B-rank32.json: accelerator_memory_reserved_99th 20120076288',
      ],
      [
        'metamath-dora',
        { method: 'dora' },
        22.179479552,
        'lora--llama-3.2-3B-rank32-dora.json: accelerator_memory_reserved_99th 22179479552',
      ],
      [
        'metamath-lora-mlp',
        { rank: 10, targets: MLP },
        22.064136192,
        'lora--llama-3.2-3B-rank10-target-mlp.json: accelerator_memory_reserved_99th 22064136192',
      ],
      [
        'metamath-lora-fa',
        { method: 'lora-fa' },
        20.078133248,
        'lora--llama-3.2-3B-rank32-lorafa.json: accelerator_memory_reserved_99th 20078133248',
      ],
    ] as const
  ).map(([id, over, value, quote]) => ({
    id,
    source: 'PEFT, method_comparison/MetaMathQA results',
    url: META_MATH,
    where: 'train_info.accelerator_memory_reserved_99th (L40S 48GB)',
    quote,
    model: 'meta-llama/Llama-3.2-3B',
    settings: metaMath(over as Partial<CalculatorInput>),
    figure: { value, unit: 'GB' as const },
    reading: 'reserved' as const,
  })),
  {
    id: 'peft-deepspeed-70b-lora',
    source: 'PEFT docs, “DeepSpeed” (ZeRO-3, 8 × H100 80GB)',
    url: PEFT_DS,
    where: 'Use PEFT and DeepSpeed with ZeRO3 … › Memory usage',
    quote: 'the memory consumed per GPU is 64 GB (80%)',
    model: 'meta-llama/Llama-2-70b-hf',
    settings: peft70b({}),
    figure: { value: 64, unit: 'GB' },
    reading: 'device',
  },
  {
    id: 'peft-deepspeed-70b-qlora',
    source: 'PEFT docs, “DeepSpeed” (QLoRA with ZeRO-3, 2 GPUs)',
    url: PEFT_DS,
    where: 'Use PEFT QLoRA and DeepSpeed with ZeRO3 … › Memory usage (per-device batch 2)',
    quote: 'the memory consumed per GPU is **36.6 GB**',
    model: 'meta-llama/Llama-2-70b-hf',
    settings: peft70b({ method: 'qlora', batch: 2, gpus: 2 }),
    figure: { value: 36.6, unit: 'GB' },
    reading: 'device',
  },
  {
    id: 'peft-fsdp-70b-qlora',
    source: 'PEFT docs, “FSDP” (QLoRA with FSDP, 2 GPUs, no CPU offload)',
    url: PEFT_FSDP,
    where: 'Use PEFT QLoRA and FSDP … › Memory usage (per-device batch 2)',
    quote: 'When disabling CPU offloading, the GPU memory usage is **35.6 GB/ GPU**.',
    model: 'meta-llama/Llama-2-70b-hf',
    settings: peft70b({ method: 'qlora', batch: 2, gpus: 2 }),
    figure: { value: 35.6, unit: 'GB' },
    reading: 'device',
  },
  {
    id: 'peft-fsdp-70b-lora',
    source: 'PEFT docs, “FSDP” (LoRA with FSDP, 8 × H100 80GB)',
    url: PEFT_FSDP,
    where: 'Use PEFT and FSDP › Memory usage',
    quote: 'the memory consumed per GPU is  72-80 GB (90-98%)',
    model: 'meta-llama/Llama-2-70b-hf',
    settings: peft70b({}),
    figure: { value: 76, unit: 'GB' },
    reading: 'device',
    unreproducible:
      'the example loads the base in fp32 (examples/sft/utils.py), a base precision the calculator does not offer for adapters',
  },
  {
    id: 'peft-fsdp-70b-qlora-offload',
    source: 'PEFT docs, “FSDP” (QLoRA with FSDP and CPU offload, 2 GPUs)',
    url: PEFT_FSDP,
    where: 'Use PEFT QLoRA and FSDP … › Memory usage',
    quote: 'the memory consumed per GPU is **19.6 GB** while CPU RAM usage is around **107 GB**',
    model: 'meta-llama/Llama-2-70b-hf',
    settings: peft70b({ method: 'qlora', batch: 2, gpus: 2 }),
    figure: { value: 19.6, unit: 'GB' },
    reading: 'device',
    unreproducible: 'parameters offloaded to CPU memory, which the calculator does not model',
  },
  {
    id: 'axolotl-7b-qlora',
    source: 'Axolotl, examples/llama-2/README.md (RTX 4090)',
    url: AXOLOTL,
    where:
      'Overview; qlora.yml of the same commit: 4-bit, r 32 (dropout 0.05) on all linear layers, 4,096-token packed sequences, micro-batch 2, checkpointing, xformers attention, paged AdamW',
    quote: 'will take up about 17 GB of VRAM during training if using qlora',
    model: 'meta-llama/Llama-2-7b-hf',
    settings: {
      method: 'qlora',
      rank: 32,
      targets: ALL,
      precision: 'nf4',
      optimizer: 'adamw',
      batch: 2,
      sequence: 4096,
      checkpointing: true,
      dropout: true,
      adapterDtype: 'fp32',
    },
    figure: { value: 17, unit: 'GB' },
    reading: 'device',
  },
  {
    id: 'axolotl-7b-lora-int8',
    source: 'Axolotl, examples/llama-2/README.md (RTX 4090)',
    url: AXOLOTL,
    where:
      'Overview; lora.yml of the same commit: 8-bit base, r 32 (dropout 0.05) on all linear layers, 4,096-token packed sequences, micro-batch 2, checkpointing, xformers attention, 8-bit AdamW',
    quote: '… and 20 GB if using lora',
    model: 'meta-llama/Llama-2-7b-hf',
    settings: {
      method: 'lora',
      rank: 32,
      targets: ALL,
      precision: '8-bit',
      optimizer: 'adamw-8bit',
      batch: 2,
      sequence: 4096,
      checkpointing: true,
      dropout: true,
      adapterDtype: 'fp32',
    },
    figure: { value: 20, unit: 'GB' },
    reading: 'device',
  },
  ...(
    [
      ['unsloth-hf-8b-24gb', 5789, 24, '24 GB | 78,475 | 5,789'],
      ['unsloth-hf-8b-80gb', 28454, 80, '80 GB | 342,733 | 28,454'],
    ] as const
  ).map(([id, sequence, value, quote]) => ({
    id,
    source: 'Unsloth README, “Context length benchmarks” (Hugging Face + FA2 column)',
    url: UNSLOTH_CONTEXT,
    where: 'Llama 3.1 (8B) max. context length; the longest context that fit on the GPU',
    quote,
    model: 'meta-llama/Meta-Llama-3-8B',
    settings: unslothHf(sequence),
    figure: { value, unit: 'GB' as const },
    reading: 'device' as const,
    bound: true,
  })),
  ...(
    [
      [
        'llamafactory-7b-lora16',
        { method: 'lora', precision: 'auto' },
        18,
        'HF | 16 | 2392 | 18GB | 100%',
      ],
      [
        'llamafactory-7b-qlora',
        { method: 'qlora', precision: 'nf4' },
        9,
        'HF | 4 | 2415 | 9GB | 101%',
      ],
    ] as const
  ).map(([id, over, value, quote]) => ({
    id,
    source: 'LLaMA-Factory’s performance comparison, as quoted in Unsloth’s README',
    url: UNSLOTH_LF,
    where:
      'Llama-Factory 3rd party benchmarking: LLaMA2-7B, A100, batch 4, LoRA rank 8, max length 1024 (LLaMA-Factory’s defaults then: q and v, AdamW, checkpointing on)',
    quote,
    model: 'meta-llama/Llama-2-7b-hf',
    settings: {
      rank: 8,
      targets: QV,
      optimizer: 'adamw' as const,
      adapterDtype: 'fp32' as const,
      batch: 4,
      sequence: 1024,
      checkpointing: true,
      ...over,
    } as Omit<CalculatorInput, 'shape'>,
    figure: { value, unit: 'GB' as const },
    reading: 'device' as const,
  })),
  {
    id: 'qlora-paper-65b',
    source: 'QLoRA (Dettmers et al., 2023), abstract',
    url: 'https://arxiv.org/abs/2305.14314',
    where:
      'Abstract: Guanaco 65B trained on one 48 GB GPU (NF4 + double quantization, LoRA r = 64 with dropout 0.05 on every linear layer, cast to bf16 by the paper’s qlora.py, paged optimizer, checkpointing; the paper’s 512-token source/target limit)',
    quote:
      'QLORA reduces the average memory requirements of finetuning a 65B parameter model from >780GB of GPU memory to <48GB',
    model: 'huggyllama/llama-65b',
    settings: {
      method: 'qlora',
      rank: 64,
      targets: ALL,
      precision: 'auto',
      optimizer: 'adamw',
      batch: 1,
      sequence: 512,
      checkpointing: true,
      dropout: true,
    },
    figure: { value: 48, unit: 'GB' },
    reading: 'device',
    bound: true,
  },
  {
    id: 'lora-paper-gpt3',
    source: 'LoRA (Hu et al., 2021), §4.2',
    url: 'https://arxiv.org/abs/2106.09685',
    where: 'Practical benefits: GPT-3 175B trained with Adam, VRAM during training',
    quote: 'we reduce the VRAM consumption during training from 1.2TB to 350GB',
    model: 'meta-llama/Llama-2-70b-hf',
    settings: {
      method: 'lora',
      rank: 4,
      targets: QV,
      precision: 'auto',
      optimizer: 'adamw',
      batch: 1,
      sequence: 2048,
      checkpointing: false,
    },
    figure: { value: 350, unit: 'GB' },
    reading: 'device',
    unreproducible:
      'a total over the whole training cluster for GPT-3 175B (not a bundled shape), with no batch, sequence length or number of GPUs stated',
  },
]
