/**
 * The integrity of what refers to techniques: tools (and the usage entries that name them),
 * newsletter issues, and the seed recap's entities. Unknown references are reported and dropped.
 */
import type { DataFile } from './constants.ts'
import { SEED_ENTITIES, type DataProblem } from './dataset.ts'
import { byId, dedupe } from './dedupe.ts'
import type { NewsletterIssue, Paper, Technique, Tool } from './schema.ts'

function knownTechniques(
  refs: string[],
  known: { has: (id: string) => boolean },
  at: { file: DataFile; id: string; field: string },
  problems: DataProblem[],
): string[] {
  return refs.filter((ref) => {
    if (known.has(ref)) return true
    problems.push({ ...at, message: `references unknown technique '${ref}'` })
    return false
  })
}

/**
 * Tools with their unknown techniques dropped; a technique dropped by a tool must not also be
 * listed as supported, and a technique's usage entry must name a tool that lists it.
 */
export function checkTools(
  input: Tool[],
  techniques: readonly Technique[],
  problems: DataProblem[],
): Tool[] {
  const techniqueIds = new Set(techniques.map(byId))
  const tools = dedupe(input, byId, byId, 'tools.json', problems).map((t) => ({
    ...t,
    techniques: knownTechniques(
      t.techniques,
      techniqueIds,
      { file: 'tools.json', id: t.id, field: 'techniques' },
      problems,
    ),
  }))
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
  return tools
}

/**
 * Issues whose concept is a known technique (the others are left out), with unknown papers,
 * tools and techniques dropped from them.
 */
export function checkIssues(
  input: NewsletterIssue[],
  techniqueById: ReadonlyMap<string, Technique>,
  papers: readonly Paper[],
  tools: readonly Tool[],
  problems: DataProblem[],
): NewsletterIssue[] {
  const paperIds = new Set(papers.map(byId))
  const toolIds = new Set(tools.map(byId))
  return dedupe(
    dedupe(input, byId, byId, 'newsletter-issues.json', problems),
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
      techniqueById,
      { file: 'newsletter-issues.json', id: issue.id, field: 'techniques' },
      problems,
    )
    return [fix]
  })
}

/** Every technique, tool and issue the seed recap names must be in the dataset. */
export function checkSeedEntities(
  techniqueById: ReadonlyMap<string, Technique>,
  tools: readonly Tool[],
  issues: readonly NewsletterIssue[],
  problems: DataProblem[],
) {
  for (const id of SEED_ENTITIES.techniques)
    if (!techniqueById.has(id))
      problems.push({
        file: 'techniques.json',
        id,
        field: '*',
        message: 'the seed names this technique but the dataset lacks it',
      })
  const toolIds = new Set(tools.map(byId))
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
