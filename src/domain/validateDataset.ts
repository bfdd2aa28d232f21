/**
 * Schema and integrity checks for the dataset. Runs at build and test time only (it imports zod).
 * Every problem is collected — never just the first — and invalid records are left out, so a
 * broken file degrades the Atlas instead of blanking it.
 */
import { DATA_FILES, type DataFile } from './constants.ts'
import { SEED_ENTITIES, type AtlasData, type DataProblem } from './dataset.ts'
import { recordSchemas } from './schema.ts'

export interface ValidateOptions {
  /** Require every entity the seed recap names (on for the real dataset). */
  requireSeedEntities?: boolean
}

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

function dedupe<T>(
  records: T[],
  key: (r: T) => string,
  label: (r: T) => string,
  file: DataFile,
  problems: DataProblem[],
  what = 'id',
): T[] {
  const seen = new Set<string>()
  return records.filter((r) => {
    const k = key(r)
    if (seen.has(k)) {
      problems.push({ file, id: label(r), field: what, message: `duplicate ${what} '${k}'` })
      return false
    }
    seen.add(k)
    return true
  })
}

/**
 * Referential integrity: unique ids, every reference resolves, lineage is acyclic, years are
 * ordered, arXiv ids agree with their links, the seed's entities are present. Dangling references
 * are dropped from the returned data so the rest stays usable.
 */
