import type { Viewport } from './useViewport'

/**
 * The time axis: a strip along the top of the graph that stays put while the graph pans and
 * zooms, with each year over its column (gaps between years stay visible) and the selected
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
  const columns = years
    .map((y) => ({ ...y, left: pan.x + zoom * y.x0, right: pan.x + zoom * y.x1 }))
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
