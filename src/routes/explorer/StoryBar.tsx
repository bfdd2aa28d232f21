import { Suspense } from 'react'
import { atlas } from '../atlasData'
import { CompareSection, TourBar } from '../lazyViews'
import type { ExplorerNavigation } from './useExplorerNavigation'
import type { ExplorerView } from './useExplorerView'

/** Above the views: the guided tour's step bar and the comparison, when either is open. */
export function StoryBar({ nav, view }: { nav: ExplorerNavigation; view: ExplorerView }) {
  const { state, update, goToStep, linkTo } = nav
  const { tour, comparison } = view
  if (!tour && !comparison) return null
  return (
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
            linkTo={linkTo}
            onRemove={(id) => update((prev) => ({ compare: prev.compare.filter((c) => c !== id) }))}
            onClose={() => update({ compare: [] })}
          />
        ) : null}
      </Suspense>
    </div>
  )
}
