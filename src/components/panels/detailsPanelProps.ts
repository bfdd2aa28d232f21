import type { Atlas, LineageMode } from '../../domain/data/atlas'
import type { Technique } from '../../domain/data/schema'
import type { Depth, FocusMode } from '../../domain/url/viewState'
import type { Theme } from '../../theme/tokens'
import type { LinkTo } from '../links'

/** Which part of the selection's lineage is lit, how deep, and whether the graph shows only it. */
export interface LineageControlsProps {
  lineage: LineageMode
  depth: Depth
  onLineage: (mode: LineageMode) => void
  onDepth: (depth: Depth) => void
  focus: FocusMode
  onFocus: (focus: FocusMode) => void
}

/** What the details panel (and the technique details it loads on first use) are given. */
export interface DetailsPanelProps extends LineageControlsProps {
  atlas: Atlas
  theme: Theme
  technique: Technique | undefined
  linkTo: LinkTo
  /** Set when the selected technique does not match the filters: how the graph shows it. */
  outsideFilter?: 'dim' | 'hide'
  onClearFilters: () => void
  /** Show how this technique relates to another one. */
  onRelate: (other: string) => void
  /** Compare this technique with another one (added to a running comparison). */
  onCompare: (other: string) => void
  /** Start a guided tour. */
  onTour: (id: string) => void
}
