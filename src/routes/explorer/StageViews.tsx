import { Suspense, useMemo, useState } from 'react'
import { GraphView } from '../../components/graph/GraphView'
import { Tabs } from '../../components/Tabs'
import { repackSubject, toggleCompared } from '../../domain/explore/explorerActions'
import type { View } from '../../domain/url/viewState'
import { atlas } from '../atlasData'
import {
  CalculatorView,
  ChooserView,
  LineageOutline,
  preloadAllViews,
  RepackStatus,
  TechniqueTable,
} from '../lazyViews'
import type { RegionProps } from './useExplorerView'

const VIEW_TABS: { id: View; label: string }[] = [
  { id: 'graph', label: 'Graph' },
  { id: 'outline', label: 'Outline' },
  { id: 'table', label: 'Table' },
  { id: 'calculator', label: 'Calculator' },
  { id: 'chooser', label: 'Chooser' },
]

/** Once the graph is interactive, the other views are fetched while the browser is idle. */
let prefetched = false
function prefetchViews() {
  if (prefetched) return
  prefetched = true
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200))
  idle(() => void preloadAllViews())
}

export interface StageProps extends RegionProps {
  reducedMotion: boolean
  /** A keyboard move in the graph, in words, for the live region. */
  onAnnounce: (text: string) => void
}

/** The tabbed views of the techniques: graph, outline, table, calculator and chooser. */
export function StageViews(props: StageProps) {
  const { state, update } = props.nav
  return (
    <Tabs
      label="Show techniques as"
      idPrefix="view"
      className="view-tabs"
      tabs={VIEW_TABS}
      active={state.view}
      onChange={(view) => update({ view })}
    >
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <StageBody {...props} />
      </Suspense>
    </Tabs>
  )
}

function StageBody({ nav, view, theme, reducedMotion, onAnnounce }: StageProps) {
  const { state, update, select, linkTo, linkToState, changeFields, urlNotices } = nav
  const technique = view.selected.technique
  // The first ticked box in the table waits here until a second makes a comparison.
  const [pendingCompare, setPendingCompare] = useState<string[]>([])
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
      breakdown: (patch: Parameters<typeof linkToState>[0]) =>
        linkToState({ ...patch, view: 'calculator' }),
    }),
    [linkToState, linkTo],
  )

  switch (state.view) {
    case 'outline':
      return (
        <LineageOutline
          atlas={atlas}
          theme={theme}
          matching={view.matching}
          hideUnmatched={state.unmatched === 'hide' && view.matching.size < atlas.techniques.size}
          selected={technique?.id}
          linkTo={linkTo}
          onSelect={(id) => select({ technique: id })}
        />
      )
    case 'calculator':
      return (
        <CalculatorView
          models={atlas.data.models}
          state={state}
          notices={urlNotices}
          onChange={changeFields}
          techniqueLink={(id) => linkTo({ technique: id })}
        />
      )
    case 'chooser':
      return (
        <ChooserView
          atlas={atlas}
          state={state}
          notices={urlNotices}
          onChange={changeFields}
          links={chooserLinks}
        />
      )
    case 'table':
      return (
        <TechniqueTable
          atlas={atlas}
          matching={view.matching}
          selected={technique?.id}
          sort={state.sort}
          dir={state.dir}
          linkTo={linkTo}
          onSort={(sort, dir) => update({ sort, dir })}
          compare={state.compare.length ? state.compare : pendingCompare}
          onToggleCompare={(id) => {
            const next = toggleCompared(state.compare, pendingCompare, id)
            setPendingCompare(next.pending)
            if (next.compare) update({ compare: next.compare })
          }}
        />
      )
  }
  const { repack, repackIds, drawn } = view
  return (
    <>
      {repack.status !== 'full' ? (
        <RepackStatus
          status={repack.status}
          subject={repackSubject(state, technique?.name)}
          count={repackIds?.size ?? 0}
          message={repack.status === 'failed' ? repack.message : undefined}
          onRetry={repack.status === 'failed' ? repack.retry : undefined}
          onShowAll={state.focus === 'lineage' ? () => update({ focus: 'map' }) : undefined}
        />
      ) : null}
      <GraphView
        atlas={atlas}
        elements={drawn.elements}
        years={drawn.years}
        theme={theme}
        matching={view.matching}
        unmatched={state.unmatched}
        highlight={view.highlight}
        selected={technique?.id}
        at={state.at}
        named={state.path}
        markedYears={
          state.path ? state.path.map((id) => atlas.techniques.get(id)!.year) : undefined
        }
        reducedMotion={reducedMotion}
        onSelect={(id) => select(id ? { technique: id } : undefined)}
        onAnnounce={onAnnounce}
        onReady={prefetchViews}
      />
    </>
  )
}
