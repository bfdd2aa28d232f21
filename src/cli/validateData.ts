/**
 * `npm run validate-data [dir]`: checks the dataset's schema and integrity, prints every
 * problem with file, record id and field, and exits non-zero if there is any.
 */
import { resolve } from 'node:path'
import { countsLine, readDataDir } from '../build/readDataDir.ts'
import { formatProblem } from '../domain/dataset.ts'
import { validateModels } from '../domain/validateModels.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const args = process.argv.slice(2)
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'data')
const requireSeedEntities = !args.includes('--no-seed')
const read = readDataDir(dir, { requireSeedEntities })
const { data } = read
// The calculator's model shapes (models.json) are checked alongside the six record files.
const modelsFile = join(dir, 'models.json')
let modelsRaw: unknown
try {
  modelsRaw = JSON.parse(readFileSync(modelsFile, 'utf8'))
} catch {
  modelsRaw = undefined
}
const modelCheck = validateModels(modelsRaw)
const problems = [...read.problems, ...modelCheck.problems]

if (problems.length) {
  console.error(`✗ ${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  for (const p of problems) console.error(`  ${formatProblem(p)}`)
  process.exit(1)
}
console.log(`✓ ${dir}: ${countsLine(data)}, ${modelCheck.models.length} model shapes`)
