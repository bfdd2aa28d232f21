import { Suspense } from 'react'
import { DetailsPanel } from '../../components/panels/DetailsPanel'
import { Tabs } from '../../components/Tabs'
import { compareWith } from '../../domain/explore/explorerActions'
import type { Panel } from '../../domain/url/viewState'
import { atlas } from '../atlasData'
import { IssuesPanel, PathSection, ToolsPanel } from '../lazyViews'
import type { RegionProps } from './useExplorerView'

const PANEL_TABS: { id: Panel; label: string; name?: string }[] = [
  { id: 'details', label: 'Details' },
  {
    id: 'issues',
    label: `Issues (${atlas.issues.size})`,
    name: `Newsletter issues (${atlas.issues.size})`,
  },
  { id: 'tools', label: `Tools (${atlas.tools.size})` },
]

/** The side: a technique's details (with a path above them), the issues and the tools. */
export function SidePanel({ nav, view, theme }: RegionProps) {
  const { state, update } = nav
  return (
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
            tabs={PANEL_TABS}
            active={state.panel}
            onChange={(panel) => update({ panel })}
          >
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <PanelBody nav={nav} view={view} theme={theme} />
            </Suspense>
          </Tabs>
        </>
      )}
    </aside>
  )
}

function PanelBody({ nav, view, theme }: RegionProps) {
  const { state, update, linkTo, goToStep } = nav
  const { technique, issue, tool } = view.selected
  if (state.panel === 'issues')
    return (
      <IssuesPanel
        atlas={atlas}
        issues={view.issues}
        selected={issue?.number}
        query={state.issueQuery}
        category={state.issueCategory}
        technique={state.issueTechnique}
        linkTo={linkTo}
        onQuery={(issueQuery) => update({ issueQuery }, { replace: true })}
        onCategory={(issueCategory) => update({ issueCategory })}
        onTechnique={(issueTechnique) => update({ issueTechnique })}
      />
    )
  if (state.panel === 'tools')
    return (
      <ToolsPanel
        atlas={atlas}
        tools={view.tools}
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
    )
  return (
    <>
      {view.relation && state.path ? (
        <PathSection
          atlas={atlas}
          a={state.path[0]}
          b={state.path[1]}
          relation={view.relation}
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
        outsideFilter={technique && !view.matching.has(technique.id) ? state.unmatched : undefined}
        onClearFilters={() => update({ categories: [], from: undefined, to: undefined, q: '' })}
        onRelate={(other) => technique && update({ path: [technique.id, other], panel: 'details' })}
        onCompare={(other) =>
          technique &&
          update((prev) => ({ compare: compareWith(prev.compare, technique.id, other) }))
        }
        onTour={(id) => goToStep(id, 1)}
      />
    </>
  )
}
