import type { Viewport } from './useViewport'

/**
 * The time axis: a strip along the top of the graph that stays put while the graph pans and
 * zooms, with each year over its column (its cell reaching halfway into the gaps) and the selected
 * technique's year marked (both ends' years for a path between two techniques).
 */
export function TimeAxis({
  years,
  viewport,
  marked,
}: {
  years: readonly { year: number; x0: number; x1: number }[]
  viewport: Viewport
  marked: readonly number[]
}) {
  const { zoom, pan, width } = viewport
  // Each year's cell reaches halfway across the gaps beside its column, so a year of few
  // techniques (a narrow column) still has room for its name.
  const columns = years
    .map((y, i) => {
      const x0 = i > 0 ? (years[i - 1]!.x1 + y.x0) / 2 : y.x0
      const x1 = i < years.length - 1 ? (y.x1 + years[i + 1]!.x0) / 2 : y.x1
      return { ...y, left: pan.x + zoom * x0, right: pan.x + zoom * x1 }
    })
    .filter((c) => c.right > 0 && c.left < width)
  return (
    <div className="time-axis" aria-hidden="true">
      {columns.map((c) => {
        const left = Math.max(0, c.left)
        const right = Math.min(width, c.right)
        return (
          <span
            key={c.year}
            className={`time-axis-year${marked.includes(c.year) ? ' time-axis-marked' : ''}${right - left < 26 ? ' time-axis-narrow' : ''}`}
            title={String(c.year)}
            style={{ left, width: Math.max(0, right - left) }}
          >
            {/* Every year with a column is named: in full, as ’17, or as ’17 in a smaller face. */}
            {right - left >= 40 ? c.year : right - left >= 19 ? `’${String(c.year).slice(2)}` : ''}
          </span>
        )
      })}
    </div>
  )
}
