import { getRouteApi, useRouter } from '@tanstack/react-router'
import { Suspense, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import { FilterBar } from '../components/FilterBar'
import { toElements } from '../components/graph/elements'
import { GraphView } from '../components/graph/GraphView'
import type { GraphHighlight } from '../components/graph/graphHighlight'
import { useRepackedLayout } from '../components/graph/useRepackedLayout'
import { markInput } from '../components/graph/interactionTiming'
import { appLink, type LinkTo, type Selection } from '../components/links'
import { Notices } from '../components/Notices'
import { DetailsPanel } from '../components/panels/DetailsPanel'
import { Tabs } from '../components/Tabs'
import { yearBounds } from '../domain/atlas'
import { groupProblems } from '../domain/dataset'
import {
  announcementOf,
  highlightOf,
  issuesOf,
  repackedIds,
  searchSuggestions,
  storyHighlightOf,
  selectedOf,
  techniqueFilter,
  toolsOf,
} from '../domain/explorerView'
import { categoryCounts, matchingTechniques, toggleCategory, yearRange } from '../domain/filters'
import { compareRows, MAX_COMPARED } from '../domain/compare'
import { relate } from '../domain/relate'
import { tourById } from '../domain/tours'
import {
  applySuggestion,
  leavesTour,
  PARAMS,
  tourStepView,
  viewStateQuery,
  type Panel,
  type UrlNotice,
  type View,
  type ViewState,
} from '../domain/viewState'
import { atlas, dataProblems, graphElements, layout } from './atlasData'
import { useReducedMotion } from './useReducedMotion'
import { loadSearch, useTechniqueSearch } from './useTechniqueSearch'
import {
  CompareSection,
  IssuesPanel,
  LineageOutline,
  PathSection,
  TechniqueTable,
  ToolsPanel,
  TourBar,
  preloadAllViews,
  RepackStatus,
  CalculatorView,
  ChooserView,
} from './lazyViews'

/** Once the graph is interactive, the other views are fetched while the browser is idle. */
let prefetched = false
function prefetchViews() {
  if (prefetched) return
  prefetched = true
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200))
  idle(() => void preloadAllViews())
}
import { useDocumentMeta } from './useDocumentMeta'
import { useSearchShortcut } from './useSearchShortcut'
import { useTheme } from './useTheme'
import type { ViewSearch } from './viewSearch'

const routeApi = getRouteApi('/')

const bounds = yearBounds(atlas)
const dataProblemGroups = groupProblems(dataProblems)

const VIEW_TABS: { id: View; label: string }[] = [
  { id: 'graph', label: 'Graph' },
  { id: 'outline', label: 'Outline' },
  { id: 'table', label: 'Table' },
  { id: 'calculator', label: 'Calculator' },
  { id: 'chooser', label: 'Chooser' },
]

/** What a re-packed graph shows, in words. */
function repackSubject(state: ViewState, name: string | undefined): string {
  if (state.focus === 'lineage' && name)
    return state.unmatched === 'hide'
      ? `the matching part of ${name}’s lineage`
      : `${name}’s lineage`
  return 'the matching techniques'
}

function selectionPatch(selection: Selection | undefined, prev: ViewState): Partial<ViewState> {
  // A focused lineage follows the selected technique; anything else returns to the whole map.
  const none = { technique: undefined, issue: undefined, tool: undefined, focus: 'map' as const }
  if (!selection) return none
  if ('technique' in selection)
    return {
      ...none,
      technique: selection.technique,
      panel: 'details',
      focus: prev.focus,
      side: 'open',
    }
  if ('issue' in selection)
    return { ...none, issue: selection.issue, panel: 'issues', side: 'open' }
  return {
    ...none,
    tool: selection.tool,
    panel: prev.panel === 'details' ? 'tools' : prev.panel,
    side: 'open',
  }
}

/**
 * Composition: reads the validated URL state, derives what is visible and highlighted, and
 * wires the panels and the graph. Holds no view state of its own beyond notices and hover.
 */
