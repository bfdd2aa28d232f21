/**
 * Schema checks for data/models.json, the calculator's model shapes. Build and test time only
 * (it imports zod). Every problem is listed; invalid records are left out.
 */
import type { DataProblem } from './dataset.ts'
import { modelSchema, type Model } from './schema.ts'

export function validateModels(raw: unknown): { models: Model[]; problems: DataProblem[] } {
  const file = 'models.json' as const
  if (!Array.isArray(raw))
    return {
      models: [],
      problems: [{ file, id: '*', field: '*', message: 'must hold a JSON array of model shapes' }],
    }
  const models: Model[] = []
  const problems: DataProblem[] = []
  const seen = new Set<string>()
  raw.forEach((record: unknown, index) => {
    const parsed = modelSchema.safeParse(record)
    const id =
      record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string'
        ? (record as { id: string }).id
        : `#${index}`
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          file,
          id,
          field: issue.path.length ? issue.path.join('.') : '*',
          message: issue.message,
        })
      return
    }
    const key = parsed.data.id.toLowerCase()
    if (seen.has(key)) {
      problems.push({ file, id, field: 'id', message: 'is listed twice' })
      return
    }
    const { hidden, heads, kvHeads, headDim } = parsed.data
    if (headDim === undefined && hidden % heads !== 0)
      problems.push({
        file,
        id,
        field: 'heads',
        message: 'must divide hidden unless headDim is given',
      })
    else if (heads % kvHeads !== 0)
      problems.push({ file, id, field: 'kvHeads', message: 'must divide heads' })
    else {
      seen.add(key)
      models.push(parsed.data)
    }
  })
  return { models, problems }
}
