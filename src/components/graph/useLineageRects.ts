import type { Core } from 'cytoscape'
import { useCallback } from 'react'
import type { Rect } from '../../domain/layout/labelBox'
import type { GraphHighlight } from './graphHighlight'

/** The drawn boxes (markers with their names) of the highlighted lineage, in canvas pixels. */
export function useLineageRects(cy: Core | null, highlight: GraphHighlight | null) {
  return useCallback((): Rect[] => {
    if (!cy || !highlight) return []
    return cy
      .nodes('.technique')
      .filter((n) => highlight.nodes.has(n.id()))
      .map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false })
        return { x0: b.x1, y0: b.y1, x1: b.x2, y1: b.y2 }
      })
  }, [cy, highlight])
}
