/**
 * The calculator's and the chooser's URL parameters: their rows of the codec table, and the
 * custom model shape (`dims`) they read.
 */
import type { Atlas } from '../data/atlas'
import { DATA_KINDS, GOALS, type DataKind, type Goal } from '../data/constants'
import {
  ADAPTER_DTYPES,
  ATTENTIONS,
  BATCH_RANGE,
  DEFAULT_METHOD,
  DEFAULT_TARGETS,
  GPU_RANGE,
  GPUS_RANGE,
  LOSS_KINDS,
  METHODS,
  OPTIMIZERS,
  PRECISIONS,
  RANK_RANGE,
  SEQUENCE_RANGE,
  SHARDINGS,
  SIZE_RANGE,
  TARGET_MODULES,
  type AdapterDtype,
  type Attention,
  type LossKind,
  type Method,
  type Optimizer,
  type Precision,
  type Sharding,
  type TargetModule,
} from './decideOptions'
import { modelById } from './models'
import type { ModelShape } from '../data/schema'
import { closest } from '../explore/suggest'
import { choiceRow, numberRow, quote, type Parsed, type Problem } from '../url/urlRows'

/** The calculator's default model: the one the LoRA paper's PEFT count is usually quoted for. */
export const DEFAULT_MODEL = 'meta-llama/Llama-2-7b-hf'
/** `model=custom` takes its shape from `dims`. */
export const CUSTOM_MODEL = 'custom'
/** The order of `dims`: the config.json fields it stands for. */
export const DIMS_FIELDS = [
  'layers',
  'hidden',
  'intermediate',
  'heads',
  'kvHeads',
  'vocab',
] as const satisfies readonly (keyof ModelShape)[]
const DIMS_MAX = 1_000_000

/** Reads `dims` (layers,hidden,intermediate,heads,kv-heads,vocab) into a model shape. */
export function parseDims(raw: string): Parsed<ModelShape | undefined> {
  const parts = raw.split(',').map((p) => p.trim())
  const numbers = parts.map((p) => (/^\d{1,7}$/.test(p) ? Number(p) : NaN))
  const bad = (why: string): Parsed<ModelShape | undefined> => ({
    problems: [
      {
        message: `Ignored dims “${quote(raw)}”: ${why} (layers, hidden, intermediate, heads, key/value heads, vocabulary, such as 32,4096,11008,32,32,32000).`,
      },
    ],
  })
  if (parts.length !== DIMS_FIELDS.length) return bad('expected six whole numbers')
  if (numbers.some((n) => !(n >= 1 && n <= DIMS_MAX))) return bad(`each must be 1 to ${DIMS_MAX}`)
  const [layers, hidden, intermediate, heads, kvHeads, vocab] = numbers as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  if (hidden % heads !== 0) return bad('the heads must divide the hidden size')
  if (heads % kvHeads !== 0) return bad('the key/value heads must divide the heads')
  return {
    value: { layers, hidden, intermediate, heads, kvHeads, vocab, tiedEmbeddings: false },
  }
}

/** Training examples the chooser accepts (a count people type: 300, 50000). */
export const EXAMPLES_RANGE = { min: 1, max: 100_000_000 } as const

