import type { Tour } from '../../domain/explore/tours'
import { TOUR_CAPTIONS } from '../../domain/explore/tourCaptions'

/** A tour's caption and its steps: Back, Next, and a way out. */
export function TourBar(props: {
  tour: Tour
  step: number
  onStep: (step: number) => void
  onExit: () => void
}) {
  const { tour, step } = props
  const current = tour.steps[step - 1]
  if (!current) return null
  return (
    <section className="tour-bar" aria-labelledby="tour-title">
      <div className="story-head">
        <h2 id="tour-title">
          {tour.title}{' '}
          <span className="muted">
            · step {step} of {tour.steps.length}
          </span>
        </h2>
        <button type="button" className="button button-quiet" onClick={props.onExit}>
          End tour
        </button>
      </div>
      <p className="tour-caption" aria-live="polite">
        {TOUR_CAPTIONS[tour.id]?.[step - 1]}
      </p>
      <div className="tour-nav">
        <button
          type="button"
          className="button"
          disabled={step <= 1}
          onClick={() => props.onStep(step - 1)}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={step >= tour.steps.length}
          onClick={() => props.onStep(step + 1)}
        >
          Next →
        </button>
      </div>
    </section>
  )
}
