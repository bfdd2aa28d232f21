import { useId, useRef } from 'react'
import { SearchInput } from '../SearchInput'
import type { Atlas } from '../../domain/data/atlas'
import { issueTechniques } from '../../domain/explore/filters'
import type { NewsletterIssue } from '../../domain/data/schema'
import type { LinkTo } from '../links'
import { useRevealSelected } from '../useRevealSelected'
import { TechniqueSelect } from './TechniqueSelect'
import { SeedNotes, SourceList } from './SourceList'
import { TechniqueLinks } from './TechniqueLinks'

export interface IssuesPanelProps {
  atlas: Atlas
  issues: NewsletterIssue[]
  selected: number | undefined
  query: string
  category: string | undefined
  technique: string | undefined
  linkTo: LinkTo
  onQuery: (q: string) => void
  onCategory: (c: string | undefined) => void
  onTechnique: (t: string | undefined) => void
}

/** The newsletter issues, filterable; choosing one highlights the techniques it covers. */
export function IssuesPanel(props: IssuesPanelProps) {
  const { atlas, issues, selected, linkTo } = props
  const listRef = useRef<HTMLOListElement>(null)
  useRevealSelected(listRef, '.card-selected', selected)
  const categoryId = useId()
  return (
    <section className="list-panel" aria-labelledby="issues-title">
      <h2 id="issues-title">Newsletter issues</h2>
      <p className="muted">
        The Edge series on fine-tuning, issues {Math.min(...atlas.issues.keys())}–
        {Math.max(...atlas.issues.keys())}.
      </p>
      <div className="panel-filters">
        <SearchInput label="Filter issues" value={props.query} onChange={props.onQuery} />
        <label htmlFor={categoryId}>Category</label>
        <select
          id={categoryId}
          value={props.category ?? ''}
          onChange={(e) => props.onCategory(e.target.value || undefined)}
        >
          <option value="">Any category</option>
          {[...atlas.categories.values()].map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <TechniqueSelect
          atlas={atlas}
          label="Covers technique"
          value={props.technique}
          onChange={props.onTechnique}
        />
      </div>
      <p className="muted" aria-live="polite">
        {issues.length} of {atlas.issues.size} issues
      </p>
      <ol className="cards" ref={listRef}>
        {issues.map((issue) => {
          const concept = atlas.techniques.get(issue.concept)
          const paper = issue.paper ? atlas.papers.get(issue.paper) : undefined
          const tool = issue.tool ? atlas.tools.get(issue.tool) : undefined
          const isSelected = issue.number === selected
          return (
            <li
              key={issue.id}
              className={`card${isSelected ? ' card-selected' : ''}`}
              aria-current={isSelected ? 'true' : undefined}
            >
              <h3>
                <a {...linkTo({ issue: issue.number })}>
                  Edge {issue.number}: {issue.title}
                </a>
              </h3>
              <dl className="facts">
                <dt>Concept</dt>
                <dd>
                  {concept ? <a {...linkTo({ technique: concept.id })}>{concept.name}</a> : '—'}
                </dd>
                <dt>Paper</dt>
                <dd>
                  {paper ? (
                    <a href={paper.url} target="_blank" rel="noopener noreferrer">
                      {paper.title}
                    </a>
                  ) : (
                    'None (recap)'
                  )}
                </dd>
                <dt>Tool</dt>
                <dd>{tool ? <a {...linkTo({ tool: tool.id })}>{tool.name}</a> : 'None'}</dd>
              </dl>
              {isSelected ? (
                <div className="card-more">
                  <p>{issue.summary}</p>
                  <h4>Techniques covered</h4>
                  <TechniqueLinks atlas={atlas} ids={issueTechniques(issue)} linkTo={linkTo} />
                  <SeedNotes notes={issue.notes} />
                  <SourceList sources={issue.sources} />
                </div>
              ) : null}
            </li>
          )
        })}
      </ol>
      {issues.length === 0 ? <p>No issue matches these filters.</p> : null}
    </section>
  )
}