/** The calculator's and the chooser's rows of the URL table, in the order they are written. */
export const DECIDE_PARAMS = [
  {
    key: 'model',
    param: 'model',
    default: DEFAULT_MODEL as string,
    kind: 'other' as const,
    parse: (raw: string, atlas: Atlas): Parsed<string> => {
      if (raw.trim().toLowerCase() === CUSTOM_MODEL) return { value: CUSTOM_MODEL }
      const found = modelById(atlas.data.models, raw)
      if (found) return { value: found.id }
      const near =
        raw.length <= 80
          ? closest(
              raw.trim().toLowerCase(),
              atlas.data.models.map((m) => ({ id: m.id.toLowerCase(), label: m.id })),
            )
          : undefined
      return {
        problems: [
          {
            message: `No bundled model “${quote(raw)}”${near ? ` — did you mean ${near.label}?` : '; choose one of the list or custom dimensions.'}`,
            ...(near ? { suggestion: { label: near.label, value: near.label } } : {}),
          },
        ],
      }
    },
    encode: (v: string) => v,
  },
  {
    key: 'dims',
    param: 'dims',
    default: undefined as ModelShape | undefined,
    kind: 'other' as const,
    parse: (raw: string): Parsed<ModelShape | undefined> => parseDims(raw),
    encode: (v: ModelShape | undefined) => (v ? DIMS_FIELDS.map((f) => v[f]).join(',') : ''),
  },
  // Full fine-tuning is what people shorten: `method=full` (or ft, fft) opens it.
  choiceRow('method', 'method', METHODS, DEFAULT_METHOD as Method, {
    full: 'full-fine-tuning',
    ft: 'full-fine-tuning',
    fft: 'full-fine-tuning',
  }),
  numberRow('rank', 'rank', RANK_RANGE, 8),
  {
    key: 'targets',
    param: 'targets',
    default: DEFAULT_TARGETS as readonly TargetModule[],
    kind: 'other' as const,
    parse: (raw: string): Parsed<readonly TargetModule[]> => {
      const parts = raw
        .split(',')
        .map((p) => p.trim().toLowerCase())
        .filter(Boolean)
        .slice(0, 20)
      if (parts.length === 1 && parts[0] === 'all-linear') return { value: TARGET_MODULES }
      const problems: Problem[] = []
      const wanted = new Set<string>()
      for (const p of parts) {
        if ((TARGET_MODULES as readonly string[]).includes(p)) wanted.add(p)
        else {
          const near =
            p.length <= 40
              ? closest(
                  p,
                  TARGET_MODULES.map((t) => ({ id: t, label: t })),
                )
              : undefined
          problems.push({
            message: `Ignored the unknown module “${quote(p)}” in targets${near ? ` — did you mean ${near.label}?` : `: expected ${TARGET_MODULES.join(', ')} or all-linear.`}`,
          })
        }
      }
      const value = TARGET_MODULES.filter((t) => wanted.has(t))
      return value.length ? { value, problems } : { problems }
    },
    encode: (v: readonly TargetModule[]) =>
      v.length === TARGET_MODULES.length ? 'all-linear' : v.join(','),
  },
  choiceRow('precision', 'precision', PRECISIONS, 'auto' as Precision),
  choiceRow('optimizer', 'optimizer', OPTIMIZERS, 'adamw' as Optimizer),
  numberRow('batch', 'batch', BATCH_RANGE, 1),
  numberRow('sequence', 'seq', SEQUENCE_RANGE, 512),
  choiceRow('checkpointing', 'checkpointing', ['off', 'on'] as const, 'off' as 'off' | 'on'),
  choiceRow('attention', 'attention', ATTENTIONS, 'fused' as Attention),
  choiceRow('adapterDtype', 'adapter-dtype', ADAPTER_DTYPES, 'bf16' as AdapterDtype),
  choiceRow('dropout', 'dropout', ['off', 'on'] as const, 'off' as 'off' | 'on'),
  choiceRow('loss', 'loss', LOSS_KINDS, 'standard' as LossKind),
  numberRow('gpus', 'gpus', GPUS_RANGE, 1),
  choiceRow('sharding', 'sharding', SHARDINGS, 'none' as Sharding),
  choiceRow('data', 'data', DATA_KINDS, 'demonstrations' as DataKind),
  numberRow('gpu', 'gpu', GPU_RANGE, 24, { unit: 'GB' }),
  numberRow('modelSize', 'model-size', SIZE_RANGE, 7, {
    decimals: 1,
    unit: 'billion parameters',
  }),
  choiceRow('goal', 'goal', GOALS, 'instructions' as Goal),
  {
    key: 'examples',
    param: 'examples',
    default: undefined as number | undefined,
    kind: 'other' as const,
    parse: (raw: string): Parsed<number | undefined> => {
      const v = raw.trim().replace(/[,_\s]/g, '')
      const n = /^\d{1,9}$/.test(v) ? Number(v) : NaN
      if (n >= EXAMPLES_RANGE.min && n <= EXAMPLES_RANGE.max) return { value: n }
      return {
        problems: [
          {
            message: `Ignored examples “${quote(raw)}”: expected a whole number from 1 to 100,000,000.`,
          },
        ],
      }
    },
    encode: (v: number | undefined) => (v === undefined ? '' : String(v)),
  },
] as const
