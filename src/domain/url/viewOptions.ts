/** The literal sets of the view state (panels, views, modes, sorts) with their defaults. */
import type { LineageMode } from '../data/atlas'

export const PANELS = ['details', 'issues', 'tools'] as const
export type Panel = (typeof PANELS)[number]
export const DEFAULT_PANEL: Panel = 'details'

export const SIDE_STATES = ['open', 'closed'] as const
export type SideState = (typeof SIDE_STATES)[number]

export const VIEWS = ['graph', 'outline', 'table', 'calculator', 'chooser'] as const
export type View = (typeof VIEWS)[number]
export const DEFAULT_VIEW: View = 'graph'

export const DEFAULT_LINEAGE: LineageMode = 'both'

export const UNMATCHED_MODES = ['dim', 'hide'] as const
/** The whole map, or only the selection's lineage, laid out afresh. */
export const FOCUS_MODES = ['map', 'lineage'] as const
export type FocusMode = (typeof FOCUS_MODES)[number]
export type UnmatchedMode = (typeof UNMATCHED_MODES)[number]
export const DEFAULT_UNMATCHED: UnmatchedMode = 'dim'

export const MAX_DEPTH = 9
export type Depth = number | 'all'
export const DEFAULT_DEPTH: Depth = 'all'

export const TABLE_SORTS = [
  'name',
  'year',
  'categories',
  'parents',
  'children',
  'organizations',
  'paper',
  'issues',
  'tools',
] as const
export type TableSort = (typeof TABLE_SORTS)[number]
export const DEFAULT_SORT: TableSort = 'year'
export const SORT_DIRECTIONS = ['asc', 'desc'] as const
export type SortDirection = (typeof SORT_DIRECTIONS)[number]
export const DEFAULT_DIRECTION: SortDirection = 'asc'

export const OPEN_SOURCE_FILTERS = ['any', 'yes', 'no'] as const
export type OpenSourceFilter = (typeof OPEN_SOURCE_FILTERS)[number]
export const DEFAULT_OPEN_SOURCE: OpenSourceFilter = 'any'

/** A graph viewport: the zoom and the model point at the canvas centre. */
export interface ViewAt {
  zoom: number
  x: number
  y: number
}
export const AT_ZOOM = { min: 0.05, max: 4 } as const