export function checkIntegrity(
  input: AtlasData,
  options: ValidateOptions = {},
): { data: AtlasData; problems: DataProblem[] } {
  const problems: DataProblem[] = []
  const byId = <T extends { id: string }>(r: T) => r.id

  const categories = dedupe(input.categories, byId, byId, 'categories.json', problems)
  const papers = dedupe(input.papers, byId, byId, 'papers.json', problems)
  const categoryIds = new Set(categories.map(byId))
  const paperIds = new Set(papers.map(byId))

  for (const p of papers) {
    const arxivUrl = /^https:\/\/arxiv\.org\/abs\/(\d{4}\.\d{4,5})(v\d+)?$/.exec(p.url)
    if (p.arxivId && (!arxivUrl || arxivUrl[1] !== p.arxivId))
      problems.push({
        file: 'papers.json',
        id: p.id,
        field: 'url',
        message: `must be https://arxiv.org/abs/${p.arxivId} to agree with arxivId`,
      })
    if (!p.arxivId && arxivUrl)
      problems.push({
        file: 'papers.json',
        id: p.id,
        field: 'arxivId',
        message: `is missing although url points to arXiv ${arxivUrl[1]}`,
      })
    if (p.arxivId) {
      // New-style arXiv ids start with YYMM of the first version.
      const yy = Number(p.arxivId.slice(0, 2))
      if (2000 + yy !== p.year)
        problems.push({
          file: 'papers.json',
          id: p.id,
          field: 'year',
          message: `${p.year} disagrees with arXiv id ${p.arxivId} (first version 20${p.arxivId.slice(0, 2)})`,
        })
    }
  }

  const techniques = dedupe(input.techniques, byId, byId, 'techniques.json', problems).flatMap(
    (t) => {
      const unknown = t.categories.filter((c) => !categoryIds.has(c))
      for (const c of unknown)
        problems.push({
          file: 'techniques.json',
          id: t.id,
          field: 'categories',
          message: `references unknown category '${c}'`,
        })
      if (!paperIds.has(t.paper)) {
        problems.push({
          file: 'techniques.json',
          id: t.id,
          field: 'paper',
          message: `references unknown paper '${t.paper}'; the technique is left out`,
        })
        return []
      }
      const known = t.categories.filter((c) => categoryIds.has(c))
      if (known.length === 0) return []
      return [unknown.length ? { ...t, categories: known } : t]
    },
  )
  const techniqueById = new Map(techniques.map((t) => [t.id, t]))

  // An empty affiliation list must say why, so a gap is never mistaken for an oversight.
  for (const [file, records] of [
    ['papers.json', papers],
    ['techniques.json', techniques],
  ] as const)
    for (const r of records)
      if (r.organizations.length === 0 && !r.organizationsNote)
        problems.push({
          file,
          id: r.id,
          field: 'organizations',
          message: 'is empty without an organizationsNote saying why',
        })

  const used = new Set(techniques.flatMap((t) => t.categories))
  for (const c of categories)
    if (!used.has(c.id))
      problems.push({
        file: 'categories.json',
        id: c.id,
        field: 'id',
        message: 'no technique belongs to this category',
      })

  const linkLabel = (l: { child: string; parent: string }) => `${l.child}<-${l.parent}`
  let lineage = dedupe(input.lineage, linkLabel, linkLabel, 'lineage.json', problems, 'link')
  lineage = lineage.filter((l) => {
    let ok = true
    for (const end of ['child', 'parent'] as const) {
      if (!techniqueById.has(l[end])) {
        problems.push({
          file: 'lineage.json',
          id: linkLabel(l),
          field: end,
          message: `references unknown technique '${l[end]}'`,
        })
        ok = false
      }
    }
    if (ok && l.child === l.parent) {
      problems.push({
        file: 'lineage.json',
        id: linkLabel(l),
        field: 'parent',
        message: 'a technique cannot be its own parent',
      })
      ok = false
    }
    return ok
  })
  lineage = dropCycles(lineage, problems)

  for (const l of lineage) {
    const child = techniqueById.get(l.child)!
    const parent = techniqueById.get(l.parent)!
    if (child.year < parent.year && !child.yearNote)
      problems.push({
        file: 'lineage.json',
        id: linkLabel(l),
        field: 'child',
        message: `child year ${child.year} is before parent year ${parent.year} and '${child.id}' has no yearNote explaining why`,
      })
  }

  const knownTechniques = (refs: string[], file: DataFile, id: string, field: string) =>
    refs.filter((ref) => {
      if (techniqueById.has(ref)) return true
      problems.push({ file, id, field, message: `references unknown technique '${ref}'` })
      return false
    })

  const tools = dedupe(input.tools, byId, byId, 'tools.json', problems).map((t) => ({
    ...t,
    techniques: knownTechniques(t.techniques, 'tools.json', t.id, 'techniques'),
  }))
  const toolIds = new Set(tools.map(byId))

  for (const t of tools)
    for (const d of t.dropped ?? [])
      if (t.techniques.includes(d.technique))
        problems.push({
          file: 'tools.json',
          id: t.id,
          field: 'dropped',
          message: `lists '${d.technique}' both as supported and as dropped`,
        })
  const toolById = new Map(tools.map((t) => [t.id, t]))
  for (const t of techniques)
    for (const u of t.usage ?? []) {
      const tool = toolById.get(u.tool)
      if (!tool)
        problems.push({
          file: 'techniques.json',
          id: t.id,
          field: 'usage',
          message: `references unknown tool '${u.tool}'`,
        })
      // A usage entry was read from the tool's source, so the tool must list the technique.
      else if (!tool.techniques.includes(t.id))
        problems.push({
          file: 'tools.json',
          id: tool.id,
          field: 'techniques',
          message: `lacks '${t.id}', whose usage entry names this tool`,
        })
    }

  const issues = dedupe(
    dedupe(input.issues, byId, byId, 'newsletter-issues.json', problems),
    (i) => String(i.number),
    byId,
    'newsletter-issues.json',
    problems,
    'number',
  ).flatMap((issue) => {
    const fix = { ...issue }
    if (!techniqueById.has(issue.concept)) {
      problems.push({
        file: 'newsletter-issues.json',
        id: issue.id,
        field: 'concept',
        message: `references unknown technique '${issue.concept}'; the issue is left out`,
      })
      return []
    }
    if (issue.paper && !paperIds.has(issue.paper)) {
      problems.push({
        file: 'newsletter-issues.json',
        id: issue.id,
        field: 'paper',
        message: `references unknown paper '${issue.paper}'`,
      })
      delete fix.paper
    }
    if (issue.tool && !toolIds.has(issue.tool)) {
      problems.push({
        file: 'newsletter-issues.json',
        id: issue.id,
        field: 'tool',
        message: `references unknown tool '${issue.tool}'`,
      })
      delete fix.tool
    }
    fix.techniques = knownTechniques(
      issue.techniques,
      'newsletter-issues.json',
      issue.id,
      'techniques',
    )
    return [fix]
  })

  if (options.requireSeedEntities) {
    for (const id of SEED_ENTITIES.techniques)
      if (!techniqueById.has(id))
        problems.push({
          file: 'techniques.json',
          id,
          field: '*',
          message: 'the seed names this technique but the dataset lacks it',
        })
    for (const id of SEED_ENTITIES.tools)
      if (!toolIds.has(id))
        problems.push({
          file: 'tools.json',
          id,
          field: '*',
          message: 'the seed names this tool but the dataset lacks it',
        })
    const numbers = new Set(issues.map((i) => i.number))
    for (const n of SEED_ENTITIES.issues)
      if (!numbers.has(n))
        problems.push({
          file: 'newsletter-issues.json',
          id: `edge-${n}`,
          field: '*',
          message: `the seed names Edge ${n} but the dataset lacks it`,
        })
  }

  return {
    data: { categories, papers, techniques, lineage, tools, issues, models: [] },
    problems,
  }
}

/** Reports and removes every link that closes a cycle (depth-first search, back edges). */
function dropCycles<L extends { child: string; parent: string }>(
  links: L[],
  problems: DataProblem[],
): L[] {
  const out = new Map<string, L[]>()
  for (const l of links) {
    const list = out.get(l.parent) ?? []
    list.push(l)
    out.set(l.parent, list)
  }
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const back = new Set<L>()
  const visit = (node: string) => {
    state.set(node, 'open')
    stack.push(node)
    for (const l of out.get(node) ?? []) {
      const s = state.get(l.child)
      if (s === 'open') {
        back.add(l)
        const cycle = [...stack.slice(stack.indexOf(l.child)), l.child].join(' → ')
        problems.push({
          file: 'lineage.json',
          id: `${l.child}<-${l.parent}`,
          field: 'parent',
          message: `closes a lineage cycle (${cycle}); the link is left out`,
        })
      } else if (!s) visit(l.child)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const parent of [...out.keys()].sort()) if (!state.has(parent)) visit(parent)
  return links.filter((l) => !back.has(l))
}
