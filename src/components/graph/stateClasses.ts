/**
 * How view state becomes Cytoscape classes, as bit masks: one number per element, so the graph
 * restyles only elements whose mask changed. Pure; the stylesheet gives each class its look.
 */
import type { ElementDefinition } from 'cytoscape'
import type { UnmatchedMode } from '../../domain/url/viewState'
import { linkOf } from './elements'
import type { GraphHighlight } from './graphHighlight'

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

/** What decides every element's state classes (see useStateClasses). */
export interface ViewStateInput {
  matching: ReadonlySet<string>
  unmatched: UnmatchedMode
  highlight: GraphHighlight | null
  selected: string | undefined
  filtered: boolean
}

/** A technique's state mask in a view. */
export function nodeMaskIn(id: string, v: ViewStateInput): number {
  return nodeMask({
    matches: v.matching.has(id),
    unmatched: v.unmatched,
    inHighlight: v.highlight ? v.highlight.nodes.has(id) : null,
    selected: id === v.selected,
    filtered: v.filtered,
  })
}

/** A link's (or a link piece's) state mask in a view. */
export function edgeMaskIn(data: Record<string, unknown>, v: ViewStateInput): number {
  const link = linkOf(data)
  return edgeMask({
    endsMatch: v.matching.has(link.parent) && v.matching.has(link.child),
    unmatched: v.unmatched,
    inHighlight: v.highlight ? v.highlight.edges.has(link.id) : null,
  })
}

/**
 * Element definitions with their state classes for a view: a new instance is created in the
 * view's state (a shared link with a selection), not created plain and restyled into it.
 */
export function withViewState(
  elements: readonly ElementDefinition[],
  v: ViewStateInput,
): ElementDefinition[] {
  return elements.map((e) => {
    const current: string[] = String(e.classes ?? '').match(/\S+/g) ?? []
    const state =
      e.group === 'nodes'
        ? current.includes('technique')
          ? nodeClasses(nodeMaskIn(String(e.data.id), v))
          : []
        : edgeClasses(edgeMaskIn(e.data as Record<string, unknown>, v))
    return state.length ? { ...e, classes: withState(current, state).join(' ') } : e
  })
}
