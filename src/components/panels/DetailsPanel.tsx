import type { Atlas } from '../../domain/data/atlas'
import type { Theme } from '../../theme/tokens'
import { StateLegend } from '../StateLegend'
import type { LinkTo } from '../links'
import { TOURS } from '../../domain/explore/tours'
import { retryableLazy } from '../retryableLazy'
import type { DetailsPanelProps } from './detailsPanelProps'

/** The details of the selected technique, downloaded on first use. */
export const TechniqueDetailsView = retryableLazy(
  () => import('./TechniqueDetails').then((m) => m.TechniqueDetails),
  'technique details',
)

/** Everything known about one technique, or a short guide when nothing is selected. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { atlas, theme, technique, linkTo } = props
  if (!technique)
    return <Overview atlas={atlas} theme={theme} linkTo={linkTo} onTour={props.onTour} />
  return <TechniqueDetailsView {...props} technique={technique} />
}

function Overview({
  atlas,
  theme,
  linkTo,
  onTour,
}: {
  atlas: Atlas
  theme: Theme
  linkTo: LinkTo
  onTour: (id: string) => void
}) {
  const starts = ['lora', 'qlora', 'prefix-tuning', 'rlhf', 'dpo', 'constitutional-ai'].filter(
    (id) => atlas.techniques.has(id),
  )
  return (
    <article className="details" aria-labelledby="overview-title">
      <h2 id="overview-title">Explore the lineage</h2>
      <p>
        {atlas.techniques.size} fine-tuning techniques, linked parent to child by{' '}
        {atlas.data.lineage.length} lineage links, drawn in time order from left to right. Each
        comes with its paper, the newsletter issues that covered it and the tools that implement it.
      </p>
      <p>Select a technique in the graph, search for one, or start with:</p>
      <ul className="link-list columns">
        {starts.map((id) => (
          <li key={id}>
            <a {...linkTo({ technique: id })}>{atlas.techniques.get(id)!.name}</a>
          </li>
        ))}
      </ul>
      <h3>Guided tours</h3>
      <ul className="link-list">
        {TOURS.map((t) => (
          <li key={t.id}>
            <a
              href={`${import.meta.env.BASE_URL}?tour=${t.id}`}
              onClick={(e) => {
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
                e.preventDefault()
                onTour(t.id)
              }}
            >
              {t.title}
            </a>{' '}
            <span className="muted">({t.steps.length} steps)</span>
          </li>
        ))}
      </ul>
      <h3>Reading the graph</h3>
      <p className="muted">
        Shapes and colours show each technique’s main family (the category buttons above are the
        key). The graph’s Key button shows this list at any time.
      </p>
      <StateLegend theme={theme} />
      <p className="muted">Every view is in the address: copy the link to share what you see.</p>
    </article>
  )
}
