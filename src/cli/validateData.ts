/**
 * `npm run validate-data [dir]`: checks the dataset's schema and integrity, prints every
 * problem with file, record id and field, and exits non-zero if there is any.
 */
import { resolve } from 'node:path'
import { countsLine, readDataDir } from '../build/readDataDir.ts'
import { formatProblem } from '../domain/data/dataset.ts'

const args = process.argv.slice(2)
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'data')
const requireSeedEntities = !args.includes('--no-seed')
const read = readDataDir(dir, { requireSeedEntities })
const { data, problems } = read

if (problems.length) {
  console.error(`✗ ${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  for (const p of problems) console.error(`  ${formatProblem(p)}`)
  process.exit(1)
}
console.log(`✓ ${dir}: ${countsLine(data)}, ${data.models.length} model shapes`)
