import { shapePath, type FamilyShape } from '../theme/shapes'
import { familyColor, type Theme } from '../theme/tokens'

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
      <path d={shapePath(shape)} fill={familyColor(theme, index)} />
    </svg>
  )
}
