/**
 * What the explorer shows for a view state: a pure function of the dataset, the URL state and
 * the search hits. The page memoizes each part separately, so a change to one part of the URL
 * (say, the table's sort) leaves the others — and the graph — untouched.
 */
import { lineageOf, linksWithin, type Atlas } from '../data/atlas'
import { relate, relationHighlight } from './relate'
import { nearest } from './suggest'
import {
  categoryCounts,
  filterIssues,
  filterTools,
  issueTechniques,
  matchingTechniques,
  type TechniqueFilter,
} from './filters'
import type { NewsletterIssue, Technique, Tool } from '../data/schema'
import type { ViewState } from '../url/viewState'

/** Techniques and links to bring forward: a selection's lineage, or what an issue or tool covers. */
export interface Highlight {
  nodes: ReadonlySet<string>
  edges: ReadonlySet<string>
}

/** The selected record, resolved. */
export interface Selected {
  technique?: Technique
  issue?: NewsletterIssue
  tool?: Tool
}

export function selectedOf(atlas: Atlas, state: ViewState): Selected {
  return {
    technique: state.technique ? atlas.techniques.get(state.technique) : undefined,
    issue: state.issue !== undefined ? atlas.issues.get(state.issue) : undefined,
    tool: state.tool ? atlas.tools.get(state.tool) : undefined,
  }
}

/** The technique filter of a state (categories, years, search hits; null hits = no search). */
export function techniqueFilter(
  state: Pick<ViewState, 'categories' | 'from' | 'to'>,
  searchHits: ReadonlySet<string> | null,
): TechniqueFilter {
  return { categories: state.categories, from: state.from, to: state.to, searchHits }
}

/**
 * What to highlight: a technique's lineage (which side, how deep), or every technique an issue
 * or tool covers together with the links between them; null when nothing is selected.
 */
export function highlightOf(
  atlas: Atlas,
  selected: Selected,
  state: Pick<ViewState, 'lineage' | 'depth'>,
): Highlight | null {
  if (selected.technique)
    return lineageOf(
      atlas,
      selected.technique.id,
      state.lineage,
      state.depth === 'all' ? Infinity : state.depth,
    )
  if (selected.issue) {
    const nodes = new Set(issueTechniques(selected.issue))
    return { nodes, edges: linksWithin(atlas, nodes) }
  }
  if (selected.tool)
    return {
      nodes: new Set(selected.tool.techniques),
      edges: linksWithin(atlas, selected.tool.techniques),
    }
  return null
}

/** The newsletter-issue panel's list for a state. */
export const issuesOf = (atlas: Atlas, state: ViewState) =>
  filterIssues(atlas, {
    query: state.issueQuery,
    category: state.issueCategory,
    technique: state.issueTechnique,
  })

/** The tools panel's list for a state. */
export const toolsOf = (atlas: Atlas, state: ViewState) =>
  filterTools(atlas, {
    query: state.toolQuery,
    kind: state.toolKind,
    openSource: state.openSource,
    technique: state.toolTechnique,
  })

/**
 * What the polite live region says: the selection and, under a filter, how many techniques
 * match ("Selected QLoRA, 2023. 12 of 186 techniques match.").
 */
export function announcementOf(
  atlas: Atlas,
  state: ViewState,
  selected: Selected,
  highlight: Highlight | null,
  matchCount: number,
): string {
  const isFiltered =
    state.categories.length > 0 || state.from !== undefined || state.to !== undefined || !!state.q
  const { technique, issue, tool } = selected
  const selection = technique
    ? `Selected ${technique.name}, ${technique.year}.`
    : issue
      ? `Selected Edge ${issue.number}; ${highlight?.nodes.size ?? 0} techniques highlighted.`
      : tool
        ? `Selected ${tool.name}; ${highlight?.nodes.size ?? 0} techniques highlighted.`
        : ''
  const filter = isFiltered ? `${matchCount} of ${atlas.techniques.size} techniques match.` : ''
  return `${selection} ${filter}`.trim()
}

/**
 * The techniques a re-packed view lays out on their own, or null for the whole map: with
 * `focus=lineage`, the selection's highlighted lineage; with *Hide non-matching*, only what
 * matches. Both together give the matching part of the lineage. A set as large as the dataset,
 * or empty (nothing to lay out), keeps the whole map.
 */
export function repackedIds(
  atlas: Atlas,
  state: Pick<ViewState, 'focus' | 'unmatched'>,
  selected: Selected,
  highlight: Highlight | null,
  matching: ReadonlySet<string>,
): ReadonlySet<string> | null {
  let ids: ReadonlySet<string> = new Set(atlas.techniques.keys())
  if (state.focus === 'lineage' && selected.technique && highlight) ids = highlight.nodes
  if (state.unmatched === 'hide') ids = new Set([...ids].filter((id) => matching.has(id)))
  return ids.size === 0 || ids.size === atlas.techniques.size ? null : ids
}

export interface Suggestion {
  id: string
  name: string
  year: number
  family: string
}

/**
 * What the search box offers: the best matches for the text among the techniques the other
 * filters allow, in rank order; with none, the names nearest to what was typed (`nearby`).
 */
export function searchSuggestions(
  atlas: Atlas,
  query: string,
  ranked: readonly string[] | null,
  allowed: ReadonlySet<string>,
  limit = 8,
): { matches: Suggestion[]; nearby: Suggestion[] } {
  const toSuggestion = (id: string): Suggestion => {
    const t = atlas.techniques.get(id)!
    const family = atlas.categories.get(t.categories[0] ?? '')?.name ?? ''
    return { id, name: t.name, year: t.year, family }
  }
  if (!query.trim() || !ranked) return { matches: [], nearby: [] }
  const matches = ranked.filter((id) => allowed.has(id) && atlas.techniques.has(id))
  if (matches.length) return { matches: matches.slice(0, limit).map(toSuggestion), nearby: [] }
  const candidates = [...atlas.techniques.values()]
    .filter((t) => allowed.has(t.id))
    .map((t) => ({ id: t.id, label: t.name }))
  return { matches: [], nearby: nearest(query, candidates, 3).map((c) => toSuggestion(c.id)) }
}

/**
 * What a story view lights instead of the selection's lineage: the chain between two techniques
 * (`path`), or the compared techniques and the links among them (`compare`).
 */
export function storyHighlightOf(
  atlas: Atlas,
  state: Pick<ViewState, 'path' | 'compare'>,
): Highlight | null {
  if (state.path) return relationHighlight(relate(atlas, state.path[0], state.path[1]))
  if (state.compare.length >= 2)
    return { nodes: new Set(state.compare), edges: linksWithin(atlas, state.compare) }
  return null
}

/** The whole derived view in one call (the page memoizes the parts instead). */
export function deriveExplorerView(
  atlas: Atlas,
  state: ViewState,
  searchHits: ReadonlySet<string> | null,
) {
  const filter = techniqueFilter(state, searchHits)
  const matching = matchingTechniques(atlas, filter)
  const selected = selectedOf(atlas, state)
  const highlight = storyHighlightOf(atlas, state) ?? highlightOf(atlas, selected, state)
  return {
    ...selected,
    matching,
    repacked: repackedIds(atlas, state, selected, highlight, matching),
    counts: categoryCounts(atlas, filter),
    highlight,
    issues: issuesOf(atlas, state),
    tools: toolsOf(atlas, state),
    announcement: announcementOf(atlas, state, selected, highlight, matching.size),
  }
}
