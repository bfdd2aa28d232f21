/**
 * Synthetic datasets for benchmarks only (never bundled for users): a DAG of `n` techniques with
 * 1–3 earlier parents each, 8 categories, years spread over a decade, descriptions of realistic
 * length, plus papers, tools and newsletter issues that reference them. Deterministic per `n`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function rng(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS =
  'adapter rank matrix prompt prefix gradient reward policy preference quantized frozen backbone layer attention token instruction alignment feedback sparse mask bias scaling memory throughput dataset objective loss reference model distillation projection vector update merge'.split(
    ' ',
  )
const CATEGORIES = [
  'full',
  'adapters',
  'low-rank',
  'prompts',
  'selective',
  'quant',
  'instruct',
  'preference',
]

export function generateDataset(n: number, dir: string) {
  const random = rng(n)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const sentence = (words: number) => {
    const w = Array.from({ length: words }, () => pick(WORDS))
    return `${w[0]![0]!.toUpperCase()}${w.join(' ').slice(1)}.`
  }
  const techniques = Array.from({ length: n }, (_, i) => {
    const year = 2015 + Math.min(9, Math.floor((i / n) * 10))
    const primary = pick(CATEGORIES)
    const categories =
      random() < 0.3 ? [primary, pick(CATEGORIES.filter((c) => c !== primary))] : [primary]
    return {
      id: `t-${i}`,
      name: `${pick(WORDS).slice(0, 6)}-${i}`,
      fullName: `Synthetic technique ${i}`,
      aliases: [`method ${i}`],
      year,
      categories,
      paper: `p-${i}`,
      organizations: [`Lab ${i % 37}`],
      description: `${sentence(14)} ${sentence(12)} ${sentence(16)}`,
      sources: [`https://example.org/technique/${i}`],
    }
  })
  const lineage: { child: string; parent: string; relation: string; reason: string }[] = []
  for (let i = 1; i < n; i++) {
    const parents = new Set<number>()
    const count = 1 + Math.floor(random() * 3)
    // Parents come from earlier techniques of an earlier or the same year.
    for (let k = 0; k < count; k++) parents.add(Math.floor(random() * i))
    for (const p of parents)
      lineage.push({
        child: `t-${i}`,
        parent: `t-${p}`,
        relation: pick(['extends', 'specializes', 'simplifies', 'combines']),
        reason: sentence(9),
      })
  }
  const papers = techniques.map((t) => ({
    id: t.paper,
    title: `On ${t.name}: ${sentence(6)}`,
    authors: ['A. Author', 'B. Author'],
    moreAuthors: true,
    year: t.year,
    url: `https://example.org/paper/${t.id}`,
    organizations: t.organizations,
    sources: [`https://example.org/paper/${t.id}`],
  }))
  const tools = Array.from({ length: Math.max(3, Math.floor(n / 25)) }, (_, i) => ({
    id: `tool-${i}`,
    name: `Tool ${i}`,
    organization: `Org ${i % 11}`,
    url: `https://example.org/tool/${i}`,
    kind: pick(['library', 'framework', 'managed-service', 'runtime', 'platform']),
    openSource: random() < 0.7,
    license: 'Apache-2.0',
    status: 'active',
    techniques: Array.from({ length: 5 }, () => `t-${Math.floor(random() * n)}`).filter(
      (v, k, a) => a.indexOf(v) === k,
    ),
    description: `${sentence(12)} ${sentence(10)}`,
    sources: [`https://example.org/tool/${i}`],
  }))
  const issues = Array.from({ length: 13 }, (_, i) => ({
    id: `edge-${327 + 2 * i}`,
    number: 327 + 2 * i,
    title: `Synthetic issue ${i}`,
    summary: `${sentence(12)} ${sentence(10)}`,
    concept: `t-${Math.floor(random() * n)}`,
    paper: `p-${Math.floor(random() * n)}`,
    tool: `tool-${i % tools.length}`,
    techniques: Array.from({ length: 3 }, () => `t-${Math.floor(random() * n)}`).filter(
      (v, k, a) => a.indexOf(v) === k,
    ),
    sources: ['https://example.org/issue'],
  }))
  const categories = CATEGORIES.map((id) => ({
    id,
    name: `Category ${id}`,
    description: `Synthetic category ${id}.`,
  }))
  mkdirSync(dir, { recursive: true })
  // Every record carries the date it was (notionally) checked, as the schema requires.
  const write = (file: string, data: object[]) =>
    writeFileSync(
      join(dir, file),
      JSON.stringify(data.map((r) => ({ ...r, checked: '2026-11-26' }))),
    )
  write('categories.json', categories)
  write('papers.json', papers)
  write('techniques.json', techniques)
  write('lineage.json', lineage)
  write('tools.json', tools)
  write('newsletter-issues.json', issues)
}
