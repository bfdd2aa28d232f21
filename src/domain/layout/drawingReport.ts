/**
 * Whether a drawing of the lineage tells the truth and can be read, measured on what is on
 * screen: used by `npm run graph-report` and by the browser tests on the live graph.
 */
import { type Point } from './layoutGeometry'
import { backwardEdges, type DrawnEdge } from './drawingChecks'
import { crossingPairs, linksOverMarkers, paintedPath } from './tracing'

export interface ScreenDrawing {
  markers: readonly { id: string; x: number; y: number; size: number }[]
  labels: readonly { id: string; x0: number; y0: number; x1: number; y1: number; px: number }[]
  edges: readonly DrawnEdge[]
  /** Corner radius of routed links on screen, px (Cytoscape's round-segments). */
  cornerPx?: number
}

export interface DrawingReport {
  techniques: number
  labelsShown: number
  smallestLabelPx: number | null
  overlappingLabels: number
  edges: number
  /** Links whose painted path comes within a marker's drawn radius + 2 px of an unrelated one. */
  edgesOverUnrelatedNodes: number
  /** Pairs of links with no technique in common whose painted paths cross or run together. */
  crossings: number
  crossingsPerEdge: number
  /** Of those, pairs running within 2 px of each other for 4 px or more. */
  sharedStretches: number
  backwardEdges: number
}

/** Measures a drawing: label legibility and overlap, and the lineage-truth measures. */
export function reportDrawing(d: ScreenDrawing): DrawingReport {
  const positions: Record<string, Point> = {}
  for (const m of d.markers) positions[m.id] = { x: m.x, y: m.y }
  const painted = d.edges.map((e) => ({ ...e, route: paintedPath(e.route, d.cornerPx ?? 0) }))
  // A link drawn as two stubs is one link.
  const links = new Set(d.edges.map((e) => e.id)).size
  let overlapping = 0
  const sorted = [...d.labels].sort((a, b) => a.x0 - b.x0)
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]!.x0 < sorted[i]!.x1; j++) {
      const a = sorted[i]!
      const b = sorted[j]!
      // Touching boxes (within half a pixel) do not count as overlapping.
      if (a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5 && b.x0 < a.x1 - 0.5) overlapping++
    }
  const pairs = crossingPairs(painted)
  const crossed = pairs.pairs
  return {
    techniques: d.markers.length,
    labelsShown: d.labels.length,
    smallestLabelPx: d.labels.length ? Math.min(...d.labels.map((l) => l.px)) : null,
    overlappingLabels: overlapping,
    edges: links,
    edgesOverUnrelatedNodes: new Set(linksOverMarkers(painted, d.markers).map((o) => o.edge)).size,
    crossings: crossed,
    crossingsPerEdge: links ? Math.round((crossed / links) * 1000) / 1000 : 0,
    sharedStretches: pairs.sharedStretch,
    backwardEdges: new Set(backwardEdges(d.edges, positions)).size,
  }
}
