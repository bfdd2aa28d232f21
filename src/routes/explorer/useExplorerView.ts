import { useMemo } from 'react'
import { toElements } from '../../components/graph/elements'
import type { GraphHighlight } from '../../components/graph/graphHighlight'
import { useRepackedLayout } from '../../components/graph/useRepackedLayout'
import {
  highlightOf,
  issuesOf,
  repackedIds,
  searchSuggestions,
  selectedOf,
  storyHighlightOf,
  techniqueFilter,
  toolsOf,
} from '../../domain/explore/explorerView'
import { categoryCounts, matchingTechniques } from '../../domain/explore/filters'
import { relate } from '../../domain/explore/relate'
import { tourById } from '../../domain/explore/tours'
import type { ViewState } from '../../domain/url/viewState'
import type { Theme } from '../../theme/tokens'
import { atlas, graphElements, layout } from '../atlasData'
import { useTechniqueSearch } from '../useTechniqueSearch'
import type { ExplorerNavigation } from './useExplorerNavigation'

/**
 * Everything the explorer shows, derived from the dataset and the address alone: the matches,
 * the selection, what is lit, the drawn graph and the panels' lists. Each part is recomputed
 * only when the fields it reads change.
 */
export function useExplorerView(state: ViewState) {
  const searchResults = useTechniqueSearch(atlas, state.q)
  const searchHits = useMemo(() => (searchResults ? new Set(searchResults) : null), [searchResults])
  const filter = useMemo(
    () =>
      techniqueFilter({ categories: state.categories, from: state.from, to: state.to }, searchHits),
    [state.categories, state.from, state.to, searchHits],
  )
  const matching = useMemo(() => matchingTechniques(atlas, filter), [filter])
  // What the other filters allow, whatever the search says: where suggestions and Enter look.
  const allowedBySearch = useMemo(
    () => matchingTechniques(atlas, { ...filter, searchHits: null }),
    // The search hits are left out on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filter.categories, filter.from, filter.to],
  )
  const suggestions = useMemo(
    () => searchSuggestions(atlas, state.q, searchResults, allowedBySearch),
    [state.q, searchResults, allowedBySearch],
  )
  const counts = useMemo(() => categoryCounts(atlas, filter), [filter])
  const selected = useMemo(
    () => selectedOf(atlas, state),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the selection matters here
    [state.technique, state.issue, state.tool],
  )
  // A path or a comparison lights its own techniques; otherwise the selection's lineage.
  const relation = useMemo(
    () => (state.path ? relate(atlas, state.path[0], state.path[1]) : null),
    [state.path],
  )
  // A comparison is drawn from two techniques up; its rows are worked out in its own chunk.
  const comparison = state.compare.length >= 2
  const highlight = useMemo<GraphHighlight | null>(
    () =>
      storyHighlightOf(atlas, { path: state.path, compare: state.compare }) ??
      highlightOf(atlas, selected, { lineage: state.lineage, depth: state.depth }),
    [selected, state.lineage, state.depth, state.path, state.compare],
  )
  const tour = state.tour ? tourById(state.tour) : undefined
  // A focused lineage, or only the matches when hiding the rest, is laid out afresh.
  const repackIds = useMemo(
    () => repackedIds(atlas, state, selected, highlight, matching),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the two modes are all it reads
    [state.focus, state.unmatched, selected, highlight, matching],
  )
  const repack = useRepackedLayout(atlas, repackIds)
  const repackedLayout = repack.status === 'ready' ? repack.layout : null
  const drawn = useMemo(
    () =>
      repackedLayout && repackIds
        ? { elements: toElements(atlas, repackedLayout, repackIds), years: repackedLayout.years }
        : { elements: graphElements, years: layout.years },
    [repackedLayout, repackIds],
  )
  const issues = useMemo(
    () => issuesOf(atlas, state),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the issue panel's own filters
    [state.issueQuery, state.issueCategory, state.issueTechnique],
  )
  const tools = useMemo(
    () => toolsOf(atlas, state),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the tools panel's own filters
    [state.toolQuery, state.toolKind, state.openSource, state.toolTechnique],
  )
  return {
    matching,
    allowedBySearch,
    suggestions,
    counts,
    selected,
    relation,
    comparison,
    highlight,
    tour,
    repack,
    repackIds,
    drawn,
    issues,
    tools,
  }
}

export type ExplorerView = ReturnType<typeof useExplorerView>

/** What each region of the explorer page is given: the address, what it shows, the theme. */
export interface RegionProps {
  nav: ExplorerNavigation
  view: ExplorerView
  theme: Theme
}
