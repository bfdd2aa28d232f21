/**
 * The documentation of the URL contract: what each parameter of `URL_PARAMS` (viewState.ts)
 * means, a valid non-default example, and for parameters of kind `other` their values and
 * default as the README shows them; the other kinds derive those from the codec row itself.
 * Kept out of viewState.ts so the app's first view does not ship it: only the README check and
 * the contract tests read it. The type requires exactly one entry per parameter.
 */
import { MAX_TEXT, URL_PARAMS, DEFAULT_MODEL, MAX_DEPTH } from './viewState'
import { MAX_COMPARED, TOOL_KINDS } from '../data/constants'
import { TARGET_MODULES } from '../decide/decideOptions'
import { TOURS } from '../explore/tours'

type Row = (typeof URL_PARAMS)[number]
type ParamName = Row['param']

interface ParamDoc {
  meaning: string
  /** A valid non-default value as it appears in a link (the round-trip test uses it). */
  example: string
  /** Other parameters the example needs to take effect (e.g. a selection to focus on). */
  exampleContext?: Record<string, string>
  /** README columns, for parameters of kind `other` only. */
  values?: string
  defaultLabel?: string
}

const DOCS: Record<ParamName, ParamDoc> = {
  technique: { meaning: 'selected technique (details panel, lineage highlight)', example: 'qlora' },
  issue: {
    meaning: 'selected newsletter issue (highlights what it covered)',
    example: '349',
    values: '`335` or `edge-335`',
    defaultLabel: '–',
  },
  tool: {
    meaning: 'selected tool (highlights what it supports)',
    example: 'trl',
    values: 'a tool id (`trl`)',
    defaultLabel: '–',
  },
  categories: {
    meaning: 'category filter',
    example: 'low-rank,quantization',
    values: 'comma-separated category ids',
    defaultLabel: 'all',
  },
  from: { meaning: 'year range: first year shown', example: '2021' },
  to: { meaning: 'year range: last year shown', example: '2023' },
  q: { meaning: 'search over names, aliases, descriptions, organizations', example: 'low rank' },
  unmatched: { meaning: 'what happens to non-matching techniques', example: 'hide' },
  lineage: { meaning: 'which lineage of the selection is highlighted', example: 'ancestors' },
  depth: {
    meaning: 'generations highlighted each way',
    example: '2',
    values: `\`1\`–\`${MAX_DEPTH}\`, \`all\``,
    defaultLabel: '`all`',
  },
  focus: {
    meaning:
      'the whole map, or only the selected technique’s lineage (to `depth`), laid out afresh',
    example: 'lineage',
    exampleContext: { technique: 'lora' },
  },
  path: {
    meaning: 'how two techniques relate: the chain between them, told and lit',
    example: 'qlora,dpo',
    values: 'two technique ids (`qlora,dpo`)',
    defaultLabel: '–',
  },
  compare: {
    meaning: 'techniques compared side by side',
    example: 'lora,dora,pissa',
    values: `2–${MAX_COMPARED} technique ids (\`lora,dora,pissa\`)`,
    defaultLabel: '–',
  },
  tour: {
    meaning: 'guided tour (its step sets the view)',
    example: 'lora-family',
    values: TOURS.map((t) => `\`${t.id}\``).join(', '),
    defaultLabel: '–',
  },
  step: {
    meaning: 'step of the tour',
    example: '2',
    exampleContext: { tour: 'lora-family' },
    values: '`1`–the tour’s length',
    defaultLabel: '`1`',
  },
  panel: { meaning: 'open side panel', example: 'issues' },
  side: {
    meaning: 'side panel shown, or folded away to give the graph the width (a selection opens it)',
    example: 'closed',
  },
  view: { meaning: 'main view', example: 'outline' },
  model: {
    meaning: 'calculator: the model (its shape read from its config.json)',
    example: 'Qwen/Qwen2.5-7B',
    values: 'a bundled Hugging Face repo id (`Qwen/Qwen2.5-7B`, any case) or `custom`',
    defaultLabel: `\`${DEFAULT_MODEL}\``,
  },
  dims: {
    meaning: 'calculator: a custom model’s shape (with `model=custom`)',
    example: '96,12288,49152,96,96,50257',
    exampleContext: { model: 'custom' },
    values: 'layers,hidden,intermediate,heads,kv-heads,vocab',
    defaultLabel: '–',
  },
  method: { meaning: 'calculator: fine-tuning method', example: 'full-fine-tuning' },
  rank: { meaning: 'calculator: adapter rank r', example: '64' },
  targets: {
    meaning: 'calculator: the linear layers adapted',
    example: 'all-linear',
    values: `comma-separated of ${TARGET_MODULES.map((t) => `\`${t}\``).join(', ')}, or \`all-linear\``,
    defaultLabel: '`q_proj,v_proj`',
  },
  precision: {
    meaning:
      'calculator: base-weight precision (`auto`: 16-bit, or NF4 with double quantization for QLoRA)',
    example: '16-bit',
  },
  optimizer: { meaning: 'calculator: optimizer', example: 'adamw-8bit' },
  batch: { meaning: 'calculator: sequences per step', example: '4' },
  seq: { meaning: 'calculator: tokens per sequence', example: '2048' },
  checkpointing: { meaning: 'calculator: gradient checkpointing', example: 'on' },
  attention: {
    meaning: 'calculator: attention kernel (`fused`: FlashAttention or SDPA, no score matrix kept)',
    example: 'eager',
  },
  'adapter-dtype': { meaning: 'calculator: the adapters’ own dtype', example: 'fp32' },
  dropout: { meaning: 'calculator: dropout on the adapters’ input', example: 'on' },
  loss: {
    meaning: 'calculator: plain cross-entropy over all logits, or a fused chunked one',
    example: 'chunked',
  },
  gpus: { meaning: 'calculator: GPUs training together', example: '8' },
  sharding: {
    meaning: 'calculator: ZeRO stage (FSDP full sharding is `zero3`) across the GPUs',
    example: 'zero3',
  },
  data: { meaning: 'chooser: the training data you have', example: 'preferences' },
  gpu: { meaning: 'chooser: GPU memory', example: '80' },
  'model-size': { meaning: 'chooser: model size', example: '70' },
  goal: { meaning: 'chooser: what the fine-tune is for', example: 'preferences' },
  examples: {
    meaning: 'chooser: how many training examples you have',
    example: '300',
    values: 'a whole number from 1 to 100,000,000',
    defaultLabel: 'not given',
  },
  'issue-q': { meaning: 'newsletter-issue panel: text filter', example: 'lora' },
  'issue-category': {
    meaning: 'newsletter-issue panel: category filter',
    example: 'low-rank',
    values: 'a category id',
    defaultLabel: '–',
  },
  'issue-technique': { meaning: 'newsletter-issue panel: technique filter', example: 'qlora' },
  'tool-q': { meaning: 'tools panel: text filter', example: 'hugging' },
  'tool-kind': {
    meaning: 'tools panel: kind filter',
    example: 'library',
    values: TOOL_KINDS.map((k) => `\`${k}\``).join(', '),
    defaultLabel: '–',
  },
  'open-source': { meaning: 'tools panel: open-source filter', example: 'yes' },
  'tool-technique': { meaning: 'tools panel: technique filter', example: 'qlora' },
  sort: { meaning: 'table sort column', example: 'name' },
  dir: { meaning: 'table sort direction', example: 'desc' },
  at: {
    meaning: 'graph zoom and centre (written by Copy link after you zoom or pan)',
    example: '0.8,420,-310',
    values: '`zoom,x,y`',
    defaultLabel: 'fit',
  },
}

