import type { DataFile } from './constants.ts'
import type {
  Category,
  LineageLink,
  Model,
  NewsletterIssue,
  Paper,
  Technique,
  Tool,
} from './schema.ts'

/** The validated dataset, one array per data file. */
export interface AtlasData {
  categories: Category[]
  papers: Paper[]
  techniques: Technique[]
  lineage: LineageLink[]
  tools: Tool[]
  issues: NewsletterIssue[]
  /** The calculator's model shapes (data/models.json), each read from its config.json. */
  models: Model[]
}

/** One thing wrong with the dataset, located precisely enough to fix it. */
export interface DataProblem {
  file: DataFile | 'models.json'
  /** Record id, `child<-parent` for lineage links, `#index` when the record has no id, `*` for the whole file. */
  id: string
  /** Dotted path of the field at fault, or `*` for the whole record. */
  field: string
  message: string
}

/** "techniques.json › qlora › paper: references unknown paper 'x'" */
export function formatProblem(p: DataProblem): string {
  return `${p.file} › ${p.id} › ${p.field}: ${p.message}`
}

/** The ids the seed recap names; each must be present in the real dataset. */
export const SEED_ENTITIES = {
  techniques: [
    'full-fine-tuning',
    'lima',
    'multitask-prompt-tuning',
    'ulmfit',
    'symbol-tuning',
    'peft',
    'lora',
    'qlora',
    'prefix-tuning',
    'prompt-tuning',
    'llama-adapter',
    'rlhf',
    'constitutional-ai',
    'rlaif',
  ],
  tools: [
    'h2o-llm-studio',
    'lamini',
    'scale-llm-engine',
    'ray-train',
    'diffusers-lora',
    'azure-openai-fine-tuning',
    'hf-peft',
    'axolotl',
    'chatbot-arena',
    'trl',
    'humanloop',
    'nemo',
  ],
  issues: [327, 329, 331, 333, 335, 337, 339, 341, 343, 345, 347, 349, 351],
} as const

/**
 * Problems grouped by the record they belong to, in first-seen order: one line per record
 * ("techniques.json › qlora: paper: …; year: …"), so a broken file does not bury the page.
 */
export function groupProblems(
  problems: readonly DataProblem[],
): { record: string; text: string }[] {
  const groups = new Map<string, string[]>()
  for (const p of problems) {
    const record = `${p.file} › ${p.id}`
    const detail = p.field === '*' ? p.message : `${p.field}: ${p.message}`
    groups.set(record, [...(groups.get(record) ?? []), detail])
  }
  return [...groups].map(([record, details]) => ({
    record,
    text: `${record}: ${details.join('; ')}`,
  }))
}
