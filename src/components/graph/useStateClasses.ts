import type { Core } from 'cytoscape'
import { useEffect, useRef } from 'react'
import { markGraphUpdated } from './interactionTiming'
import {
  edgeClasses,
  edgeMaskIn,
  nodeClasses,
  nodeMaskIn,
  withState,
  type ViewStateInput,
} from './stateClasses'

/**
 * Filters, selection and lineage as classes, applied in one batch. Only elements whose state
 * changed are touched: Cytoscape restyles every element whose classes are set, which is what
 * costs time on a large graph.
 */
export function useStateClasses(cy: Core | null, view: ViewStateInput) {
  const { matching, unmatched, highlight, selected, filtered } = view
  const applied = useRef(new Map<string, number>())
  // A new instance's masks are not known (declared first, so it runs before the update below).
  useEffect(() => {
    applied.current = new Map()
  }, [cy])
  useEffect(() => {
    if (!cy) return
    const last = applied.current
    cy.batch(() => {
      const now = { matching, unmatched, highlight, selected, filtered }
      cy.nodes('.technique').forEach((node) => {
        const id = node.id()
        const mask = nodeMaskIn(id, now)
        // A new instance's elements were added with these classes (withViewState): setting
        // the same classes again changes nothing, so a missing entry may be read as 0.
        if ((last.get(id) ?? 0) === mask) return
        last.set(id, mask)
        node.classes(withState(node.classes(), nodeClasses(mask)))
      })
      cy.edges().forEach((edge) => {
        const id = edge.id()
        const mask = edgeMaskIn(edge.data() as Record<string, unknown>, now)
        if ((last.get(id) ?? 0) === mask) return
        last.set(id, mask)
        edge.classes(withState(edge.classes(), edgeClasses(mask)))
      })
    })
    markGraphUpdated()
  }, [cy, matching, unmatched, highlight, selected, filtered])
}
