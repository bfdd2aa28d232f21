/** Node-only: reads and checks a dataset folder. Used by the CLI, the Vite plugin and tests. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_FILES } from '../domain/data/constants.ts'
import type { AtlasData, DataProblem } from '../domain/data/dataset.ts'
import { validateDataset, type RawFiles } from '../domain/data/validateDataset.ts'
import { validateModels } from '../domain/data/validateModels.ts'

export function readDataDir(
  dir: string,
  options: { requireSeedEntities: boolean },
): { data: AtlasData; problems: DataProblem[] } {
  const files: RawFiles = {}
  const readProblems: DataProblem[] = []
  for (const file of DATA_FILES) {
    const path = join(dir, file)
    if (!existsSync(path)) continue // reported by validateDataset as missing
    try {
      files[file] = JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      readProblems.push({
        file,
        id: '*',
        field: '*',
        message: `is not valid JSON (${(error as Error).message})`,
      })
    }
  }
  const result = validateDataset(files, options)
  // The calculator's model shapes travel with the dataset (fetched, not in the code); a folder
  // without models.json (a benchmark's synthetic data) simply has none.
  const modelsPath = join(dir, 'models.json')
  let models: ReturnType<typeof validateModels> = { models: [], problems: [] }
  if (!existsSync(modelsPath) && options.requireSeedEntities)
    models.problems.push({ file: 'models.json', id: '*', field: '*', message: 'is missing' })
  else if (existsSync(modelsPath)) {
    try {
      models = validateModels(JSON.parse(readFileSync(modelsPath, 'utf8')))
    } catch (error) {
      models.problems.push({
        file: 'models.json',
        id: '*',
        field: '*',
        message: `is not valid JSON (${(error as Error).message})`,
      })
    }
  }
  // A file that failed to parse is reported once, with the parser's reason.
  const unreadable = new Set(readProblems.map((p) => p.file))
  const problems = [
    ...readProblems,
    ...result.problems.filter((p) => !(unreadable.has(p.file) && p.id === '*')),
    ...models.problems,
  ]
  return { data: { ...result.data, models: models.models }, problems }
}

export function countsLine(data: AtlasData): string {
  return [
    `${data.techniques.length} techniques`,
    `${data.lineage.length} lineage links`,
    `${data.categories.length} categories`,
    `${data.issues.length} newsletter issues`,
    `${data.tools.length} tools`,
    `${data.papers.length} papers`,
  ].join(', ')
}
