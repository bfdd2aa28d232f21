/**
 * Schema and integrity checks for the dataset. Runs at build and test time only (it imports zod).
 * Every problem is collected — never just the first — and invalid records are left out, so a
 * broken file degrades the Atlas instead of blanking it.
 */
import { DATA_FILES, type DataFile } from './constants.ts'
import type { AtlasData, DataProblem } from './dataset.ts'
import { checkIntegrity, type ValidateOptions } from './datasetIntegrity.ts'
import { recordSchemas } from './schema.ts'

export type RawFiles = Partial<Record<DataFile, unknown>>

const COLLECTION: Record<DataFile, keyof AtlasData> = {
  'categories.json': 'categories',
  'papers.json': 'papers',
  'techniques.json': 'techniques',
  'lineage.json': 'lineage',
  'tools.json': 'tools',
  'newsletter-issues.json': 'issues',
}

function recordLabel(file: DataFile, record: unknown, index: number): string {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>
    if (file === 'lineage.json' && typeof r.child === 'string' && typeof r.parent === 'string')
      return `${r.child}<-${r.parent}`
    if (typeof r.id === 'string' && r.id) return r.id
  }
  return `#${index}`
}

/** Validates raw file contents (already JSON-parsed) against the schema, then checks integrity. */
export function validateDataset(
  files: RawFiles,
  options: ValidateOptions = {},
): { data: AtlasData; problems: DataProblem[] } {
  const problems: DataProblem[] = []
  const data: AtlasData = {
    categories: [],
    papers: [],
    techniques: [],
    lineage: [],
    tools: [],
    issues: [],
    models: [],
  }
  for (const file of DATA_FILES) {
    const raw = files[file]
    if (raw === undefined) {
      problems.push({ file, id: '*', field: '*', message: 'file is missing or is not valid JSON' })
      continue
    }
    if (!Array.isArray(raw)) {
      problems.push({ file, id: '*', field: '*', message: 'must hold a JSON array of records' })
      continue
    }
    const schema = recordSchemas[file]
    const out = data[COLLECTION[file]] as unknown[]
    raw.forEach((record: unknown, index) => {
      const parsed = schema.safeParse(record)
      if (parsed.success) {
        out.push(parsed.data)
        return
      }
      for (const issue of parsed.error.issues) {
        problems.push({
          file,
          id: recordLabel(file, record, index),
          field: issue.path.length ? issue.path.join('.') : '*',
          message: issue.message,
        })
      }
    })
  }
  const checked = checkIntegrity(data, options)
  return { data: checked.data, problems: [...problems, ...checked.problems] }
}
