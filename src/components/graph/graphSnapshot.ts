import type { Core, EdgeSingular } from 'cytoscape'
import type { Point } from '../../domain/layout/layoutGeometry'
import { linkOf } from './elements'

/** What is on screen, in CSS pixels relative to the graph's container: for tests and reports. */
export interface GraphSnapshot {
  zoom: number
  width: number
  height: number
  markers: { id: string; x: number; y: number; size: number }[]
  labels: { id: string; x0: number; y0: number; x1: number; y1: number; px: number }[]
  edges: { id: string; source: string; target: string; route: Point[]; lit?: boolean }[]
  cornerPx: number
}

/** Reads the drawing from the live instance: markers, drawn labels and edge paths. */
export function graphSnapshot(cy: Core): GraphSnapshot {
  const zoom = cy.zoom()
  const markers: GraphSnapshot['markers'] = []
  const labels: GraphSnapshot['labels'] = []
  cy.nodes('.technique').forEach((node) => {
    if (!node.visible()) return
    const p = node.renderedPosition()
    markers.push({ id: node.id(), x: p.x, y: p.y, size: node.renderedWidth() })
    if (!node.hasClass('label-shown') || Number(node.style('text-opacity')) === 0) return
    const box = node.renderedBoundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    })
    labels.push({
      id: node.id(),
      x0: box.x1,
      y0: box.y1,
      x1: box.x2,
      y1: box.y2,
      px: parseFloat(String(node.style('font-size'))) * zoom,
    })
  })
  const edges: GraphSnapshot['edges'] = []
  cy.edges().forEach((edge) => {
    if (!edge.visible()) return
    const route = renderedRoute(edge)
    // A visible link without a drawn route is a fault the reports must not paper over.
    if (!route) throw new Error(`Link ${edge.id()} is visible but has no drawn route`)
    // A stub is one of the two pieces of its link, named by the link and its two techniques.
    const link = linkOf(edge.data() as Record<string, unknown>)
    edges.push({
      id: link.id,
      source: link.parent,
      target: link.child,
      route,
      lit: edge.hasClass('lineage'),
    })
  })
  // Routed links are drawn with rounded corners (graphStyle: segment-radii, in model units).
  return {
    zoom,
    width: cy.width(),
    height: cy.height(),
    markers,
    labels,
    edges,
    cornerPx: 6 * zoom,
  }
}

/**
 * A link's drawn path on screen, marker to marker through its bends; null where the renderer
 * has no geometry (no canvas). Straight links have no segment points (Cytoscape throws when
 * asked for them).
 */
export function renderedRoute(edge: EdgeSingular): Point[] | null {
  let inner: Point[] = []
  if (edge.hasClass('routed'))
    try {
      inner = edge.renderedSegmentPoints() as Point[]
    } catch {
      return null
    }
  return [edge.source().renderedPosition(), ...inner, edge.target().renderedPosition()]
}