export function ExplorerPage() {
  const search = routeApi.useSearch()
  const state: ViewState = search
  const navigate = routeApi.useNavigate()
  const { theme } = useTheme()
  const reducedMotion = useReducedMotion()
  const router = useRouter()
  // What the address this page opened with asked for but could not get. Kept after the address
  // is rewritten to its canonical form (which has nothing left to report).
  const [urlNotices, setUrlNotices] = useState<readonly UrlNotice[]>(() => search.notices)
  const [dataNoticeOpen, setDataNoticeOpen] = useState(true)
  const [cursorNote, setCursorNote] = useState<{ text: string; during: string } | null>(null)
  const searchBoxRef = useRef<HTMLDivElement>(null)

  // The address shows the canonical form of what is on screen: a pasted link with anything
  // unusable is rewritten once, on arrival, without adding a history entry (the app's own
  // navigations are canonical already). The router treats a navigation to the location it
  // already holds (parsed, hence canonical) as a no-op, so the rewrite marks its history state.
  const canonicalizeAddress = useEffectEvent(() => {
    if (router.history.location.search.replace(/^\?/, '') === viewStateQuery(state)) return
    void navigate({
      search: (prev: ViewSearch) => ({ ...prev, notices: [] }),
      replace: true,
      state: (prev) => ({ ...prev, canonical: true }),
    })
  })
  useEffect(() => canonicalizeAddress(), [])

  const update = useCallback(
    (
      patch: Partial<ViewState> | ((prev: ViewState) => Partial<ViewState>),
      opts: { replace?: boolean; input?: string } = {},
    ) => {
      if (opts.input) markInput(opts.input)
      void navigate({
        search: (prev: ViewSearch) => {
          const next = typeof patch === 'function' ? patch(prev) : patch
          return {
            ...prev,
            // A link's viewport only says where the graph opens; any change of view drops it.
            at: undefined,
            // Choosing something else than the tour shows ends the tour (Back returns to it).
            ...(leavesTour(prev, next) ? { tour: undefined, step: 1 } : {}),
            ...next,
            notices: [],
          }
        },
        replace: opts.replace ?? false,
      })
    },
    [navigate],
  )

  // A comparison needs two techniques before it is a view of its own (and a link): the first
  // ticked box in the table waits here.
  const [pendingCompare, setPendingCompare] = useState<string[]>([])
  const toggleCompare = (id: string) => {
    const current = state.compare.length ? [...state.compare] : pendingCompare
    const next = current.includes(id)
      ? current.filter((x) => x !== id)
      : [...current, id].slice(0, MAX_COMPARED)
    if (next.length >= 2) {
      setPendingCompare([])
      update({ compare: next })
    } else {
      setPendingCompare(next)
      if (state.compare.length) update({ compare: [] })
    }
  }

  /** Opens a tour at a step: the step's view, with the tour and step in the address. */
  const goToStep = useCallback(
    (id: string, step: number) => {
      const t = tourById(id)
      const s = t?.steps[step - 1]
      if (!t || !s) return
      update({ tour: id, step, ...tourStepView(s.view), panel: 'details', side: 'open' })
    },
    [update],
  )
  const startTour = useCallback((id: string) => goToStep(id, 1), [goToStep])

  const select = useCallback(
    (selection: Selection | undefined) =>
      update((prev) => selectionPatch(selection, prev), { input: 'select' }),
    [update],
  )

  const hrefOf = useCallback(
    (patch: Partial<ViewState>) => {
      const query = viewStateQuery({ ...state, ...patch })
      return `${import.meta.env.BASE_URL}${query ? `?${query}` : ''}`
    },
    [state],
  )
  const linkTo: LinkTo = useCallback(
    (selection) => appLink(hrefOf(selectionPatch(selection, state)), () => select(selection)),
    [hrefOf, state, select],
  )

  /** A form change in the calculator or chooser: what the link said about those fields is settled. */
  const changeFields = useCallback(
    (patch: Partial<ViewState>, opts?: { replace?: boolean }) => {
      const params = new Set(Object.keys(patch).map((k) => PARAMS[k as keyof typeof PARAMS]))
      setUrlNotices((all) => {
        const kept = all.filter((n) => !params.has(n.param))
        return kept.length === all.length ? all : kept
      })
      update(patch, opts)
    },
    [update],
  )

  /** A link to the current view with `patch` applied: a real href plus a client-side step. */
  const linkToState = useCallback(
    (patch: Partial<ViewState>) =>
      appLink(hrefOf({ at: undefined, ...patch }), () => update(patch)),
    [hrefOf, update],
  )
  const chooserLinks = useMemo(
    () => ({
      node: (id: string) =>
        linkToState({
          view: 'graph',
          technique: id,
          issue: undefined,
          tool: undefined,
          panel: 'details',
          side: 'open',
        }),
      useIt: (id: string) => linkTo({ technique: id }),
      compare: (ids: string[]) => linkToState({ compare: ids }),
      breakdown: (patch: Partial<ViewState>) => linkToState({ ...patch, view: 'calculator' }),
    }),
    [linkToState, linkTo],
  )

  // Derived view: everything below is a pure function of the dataset and the URL.
  const searchResults = useTechniqueSearch(atlas, state.q)
  const searchHits = useMemo(() => (searchResults ? new Set(searchResults) : null), [searchResults])
  const filter = useMemo(
    () =>
      techniqueFilter({ categories: state.categories, from: state.from, to: state.to }, searchHits),
    [state.categories, state.from, state.to, searchHits],
  )
  const matching = useMemo(() => matchingTechniques(atlas, filter), [filter])
  // The search box lists the best matches among what the other filters allow.
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
  const { technique, issue, tool } = selected
  // A path or a comparison lights its own techniques; otherwise the selection's lineage.
  const relation = useMemo(
    () => (state.path ? relate(atlas, state.path[0], state.path[1]) : null),
    [state.path],
  )
  const comparison = useMemo(
    () => (state.compare.length >= 2 ? compareRows(atlas, state.compare) : null),
    [state.compare],
  )
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

  useDocumentMeta(selected)

  // The polite live region: the selection and, under a filter, the number of matches. A keyboard
  // move in the graph speaks until the next selection or filter change.
  const derivedAnnouncement = announcementOf(atlas, state, selected, highlight, matching.size)
  const announcement =
    cursorNote && cursorNote.during === derivedAnnouncement ? cursorNote.text : derivedAnnouncement

  useSearchShortcut(searchBoxRef)

  const from = state.from ?? bounds.min
  const to = state.to ?? bounds.max

  return (
    <main id="main" className="explorer-main" tabIndex={-1}>
      <h1 className="visually-hidden">
        Fine-Tuning Atlas: explore the lineage of fine-tuning techniques
      </h1>
      {urlNotices.length ? (
        <Notices
          title="Part of this link could not be used"
          items={urlNotices.map((n, i) => {
            const fixed = n.suggestion ? applySuggestion(state, n, atlas) : undefined
            const query = fixed ? viewStateQuery(fixed) : ''
            return {
              key: `${n.param}-${i}`,
              text: n.message,
              fix:
                fixed && n.suggestion
                  ? {
                      label: n.suggestion.label,
                      ...appLink(`${import.meta.env.BASE_URL}${query ? `?${query}` : ''}`, () => {
                        setUrlNotices((all) => all.filter((x) => x !== n))
                        update(fixed)
                      }),
                    }
                  : undefined,
            }
          })}
          onDismiss={() => setUrlNotices([])}
        />
      ) : null}
      {dataProblems.length && dataNoticeOpen ? (
        <Notices
          tone="warning"
          title={`The dataset has ${dataProblems.length} problem${dataProblems.length === 1 ? '' : 's'} in ${dataProblemGroups.length} record${dataProblemGroups.length === 1 ? '' : 's'}; they are left out`}
          items={dataProblemGroups.map((g) => ({ key: g.record, text: g.text }))}
          scrollable
          onDismiss={() => setDataNoticeOpen(false)}
        />
      ) : null}
      <div className="explorer" data-side={state.side} data-view={state.view}>
        <section className="stage" aria-label="Techniques">
          <div ref={searchBoxRef}>
            <FilterBar
              atlas={atlas}
              theme={theme}
              query={state.q}
              categories={state.categories}
              counts={counts}
              from={from}
              to={to}
              bounds={bounds}
              unmatched={state.unmatched}
              matchCount={matching.size}
              // Starting a search is a step Back can undo; further keystrokes replace it.
              onQuery={(q) => update({ q }, { replace: state.q !== '', input: 'search' })}
              suggestions={suggestions}
              onPick={(id) => select({ technique: id })}
              relateTo={
                technique
                  ? {
                      name: technique.name,
                      onRelate: (id) =>
                        id !== technique.id &&
                        update({ path: [technique.id, id], panel: 'details', side: 'open' }),
                    }
                  : undefined
              }
              onSubmitQuery={(text) => {
                // The best match that passes the other filters; the index may still be loading.
                loadSearch(atlas).then(
                  (index) => {
                    const best = index.search(text).find((id) => allowedBySearch.has(id))
                    if (best) select({ technique: best })
                  },
                  // The search index could not be downloaded: Enter does nothing, and the next
                  // keystroke or Enter tries again.
                  () => {},
                )
              }}
              onToggleCategory={(id) =>
                update((prev) => ({ categories: toggleCategory(atlas, prev.categories, id) }), {
                  input: 'category',
                })
              }
              onClearCategories={() => update({ categories: [] }, { input: 'category' })}
              onYears={(f, t) => update(yearRange(bounds, f, t), { replace: true, input: 'years' })}
              onUnmatched={(unmatched) => update({ unmatched }, { input: 'unmatched' })}
            />
          </div>
          {tour || comparison ? (
            <div className="story">
              <Suspense fallback={<p className="loading">Loading…</p>}>
                {tour ? (
                  <TourBar
                    tour={tour}
                    step={state.step}
                    onStep={(n) => goToStep(tour.id, n)}
                    onExit={() => update({ tour: undefined, step: 1 })}
                  />
                ) : null}
                {comparison ? (
                  <CompareSection
                    atlas={atlas}
                    ids={state.compare}
                    rows={comparison}
                    linkTo={linkTo}
                    onRemove={(id) =>
                      update((prev) => ({ compare: prev.compare.filter((c) => c !== id) }))
                    }
                    onClose={() => update({ compare: [] })}
                  />
                ) : null}
              </Suspense>
            </div>
          ) : null}
          <Tabs
            label="Show techniques as"
            idPrefix="view"
            className="view-tabs"
            tabs={VIEW_TABS}
            active={state.view}
            onChange={(view) => update({ view })}
          >
            <Suspense fallback={<p className="loading">Loading…</p>}>
              {state.view === 'graph' ? (
                <>
                  {repack.status !== 'full' ? (
                    <RepackStatus
                      status={repack.status}
                      subject={repackSubject(state, technique?.name)}
                      count={repackIds?.size ?? 0}
                      message={repack.status === 'failed' ? repack.message : undefined}
                      onRetry={repack.status === 'failed' ? repack.retry : undefined}
                      onShowAll={
                        state.focus === 'lineage' ? () => update({ focus: 'map' }) : undefined
                      }
                    />
                  ) : null}
                  <GraphView
                    atlas={atlas}
                    elements={drawn.elements}
                    years={drawn.years}
                    theme={theme}
                    matching={matching}
                    unmatched={state.unmatched}
                    highlight={highlight}
                    selected={technique?.id}
                    at={state.at}
                    named={state.path}
                    markedYears={
                      state.path
                        ? state.path.map((id) => atlas.techniques.get(id)!.year)
                        : undefined
                    }
                    reducedMotion={reducedMotion}
                    onSelect={(id) => select(id ? { technique: id } : undefined)}
                    onAnnounce={(text) => setCursorNote({ text, during: derivedAnnouncement })}
                    onReady={prefetchViews}
                  />
                </>
              ) : state.view === 'outline' ? (
                <LineageOutline
                  atlas={atlas}
                  theme={theme}
                  matching={matching}
                  hideUnmatched={
                    state.unmatched === 'hide' && matching.size < atlas.techniques.size
                  }
                  selected={technique?.id}
                  linkTo={linkTo}
                  onSelect={(id) => select({ technique: id })}
                />
              ) : state.view === 'calculator' ? (
                <CalculatorView
                  models={atlas.data.models}
                  state={state}
                  notices={urlNotices}
                  onChange={changeFields}
                  techniqueLink={(id) => linkTo({ technique: id })}
                />
              ) : state.view === 'chooser' ? (
                <ChooserView
                  atlas={atlas}
                  state={state}
                  notices={urlNotices}
                  onChange={changeFields}
                  links={chooserLinks}
                />
              ) : (
                <TechniqueTable
                  atlas={atlas}
                  matching={matching}
                  selected={technique?.id}
                  sort={state.sort}
                  dir={state.dir}
                  linkTo={linkTo}
                  onSort={(sort, dir) => update({ sort, dir })}
                  compare={state.compare.length ? state.compare : pendingCompare}
                  onToggleCompare={toggleCompare}
                />
              )}
            </Suspense>
          </Tabs>
        </section>
        <aside className="side" aria-label="Details and lists">
          {state.side === 'closed' ? (
            <button
              type="button"
              className="button side-toggle side-open"
              aria-expanded={false}
              onClick={() => update({ side: 'open' })}
              title="Show the details and lists"
            >
              <span aria-hidden="true">⟨</span> Show panel
            </button>
          ) : (
            <>
              <button
                type="button"
                className="button button-quiet side-toggle"
                aria-expanded={true}
                aria-label="Hide panel"
                title="Fold the panel away to give the graph the width"
                onClick={() => update({ side: 'closed' })}
              >
                <span aria-hidden="true">⟩</span>
              </button>
              <Tabs<Panel>
                label="Side panel"
                idPrefix="panel"
                tabs={[
                  { id: 'details', label: 'Details' },
                  {
                    id: 'issues',
                    label: `Issues (${atlas.issues.size})`,
                    name: `Newsletter issues (${atlas.issues.size})`,
                  },
                  { id: 'tools', label: `Tools (${atlas.tools.size})` },
                ]}
                active={state.panel}
                onChange={(panel) => update({ panel })}
              >
                <Suspense fallback={<p className="loading">Loading…</p>}>
                  {state.panel === 'details' ? (
                    <>
                      {relation && state.path ? (
                        <PathSection
                          atlas={atlas}
                          a={state.path[0]}
                          b={state.path[1]}
                          relation={relation}
                          linkTo={linkTo}
                          onClose={() => update({ path: undefined })}
                        />
                      ) : null}
                      <DetailsPanel
                        atlas={atlas}
                        theme={theme}
                        technique={technique}
                        linkTo={linkTo}
                        lineage={state.lineage}
                        depth={state.depth}
                        onLineage={(lineage) => update({ lineage }, { input: 'lineage' })}
                        onDepth={(depth) => update({ depth }, { input: 'depth' })}
                        focus={state.focus}
                        onFocus={(focus) => update({ focus }, { input: 'focus' })}
                        outsideFilter={
                          technique && !matching.has(technique.id) ? state.unmatched : undefined
                        }
                        onClearFilters={() =>
                          update({ categories: [], from: undefined, to: undefined, q: '' })
                        }
                        onRelate={(other) =>
                          technique && update({ path: [technique.id, other], panel: 'details' })
                        }
                        onCompare={(other) =>
                          technique &&
                          update((prev) => ({
                            compare: [...new Set([...prev.compare, technique.id, other])].slice(
                              0,
                              MAX_COMPARED,
                            ),
                          }))
                        }
                        onTour={startTour}
                      />
                    </>
                  ) : state.panel === 'issues' ? (
                    <IssuesPanel
                      atlas={atlas}
                      issues={issues}
                      selected={issue?.number}
                      query={state.issueQuery}
                      category={state.issueCategory}
                      technique={state.issueTechnique}
                      linkTo={linkTo}
                      onQuery={(issueQuery) => update({ issueQuery }, { replace: true })}
                      onCategory={(issueCategory) => update({ issueCategory })}
                      onTechnique={(issueTechnique) => update({ issueTechnique })}
                    />
                  ) : (
                    <ToolsPanel
                      atlas={atlas}
                      tools={tools}
                      selected={tool?.id}
                      query={state.toolQuery}
                      kind={state.toolKind}
                      openSource={state.openSource}
                      technique={state.toolTechnique}
                      linkTo={linkTo}
                      onQuery={(toolQuery) => update({ toolQuery }, { replace: true })}
                      onKind={(toolKind) => update({ toolKind })}
                      onOpenSource={(openSource) => update({ openSource })}
                      onTechnique={(toolTechnique) => update({ toolTechnique })}
                    />
                  )}
                </Suspense>
              </Tabs>
            </>
          )}
        </aside>
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </main>
  )
}
