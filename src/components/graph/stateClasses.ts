/**
 * How view state becomes Cytoscape classes, as bit masks: one number per element, so the graph
 * restyles only elements whose mask changed. Pure; the stylesheet gives each class its look.
 */
import type { UnmatchedMode } from '../../domain/url/viewState'

export const NODE_STATE = { hidden: 1, dimmed: 2, faded: 4, highlighted: 8, selected: 16 } as const
export const EDGE_STATE = { lineage: 1, faded: 2, dimmed: 4, hidden: 8 } as const

const NODE_ENTRIES = Object.entries(NODE_STATE)
const EDGE_ENTRIES = Object.entries(EDGE_STATE)
const STATE_CLASSES = new Set([...Object.keys(NODE_STATE), ...Object.keys(EDGE_STATE)])

/**
 * A technique's state: a non-match is hidden or dimmed (as the visitor chose); with a highlight
 * (a selection's lineage, or what an issue or tool covers), everything outside it fades, unless
 * a filter is on: then what the filter matches stays at full strength and the highlight shows
 * by its links and rings alone.
 */
export function nodeMask(s: {
  matches: boolean
  unmatched: UnmatchedMode
  /** null when nothing is highlighted. */
  inHighlight: boolean | null
  selected: boolean
  /** Whether a filter (category, years, search) is on. */
  filtered?: boolean
}): number {
  return (
    (!s.matches && s.unmatched === 'hide' ? NODE_STATE.hidden : 0) |
    (!s.matches && s.unmatched === 'dim' ? NODE_STATE.dimmed : 0) |
    (s.inHighlight === false && !s.filtered ? NODE_STATE.faded : 0) |
    (s.inHighlight && !s.selected ? NODE_STATE.highlighted : 0) |
    (s.selected ? NODE_STATE.selected : 0)
  )
}

/**
 * A lineage link's state: part of the highlight, faded outside it, dimmed or hidden with its
 * ends when either end does not match.
 */
export function edgeMask(s: {
  endsMatch: boolean
  unmatched: UnmatchedMode
  inHighlight: boolean | null
}): number {
  return (
    (s.inHighlight ? EDGE_STATE.lineage : 0) |
    (s.inHighlight === false ? EDGE_STATE.faded : 0) |
    (!s.endsMatch && s.unmatched === 'dim' && !s.inHighlight ? EDGE_STATE.dimmed : 0) |
    (!s.endsMatch && s.unmatched === 'hide' ? EDGE_STATE.hidden : 0)
  )
}

/** The class names a mask stands for. */
export const nodeClasses = (mask: number) =>
  NODE_ENTRIES.filter(([, bit]) => mask & bit).map(([name]) => name)
export const edgeClasses = (mask: number) =>
  EDGE_ENTRIES.filter(([, bit]) => mask & bit).map(([name]) => name)

/** An element's classes with its state classes replaced: one restyle, not five. */
export function withState(current: readonly string[], state: readonly string[]): string[] {
  return [...current.filter((c) => !STATE_CLASSES.has(c)), ...state]
}
