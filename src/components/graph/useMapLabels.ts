import type { Core } from 'cytoscape'
import { useEffect, useRef, useState } from 'react'
import type { PlacedEdgeLabel } from '../../domain/layout/labels'
import type { LabelSide } from '../../domain/layout/labelBox'
import { labelsShown, placeLabels, type LabelScene } from './mapLabels'
import type { Viewport } from './useViewport'

/**
 * Map-style labels: after every viewport change, marks with `label-shown` the techniques whose
 * labels fit (see placeLabels), and returns where the selected lineage's links can carry their
 * relation ("quantizes"). A new instance arrives with its first names already placed (its
 * elements were added with them: placeLabelsAt); they are read back from it.
 */
export function useMapLabels(
  cy: Core | null,
  viewport: Viewport | null,
  scene: LabelScene,
): PlacedEdgeLabel[] {
  const { importance, highlight, selected, hidden, overlays, named } = scene
  const shownBefore = useRef<{ cy: Core | null; shown: Map<string, LabelSide> }>({
    cy: null,
    shown: new Map(),
  })
  const [edgeLabels, setEdgeLabels] = useState<PlacedEdgeLabel[]>([])
  useEffect(() => {
    if (!cy || !viewport) return
    const before = shownBefore.current.cy === cy ? shownBefore.current.shown : labelsShown(cy)
    const placed = placeLabels(
      cy,
      { importance, highlight, selected, hidden, overlays, named },
      before,
    )
    shownBefore.current = { cy, shown: placed.shown }
    // Publishing what was placed on the external instance is what this state is for.
    setEdgeLabels(placed.edges)
  }, [cy, viewport, importance, highlight, selected, hidden, overlays, named])
  return edgeLabels
}
