import type { Core } from 'cytoscape'
import { useEffect, useRef } from 'react'
import type { UnmatchedMode } from '../../domain/url/viewState'
import type { GraphHighlight } from './graphHighlight'
import { linkOf } from './elements'
import { markGraphUpdated } from './interactionTiming'
import { edgeClasses, edgeMask, nodeClasses, nodeMask, withState } from './stateClasses'

/**
 * Filters, selection and lineage as classes, applied in one batch. Only elements whose state
 * changed are touched: Cytoscape restyles every element whose classes are set, which is what
 * costs time on a large graph.
 */
export function useStateClasses(
  cy: Core | null,
  matching: ReadonlySet<string>,
  unmatched: UnmatchedMode,
  highlight: GraphHighlight | null,
  selected: string | undefined,
  /** Whether a filter is on (see nodeMask). */
  filtered: boolean,
) {
  const applied = useRef(new Map<string, number>())
  // A new instance starts with no classes (declared first, so it runs before the update below).
  useEffect(() => {
    applied.current = new Map()
  }, [cy])
  useEffect(() => {
    if (!cy) return
    const last = applied.current
    cy.batch(() => {
      cy.nodes('.technique').forEach((node) => {
        const id = node.id()
        const mask = nodeMask({
          matches: matching.has(id),
          unmatched,
          inHighlight: highlight ? highlight.nodes.has(id) : null,
          selected: id === selected,
          filtered,
        })
        // Fresh elements carry no state classes, so a missing entry means 0.
        if ((last.get(id) ?? 0) === mask) return
        last.set(id, mask)
        node.classes(withState(node.classes(), nodeClasses(mask)))
      })
      cy.edges().forEach((edge) => {
        const id = edge.id()
        const link = linkOf(edge.data() as Record<string, unknown>)
        const mask = edgeMask({
          endsMatch: matching.has(link.parent) && matching.has(link.child),
          unmatched,
          inHighlight: highlight ? highlight.edges.has(link.id) : null,
        })
        if ((last.get(id) ?? 0) === mask) return
        last.set(id, mask)
        edge.classes(withState(edge.classes(), edgeClasses(mask)))
      })
    })
    markGraphUpdated()
  }, [cy, matching, unmatched, highlight, selected, filtered])
}
