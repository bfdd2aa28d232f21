/**
 * `npm run data-coverage`: prints how much of Hugging Face PEFT's and TRL's method lists (the
 * snapshots in data/external/) the dataset covers, per list and over their union, and what is
 * still missing.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readDataDir } from '../build/readDataDir.ts'
import {
  measureCoverage,
  methodName,
  type ExternalItem,
  type ExternalSnapshot,
} from '../domain/data/coverage.ts'

const dir = resolve(process.argv[2] ?? 'data')
const externalDir = join(dir, 'external')
const snapshots: ExternalSnapshot[] = readdirSync(externalDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(externalDir, f), 'utf8')) as ExternalSnapshot)
const { data } = readDataDir(dir, { requireSeedEntities: false })
const { lists, union } = measureCoverage(snapshots, data)

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–')
const label = (i: ExternalItem) =>
  i.arxivId ? `${methodName(i)} (arXiv ${i.arxivId})` : methodName(i)

console.log('Dataset coverage of the main fine-tuning libraries’ method lists\n')
for (const s of snapshots)
  console.log(
    `  ${s.library} ${s.version} @ ${s.commit.slice(0, 7)} (read ${s.read}) ${s.repository}`,
  )
console.log('\n| list | covered | of | coverage |\n| --- | --- | --- | --- |')
for (const l of lists)
  console.log(
    `| ${l.library}: ${l.list} | ${l.covered} | ${l.total} | ${pct(l.covered, l.total)} |`,
  )
console.log(
  `| **union (distinct methods)** | ${union.covered} | ${union.total} | ${pct(union.covered, union.total)} |`,
)
console.log(`\nStill missing (${union.missing.length}):`)
for (const m of union.missing) console.log(`  - ${label(m)}`)
