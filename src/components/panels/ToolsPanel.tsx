import { useId, useRef } from 'react'
import { SearchInput } from '../SearchInput'
import type { Atlas } from '../../domain/data/atlas'
import { TOOL_KINDS, TOOL_KIND_LABELS, type ToolKind } from '../../domain/data/constants'
import type { Tool } from '../../domain/data/schema'
import type { OpenSourceFilter } from '../../domain/url/viewState'
import type { LinkTo } from '../links'
import { useRevealSelected } from '../useRevealSelected'
import { SeedNotes, SourceList } from './SourceList'
import { TechniqueLinks } from './TechniqueLinks'
import { TechniqueSelect } from './TechniqueSelect'

export interface ToolsPanelProps {
  atlas: Atlas
  tools: Tool[]
  selected: string | undefined
  query: string
  kind: ToolKind | undefined
  openSource: OpenSourceFilter
  technique: string | undefined
  linkTo: LinkTo
  onQuery: (q: string) => void
  onKind: (k: ToolKind | undefined) => void
  onOpenSource: (o: OpenSourceFilter) => void
  onTechnique: (t: string | undefined) => void
}

const STATUS_LABEL = {
  active: 'Active',
  archived: 'Archived',
  discontinued: 'Discontinued',
} as const

/** The tools, filterable; choosing one highlights the techniques it supports. */
export function ToolsPanel(props: ToolsPanelProps) {
  const { atlas, tools, selected, linkTo } = props
  const listRef = useRef<HTMLUListElement>(null)
  useRevealSelected(listRef, '.card-selected', selected)
  const kindId = useId()
  const ossId = useId()
  return (
    <section className="list-panel" aria-labelledby="tools-panel-title">
      <h2 id="tools-panel-title">Tools</h2>
      <div className="panel-filters">
        <SearchInput label="Filter tools" value={props.query} onChange={props.onQuery} />
        <label htmlFor={kindId}>Kind</label>
        <select
          id={kindId}
          value={props.kind ?? ''}
          onChange={(e) => props.onKind((e.target.value || undefined) as ToolKind | undefined)}
        >
          <option value="">Any kind</option>
          {TOOL_KINDS.map((k) => (
            <option key={k} value={k}>
              {TOOL_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <label htmlFor={ossId}>Open source</label>
        <select
          id={ossId}
          value={props.openSource}
          onChange={(e) => props.onOpenSource(e.target.value as OpenSourceFilter)}
        >
          <option value="any">Either</option>
          <option value="yes">Open source only</option>
          <option value="no">Proprietary only</option>
        </select>
        <TechniqueSelect
          atlas={atlas}
          label="Supports technique"
          value={props.technique}
          onChange={props.onTechnique}
        />
      </div>
      <p className="muted" aria-live="polite">
        {tools.length} of {atlas.tools.size} tools
      </p>
      <ul className="cards" ref={listRef}>
        {tools.map((tool) => {
          const isSelected = tool.id === selected
          return (
            <li
              key={tool.id}
              className={`card${isSelected ? ' card-selected' : ''}`}
              aria-current={isSelected ? 'true' : undefined}
            >
              <h3>
                <a {...linkTo({ tool: tool.id })}>{tool.name}</a>
              </h3>
              <p className="muted">
                {tool.organization} · {TOOL_KIND_LABELS[tool.kind]} ·{' '}
                {tool.openSource ? tool.license : `Proprietary`} ·{' '}
                <span className={`status status-${tool.status}`}>
                  {STATUS_LABEL[tool.status]}
                  {tool.statusDate && tool.status !== 'active' ? ` since ${tool.statusDate}` : ''}
                </span>
              </p>
              {isSelected ? (
                <div className="card-more">
                  <p>{tool.description}</p>
                  <p>
                    <a href={tool.url} target="_blank" rel="noopener noreferrer">
                      {tool.url.replace(/^https:\/\//, '')}
                    </a>
                  </p>
                  <h4>Supported techniques ({tool.techniques.length})</h4>
                  {tool.techniques.length ? (
                    <TechniqueLinks atlas={atlas} ids={tool.techniques} linkTo={linkTo} />
                  ) : (
                    <p className="muted">Its documentation names no technique in the Atlas.</p>
                  )}
                  <SeedNotes notes={tool.notes} />
                  <SourceList sources={tool.sources} />
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
      {tools.length === 0 ? <p>No tool matches these filters.</p> : null}
    </section>
  )
}
