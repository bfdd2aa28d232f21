/** Which techniques, newsletter issues and tools match the current filters. Pure and total. */
import type { Atlas } from '../data/atlas'
import type { ToolKind } from '../data/constants'
import type { NewsletterIssue, Technique, Tool } from '../data/schema'

export interface TechniqueFilter {
  /** Empty means every category. */
  categories: readonly string[]
  from?: number
  to?: number
  /** Ids that match the search text, or null when there is no search. */
  searchHits: ReadonlySet<string> | null
}

function inYears(t: Technique, f: TechniqueFilter) {
  return (f.from === undefined || t.year >= f.from) && (f.to === undefined || t.year <= f.to)
}

function inCategories(t: Technique, categories: readonly string[]) {
  return categories.length === 0 || t.categories.some((c) => categories.includes(c))
}

/** Ids of the techniques that pass every filter. */
export function matchingTechniques(atlas: Atlas, f: TechniqueFilter): Set<string> {
  const out = new Set<string>()
  for (const t of atlas.data.techniques)
    if (inCategories(t, f.categories) && inYears(t, f) && (!f.searchHits || f.searchHits.has(t.id)))
      out.add(t.id)
  return out
}

/**
 * For each category, how many techniques it would show given the other filters (years and
 * search): the number printed beside each category toggle.
 */
export function categoryCounts(atlas: Atlas, f: TechniqueFilter): Map<string, number> {
  const counts = new Map<string, number>([...atlas.categories.keys()].map((c) => [c, 0]))
  for (const t of atlas.data.techniques) {
    if (!inYears(t, f) || (f.searchHits && !f.searchHits.has(t.id))) continue
    for (const c of t.categories) counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  return counts
}

function includesText(haystack: (string | undefined)[], query: string) {
  const q = query.trim().toLowerCase()
  if (!q) return true
  return haystack.some((h) => h?.toLowerCase().includes(q))
}

export interface IssueFilter {
  query: string
  category?: string
  technique?: string
}

/** Newsletter issues matching the panel's filters, in issue order. */
export function filterIssues(atlas: Atlas, f: IssueFilter): NewsletterIssue[] {
  return [...atlas.data.issues]
    .sort((a, b) => a.number - b.number)
    .filter((issue) => {
      const covered = [issue.concept, ...issue.techniques]
      if (f.technique && !covered.includes(f.technique)) return false
      if (
        f.category &&
        !covered.some((id) => atlas.techniques.get(id)?.categories.includes(f.category!))
      )
        return false
      const paper = issue.paper ? atlas.papers.get(issue.paper) : undefined
      const tool = issue.tool ? atlas.tools.get(issue.tool) : undefined
      return includesText(
        [
          `edge ${issue.number}`,
          issue.title,
          issue.summary,
          paper?.title,
          tool?.name,
          ...covered.map((id) => atlas.techniques.get(id)?.name),
        ],
        f.query,
      )
    })
}

export interface ToolFilter {
  query: string
  kind?: ToolKind
  openSource: 'any' | 'yes' | 'no'
  technique?: string
}

/** Tools matching the panel's filters, by name. */
export function filterTools(atlas: Atlas, f: ToolFilter): Tool[] {
  return [...atlas.data.tools]
    .sort((a, b) => a.name.localeCompare(b.name))
    .filter((tool) => {
      if (f.kind && tool.kind !== f.kind) return false
      if (f.openSource === 'yes' && !tool.openSource) return false
      if (f.openSource === 'no' && tool.openSource) return false
      if (f.technique && !tool.techniques.includes(f.technique)) return false
      return includesText(
        [tool.name, tool.organization, tool.description, tool.license, tool.kind],
        f.query,
      )
    })
}

/** The techniques a newsletter issue covers (its concept first). */
export function issueTechniques(issue: NewsletterIssue): string[] {
  return [...new Set([issue.concept, ...issue.techniques])]
}

/**
 * The category filter after clicking one category's button: it is taken out if on, else added,
 * and the list is kept in legend order so equal filters give equal links.
 */
export function toggleCategory(atlas: Atlas, categories: readonly string[], id: string): string[] {
  if (categories.includes(id)) return categories.filter((c) => c !== id)
  return [...atlas.categories.keys()].filter((c) => c === id || categories.includes(c))
}

/** A year range as the URL keeps it: the dataset's own bounds are left out. */
export function yearRange(
  bounds: { min: number; max: number },
  from: number,
  to: number,
): { from: number | undefined; to: number | undefined } {
  return { from: from > bounds.min ? from : undefined, to: to < bounds.max ? to : undefined }
}
