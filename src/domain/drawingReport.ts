/**
 * Whether a drawing of the lineage tells the truth and can be read, measured on what is on
 * screen: used by `npm run graph-report` and by the browser tests on the live graph.
 */
import {
  backwardEdges,
  crossings,
  edgesOverNodes,
  type Box,
  type DrawnEdge,
  type Point,
} from './layoutGeometry'

export interface ScreenDrawing {
  markers: readonly { id: string; x: number; y: number; size: number }[]
  labels: readonly { id: string; x0: number; y0: number; x1: number; y1: number; px: number }[]
  edges: readonly DrawnEdge[]
}

export interface DrawingReport {
  techniques: number
  labelsShown: number
  smallestLabelPx: number | null
  overlappingLabels: number
  edges: number
  edgesOverUnrelatedNodes: number
  crossings: number
  crossingsPerEdge: number
  backwardEdges: number
}

/** Measures a drawing: label legibility and overlap, and the lineage-truth measures. */
export function reportDrawing(d: ScreenDrawing): DrawingReport {
  const boxes: Record<string, Box> = {}
  const positions: Record<string, Point> = {}
  for (const m of d.markers) {
    boxes[m.id] = { x: m.x - m.size / 2, y: m.y - m.size / 2, w: m.size, h: m.size }
    positions[m.id] = { x: m.x, y: m.y }
  }
  let overlapping = 0
  const sorted = [...d.labels].sort((a, b) => a.x0 - b.x0)
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]!.x0 < sorted[i]!.x1; j++) {
      const a = sorted[i]!
      const b = sorted[j]!
      // Touching boxes (within half a pixel) do not count as overlapping.
      if (a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5 && b.x0 < a.x1 - 0.5) overlapping++
    }
  const crossed = crossings(d.edges).points
  return {
    techniques: d.markers.length,
    labelsShown: d.labels.length,
    smallestLabelPx: d.labels.length ? Math.min(...d.labels.map((l) => l.px)) : null,
    overlappingLabels: overlapping,
    edges: d.edges.length,
    edgesOverUnrelatedNodes: edgesOverNodes(d.edges, boxes).length,
    crossings: crossed,
    crossingsPerEdge: d.edges.length ? Math.round((crossed / d.edges.length) * 1000) / 1000 : 0,
    backwardEdges: backwardEdges(d.edges, positions).length,
  }
}
