import { familyColor, type FamilyShape, type Theme } from './theme'

/** SVG paths for each node shape, drawn in a 16×16 box to match the graph. */
const PATHS: Record<FamilyShape, string> = {
  ellipse: 'M8 1a7 7 0 1 0 0.001 0Z',
  'round-rectangle': 'M4 1h8a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V4a3 3 0 0 1 3-3Z',
  diamond: 'M8 0.5 15.5 8 8 15.5 0.5 8Z',
  hexagon: 'M4 1.5h8l3.5 6.5-3.5 6.5H4L0.5 8Z',
  triangle: 'M8 1 15.5 15H0.5Z',
  star: 'M8 0.5l2.2 4.8 5.3.5-4 3.6 1.2 5.2L8 11.9l-4.7 2.7 1.2-5.2-4-3.6 5.3-.5Z',
  'round-pentagon': 'M8 0.8 15.3 6.1 12.5 15H3.5L0.7 6.1Z',
  octagon: 'M5 0.8h6l4.2 4.2v6L11 15.2H5L0.8 11V5Z',
  vee: 'M0.5 1 8 6 15.5 1 8 15Z',
}

/** The node shape and colour of a category family, as drawn in the graph. */
export function LegendSwatch({
  theme,
  index,
  shape,
}: {
  theme: Theme
  index: number
  shape: FamilyShape
}) {
  return (
    <svg
      className="swatch"
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[shape]} fill={familyColor(theme, index)} />
    </svg>
  )
}
