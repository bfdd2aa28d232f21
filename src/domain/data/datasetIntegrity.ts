/**
 * Referential integrity of the dataset: unique ids, every reference resolves, lineage is
 * acyclic, years are ordered, arXiv ids agree with their links, the seed's entities are present.
 * Dangling references are dropped from the returned data so the rest stays usable.
 */
import type { AtlasData, DataProblem } from './dataset.ts'
import { byId, dedupe } from './dedupe.ts'
import { checkLineage } from './lineageIntegrity.ts'
import { checkIssues, checkSeedEntities, checkTools } from './referenceIntegrity.ts'
import type { Paper, Technique } from './schema.ts'

export interface ValidateOptions {
  /** Require every entity the seed recap names (on for the real dataset). */
  requireSeedEntities?: boolean
}

export function checkIntegrity(
  input: AtlasData,
  options: ValidateOptions = {},
): { data: AtlasData; problems: DataProblem[] } {
  const problems: DataProblem[] = []
  const categories = dedupe(input.categories, byId, byId, 'categories.json', problems)
  const papers = dedupe(input.papers, byId, byId, 'papers.json', problems)
  checkPapers(papers, problems)
  const techniques = checkTechniques(
    input.techniques,
    new Set(categories.map(byId)),
    new Set(papers.map(byId)),
    problems,
  )
  checkOrganizations(papers, techniques, problems)
  const used = new Set(techniques.flatMap((t) => t.categories))
  for (const c of categories)
    if (!used.has(c.id))
      problems.push({
        file: 'categories.json',
        id: c.id,
        field: 'id',
        message: 'no technique belongs to this category',
      })
  const techniqueById = new Map(techniques.map((t) => [t.id, t]))
  const lineage = checkLineage(input.lineage, techniqueById, problems)
  const tools = checkTools(input.tools, techniques, problems)
  const issues = checkIssues(input.issues, techniqueById, papers, tools, problems)
  if (options.requireSeedEntities) checkSeedEntities(techniqueById, tools, issues, problems)
  return {
    data: { categories, papers, techniques, lineage, tools, issues, models: [] },
    problems,
  }
}

/** A paper's arXiv link, id and year must agree (new-style ids start with the first version's YYMM). */
function checkPapers(papers: readonly Paper[], problems: DataProblem[]) {
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
}

/**
 * Techniques whose paper is known, with their unknown categories dropped; a technique left with
 * no known category is left out.
 */
function checkTechniques(
  input: Technique[],
  categoryIds: ReadonlySet<string>,
  paperIds: ReadonlySet<string>,
  problems: DataProblem[],
): Technique[] {
  return dedupe(input, byId, byId, 'techniques.json', problems).flatMap((t) => {
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
  })
}

/** An empty affiliation list must say why, so a gap is never mistaken for an oversight. */
function checkOrganizations(
  papers: readonly Paper[],
  techniques: readonly Technique[],
  problems: DataProblem[],
) {
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
}
