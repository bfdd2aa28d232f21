/**
 * Geometry of the lineage drawing: the shapes the build-time layout produces, the conversion of
 * its edge routes to what the renderer draws (segment parameters), and the estimated size of a
 * label. Pure functions; whether a drawing tells the truth is measured in drawingChecks.ts.
 */

export interface Point {
  x: number
  y: number
}

/** An axis-aligned box, top-left corner and size. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/**
 * The lineage layout: time runs left to right. Each technique is a marker at `positions[id]`
 * with its label centred above it; `boxes[id]` holds marker and label together. Each lineage
 * link is drawn along `routes[edgeId]`, from the parent's marker to the child's.
 */
export interface LineageLayout {
  positions: Record<string, Point>
  boxes: Record<string, Box>
  routes: Record<string, Point[]>
  /**
   * Links drawn as a short stroke at each end instead of a route across the map (the family-tree
   * layout's far and secondary parents): from the parent toward the child, and into the child.
   */
  stubs?: Record<string, { parentEnd: [Point, Point]; childEnd: [Point, Point] }>
  /** The horizontal extent of each year's column, in year order. */
  years: { year: number; x0: number; x1: number }[]
  width: number
  height: number
}

/** Marker size and label font of the layout, in model units. */
export const MARKER_SIZE = 14
export const LABEL_FONT = 12
export const LABEL_HEIGHT = 16
/** Gap between a marker and its label. */
export const LABEL_GAP = 3

// Advance widths of a bold sans-serif face per character, in ems (close to system-ui at 600).
const NARROW = new Set("iIjl.,:;|!'’ ")
const SEMI = new Set('frt()[]-/1')
const WIDE = new Set('mwMW')

/** Estimated rendered width of a label, in the units of `font` (no text engine needed). */
export function labelWidth(text: string, font = LABEL_FONT): number {
  let ems = 0
  for (const ch of text) {
    if (NARROW.has(ch)) ems += 0.3
    else if (SEMI.has(ch)) ems += 0.42
    else if (WIDE.has(ch)) ems += 0.9
    else if (ch >= 'A' && ch <= 'Z') ems += 0.7
    else ems += 0.58
  }
  return Math.ceil(ems * font + 4)
}

/**
 * The marker + label box of a technique whose marker is centred at `p`, label above it. The
 * label is drawn at `font`; `scale` converts that to model units (1 at the layout's own size).
 */
export function techniqueBox(p: Point, label: string, font = LABEL_FONT, scale = 1): Box {
  const w = Math.max(MARKER_SIZE, labelWidth(label, font) * scale)
  const top = p.y - MARKER_SIZE / 2 - (LABEL_GAP + LABEL_HEIGHT) * scale
  return { x: p.x - w / 2, y: top, w, h: p.y + MARKER_SIZE / 2 - top }
}

const round3 = (n: number) => Math.round(n * 1000) / 1000

/**
 * Converts a route's interior points to Cytoscape `segments` parameters relative to the line
 * from source to target (with `edge-distances: node-position`): a point P is drawn at
 * S + w·(T−S) + d·n̂, where n̂ is (T−S) turned a quarter to the left.
 */
export function toSegments(route: readonly Point[]): { distances: number[]; weights: number[] } {
  const s = route[0]
  const t = route[route.length - 1]
  if (!s || !t || route.length < 3) return { distances: [], weights: [] }
  const vx = t.x - s.x
  const vy = t.y - s.y
  const len2 = vx * vx + vy * vy || 1
  const len = Math.sqrt(len2)
  const distances: number[] = []
  const weights: number[] = []
  for (const p of route.slice(1, -1)) {
    const dx = p.x - s.x
    const dy = p.y - s.y
    weights.push(round3((dx * vx + dy * vy) / len2))
    distances.push(round3((-dx * vy + dy * vx) / len))
  }
  return { distances, weights }
}

/** Inverse of `toSegments`: the points a renderer draws for those parameters. */
export function fromSegments(
  s: Point,
  t: Point,
  segments: { distances: number[]; weights: number[] },
): Point[] {
  const vx = t.x - s.x
  const vy = t.y - s.y
  const len = Math.sqrt(vx * vx + vy * vy) || 1
  const nx = -vy / len
  const ny = vx / len
  const inner = segments.weights.map((w, i) => {
    const d = segments.distances[i] ?? 0
    return { x: s.x + w * vx + d * nx, y: s.y + w * vy + d * ny }
  })
  return [s, ...inner, t]
}
