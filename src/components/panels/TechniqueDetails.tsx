/** One technique's details: loaded on the first selection (the first view does not need it). */
import { useEffect, useRef } from 'react'
import type { DetailsPanelProps } from './detailsPanelProps'
import type { Technique } from '../../domain/data/schema'
import { familyShape } from '../../theme/shapes'
import { LegendSwatch } from '../LegendSwatch'
import { LineageControls } from './LineageControls'
import { Relatives } from './Relatives'
import { SeedNotes, SourceList } from './SourceList'
import { TechniqueSelect } from './TechniqueSelect'
import { UsageList } from './UsageList'

/**
 * One technique. Each new selection opens at the top of the panel; when the visitor chose it from
 * inside the panel (a parent's or child's link), focus moves to its heading, so keyboard and
 * screen-reader users land on the name rather than on the page.
 */
export function TechniqueDetails({
  atlas,
  theme,
  technique,
  linkTo,
  outsideFilter,
  onClearFilters,
  onRelate,
  onCompare,
  lineage,
  depth,
  onLineage,
  onDepth,
  focus,
  onFocus,
}: DetailsPanelProps & { technique: Technique }) {
  const articleRef = useRef<HTMLElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const shown = useRef(technique.id)
  useEffect(() => {
    const article = articleRef.current
    // Only a change of selection moves anything: an opened link keeps the page's own focus.
    if (!article || shown.current === technique.id) return
    shown.current = technique.id
    const scroller = scrollParent(article)
    if (scroller) scroller.scrollTop = 0
    const active = document.activeElement
    if (!active || active === document.body || scroller?.contains(active))
      headingRef.current?.focus({ preventScroll: true })
  }, [technique.id])
  const paper = atlas.papers.get(technique.paper)
  const parents = atlas.parentLinks.get(technique.id) ?? []
  const children = atlas.childLinks.get(technique.id) ?? []
  const issues = atlas.issuesByTechnique.get(technique.id) ?? []
  const tools = atlas.toolsByTechnique.get(technique.id) ?? []
  const families = [...atlas.categories.keys()]

  return (
    <article className="details" aria-labelledby="details-title" ref={articleRef}>
      <header>
        <h2 id="details-title" tabIndex={-1} ref={headingRef}>
          {technique.name}
        </h2>
        <p className="subtitle">
          {technique.fullName !== technique.name ? `${technique.fullName} · ` : ''}
          {technique.year}
        </p>
        {technique.aliases.length ? (
          <p className="muted">Also known as {technique.aliases.join(', ')}</p>
        ) : null}
        <ul className="tag-list" aria-label="Categories">
          {technique.categories.map((c) => {
            const i = families.indexOf(c)
            return (
              <li key={c} className="tag">
                <LegendSwatch theme={theme} index={i} shape={familyShape(i)} />
                {atlas.categories.get(c)?.name ?? c}
              </li>
            )
          })}
        </ul>
      </header>

      {outsideFilter ? (
        <p className="filter-note" role="note">
          {technique.name} is outside the current filters, so the graph{' '}
          {outsideFilter === 'hide' ? 'hides it' : 'dims it'}; its lineage is still marked.{' '}
          <button type="button" className="button" onClick={onClearFilters}>
            Clear filters
          </button>
        </p>
      ) : null}

      <LineageControls {...{ lineage, depth, onLineage, onDepth, focus, onFocus }} />
      <div className="story-controls panel-filters">
        <TechniqueSelect
          atlas={atlas}
          label="Relate to"
          emptyLabel="Choose a technique…"
          exclude={technique.id}
          value={undefined}
          onChange={(id) => id && onRelate(id)}
        />
        <TechniqueSelect
          atlas={atlas}
          label="Compare with"
          emptyLabel="Choose a technique…"
          exclude={technique.id}
          value={undefined}
          onChange={(id) => id && onCompare(id)}
        />
      </div>

      <p className="description">{technique.description}</p>

      {paper ? (
        <section aria-labelledby="paper-title">
          <h3 id="paper-title">Introducing paper</h3>
          <p>
            <a href={paper.url} target="_blank" rel="noopener noreferrer">
              {paper.title}
            </a>
            <br />
            <span className="muted">
              {paper.authors.join(', ')}
              {paper.moreAuthors ? ' et al.' : ''} · {paper.year}
              {paper.arxivId ? ` · arXiv ${paper.arxivId}` : ''}
            </span>
          </p>
          {technique.organizations.length ? (
            <p className="muted">Organizations: {technique.organizations.join(', ')}</p>
          ) : null}

          <Relatives
            key={`${technique.id}-parents`}
            title="Parents"
            links={parents}
            end="parent"
            atlas={atlas}
            linkTo={linkTo}
            empty="A root of the lineage."
          />
          <Relatives
            key={`${technique.id}-children`}
            title="Children"
            links={children}
            end="child"
            atlas={atlas}
            linkTo={linkTo}
            empty="No descendants in the Atlas yet."
          />

          {technique.traits ? (
            <section aria-labelledby="traits-title">
              <h3 id="traits-title">In practice</h3>
              <dl className="traits">
                {technique.traits.trainableParameters ? (
                  <>
                    <dt>Trainable parameters</dt>
                    <dd>{technique.traits.trainableParameters}</dd>
                  </>
                ) : null}
                {technique.traits.memory ? (
                  <>
                    <dt>Memory</dt>
                    <dd>{technique.traits.memory}</dd>
                  </>
                ) : null}
                {technique.traits.data ? (
                  <>
                    <dt>Data</dt>
                    <dd>{technique.traits.data}</dd>
                  </>
                ) : null}
              </dl>
            </section>
          ) : null}
        </section>
      ) : null}

      {technique.usage?.length ? <UsageList atlas={atlas} usage={technique.usage} /> : null}

      <section aria-labelledby="covered-title">
        <h3 id="covered-title">Newsletter issues</h3>
        {issues.length ? (
          <ul className="link-list">
            {issues.map((i) => (
              <li key={i.id}>
                <a {...linkTo({ issue: i.number })}>
                  Edge {i.number}: {i.title}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Not covered by the series.</p>
        )}
      </section>

      <section aria-labelledby="tools-title">
        <h3 id="tools-title">Tools that support it</h3>
        {tools.length ? (
          <ul className="link-list">
            {tools.map((t) => (
              <li key={t.id}>
                <a {...linkTo({ tool: t.id })}>{t.name}</a>{' '}
                <span className="muted">({t.organization})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No tool in the Atlas documents support for it.</p>
        )}
      </section>

      <SeedNotes notes={technique.notes} />
      <SourceList sources={technique.sources} />
      {technique.yearNote ? <p className="muted">{technique.yearNote}</p> : null}
    </article>
  )
}

/** The nearest ancestor that scrolls. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p)
    if (overflowY === 'auto' || overflowY === 'scroll') return p
  }
  return null
}