const code = (v: unknown) => `\`${String(v)}\``

/** `full`, `ft` for `full-fine-tuning`: each value's short names, in the table's order. */
function aliasText(aliases: Readonly<Record<string, string>>): string {
  const byValue = new Map<string, string[]>()
  for (const [short, long] of Object.entries(aliases))
    byValue.set(long, [...(byValue.get(long) ?? []), short])
  return [...byValue]
    .map(([long, shorts]) => `${shorts.map(code).join(', ')} for ${code(long)}`)
    .join('; ')
}

/** A row's README columns: written out for `other` parameters, derived for the rest. */
function columns(row: Row): { values: string; defaultLabel: string } {
  const doc = DOCS[row.param]
  switch (row.kind) {
    case 'choice':
      return {
        values:
          row.allowed!.map(code).join(', ') +
          (row.aliases ? ` (also ${aliasText(row.aliases)})` : ''),
        defaultLabel: code(row.default),
      }
    case 'number':
      return {
        values: `${code(row.range!.min)}–${code(row.range!.max)}${row.unit ? ` (${row.unit})` : ''}`,
        defaultLabel: code(row.default),
      }
    case 'text':
      return { values: `text (≤ ${MAX_TEXT} chars)`, defaultLabel: '–' }
    case 'technique':
      return { values: 'a technique id (`qlora`)', defaultLabel: '–' }
    case 'year':
      return { values: 'a year', defaultLabel: 'dataset range' }
    case 'other':
      if (doc.values === undefined || doc.defaultLabel === undefined)
        throw new Error(`The URL parameter ${row.param} needs its values and default documented`)
      return { values: doc.values, defaultLabel: doc.defaultLabel }
  }
}

/** Every parameter with its documentation, in the order links write them. */
export const DOCUMENTED_PARAMS = URL_PARAMS.map((row) => ({
  ...row,
  ...DOCS[row.param],
  ...columns(row),
}))

/** The README's URL table, generated from `URL_PARAMS` (a test keeps the README in step). */
export function urlContractMarkdown(): string {
  const lines = [
    '| parameter | values | default | meaning |',
    '| --- | --- | --- | --- |',
    ...DOCUMENTED_PARAMS.map(
      (r) => `| \`${r.param}\` | ${r.values} | ${r.defaultLabel} | ${r.meaning} |`,
    ),
  ]
  return lines.join('\n')
}
