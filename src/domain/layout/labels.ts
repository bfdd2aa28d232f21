/**
 * Map-style labelling: at every zoom, draw the labels that fit on screen without overlapping
 * one another or covering another technique's marker, most important first; the rest appear as
 * you zoom in. Labels keep a constant size on screen, like a map's place names.
 */
import { labelWidth, type Point } from './layoutGeometry'
import { labelRect, LABEL_SIDES, type LabelCandidate, type LabelSide, type Rect } from './labelBox'

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

/**
 * Chooses the labels to draw and the side of its marker each sits on: greedily by priority, the
 * first side (above, below, right, left) where the label lies inside the viewport, overlaps no
 * accepted label and covers no other marker. A grid index keeps this near linear, so it runs on
 * every viewport change even for thousands of techniques.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  markerPx: number,
  /** Screen areas covered by controls drawn over the graph; no label goes under them. */
  obstacles: readonly Rect[] = [],
  zoom = 0.4,
): Map<string, LabelSide> {
  return placeMapLabels(candidates, [], viewport, markerPx, obstacles, 1, zoom).nodes
}

/** A lineage link's relation, to be written along the link where there is room. */
export interface EdgeLabelCandidate {
  id: string
  text: string
  /** The link's drawn path on screen, from parent to child. */
  route: readonly Point[]
  /** Measured width of the text on screen, when known (otherwise estimated). */
  width?: number
  /** Placed in one queue with the technique labels, higher first (default 0). */
  priority?: number
}

export interface PlacedEdgeLabel {
  id: string
  text: string
  /** Centre of the label on screen. */
  x: number
  y: number
}

/** Screen size of a link's relation label, in CSS pixels. */
export const EDGE_LABEL_FONT = 11
const EDGE_LABEL_HEIGHT = 15

/**
 * Technique labels as `placeLabels` places them, then relation labels for `edges`: each is
 * centred on the longest level stretch of its link that is wider than the text, where it
 * overlaps no label, marker or control; links with no such stretch go unlabelled.
 */
export function placeMapLabels(
  candidates: readonly LabelCandidate[],
  edges: readonly EdgeLabelCandidate[],
  viewport: { width: number; height: number },
  markerPx: number,
  obstacles: readonly Rect[] = [],
  /** Drawn font size over the nominal one (see labelRect). */
  scale = 1,
  /** The graph's zoom (see labelBoxMargin). */
  zoom = 0.4,
): { nodes: Map<string, LabelSide>; edges: PlacedEdgeLabel[] } {
  const cell = 64
  const grid = new Map<string, Rect[]>()
  const cellsOf = (r: Rect) => {
    const keys: string[] = []
    for (let gx = Math.floor(r.x0 / cell); gx <= Math.floor(r.x1 / cell); gx++)
      for (let gy = Math.floor(r.y0 / cell); gy <= Math.floor(r.y1 / cell); gy++)
        keys.push(`${gx},${gy}`)
    return keys
  }
  const add = (r: Rect) => {
    for (const k of cellsOf(r)) grid.set(k, [...(grid.get(k) ?? []), r])
  }
  const markerRects = new Set<Rect>()
  const blocked = (r: Rect, ignore?: Rect, overMarkers = false) =>
    cellsOf(r).some((k) =>
      (grid.get(k) ?? []).some(
        (o) => o !== ignore && !(overMarkers && markerRects.has(o)) && overlaps(o, r),
      ),
    )

  const onScreen = candidates.filter(
    (c) =>
      c.screen.x >= 0 &&
      c.screen.y >= 0 &&
      c.screen.x <= viewport.width &&
      c.screen.y <= viewport.height,
  )
  for (const o of obstacles) add(o)
  // Every visible marker is an obstacle for every label but its own.
  const half = markerPx / 2
  const markers = new Map<string, Rect>()
  for (const c of onScreen) {
    const r = {
      x0: c.screen.x - half,
      y0: c.screen.y - half,
      x1: c.screen.x + half,
      y1: c.screen.y + half,
    }
    markers.set(c.id, r)
    markerRects.add(r)
    add(r)
  }
  const inside = (r: Rect) =>
    r.x0 >= 0 && r.y0 >= 0 && r.x1 <= viewport.width && r.y1 <= viewport.height
  const shown = new Map<string, LabelSide>()
  const placeNode = (c: LabelCandidate) => {
    const own = markers.get(c.id)
    for (const side of LABEL_SIDES) {
      const rect = labelRect(c, markerPx, side, scale, zoom)
      if (inside(rect) && !blocked(rect, own, c.force)) {
        add(rect)
        shown.set(c.id, side)
        return
      }
    }
  }
  // Each link's level stretches, found once (this runs on every viewport change).
  const level = new Map(
    edges.map((e) => [
      e,
      e.route
        .slice(1)
        .map((b, i) => [e.route[i]!, b] as const)
        .filter(([a, b]) => Math.abs(a.y - b.y) < 1),
    ]),
  )
  // The same stretches by pixel row, so finding a link's shared trunk looks only at its own
  // row and the two beside it (comparing every pair of links took seconds on a lineage of
  // thousands).
  const rows = new Map<number, { edge: EdgeLabelCandidate; y: number; x0: number; x1: number }[]>()
  for (const [edge, stretches] of level)
    for (const [c, d] of stretches) {
      const row = Math.floor(c.y)
      const list = rows.get(row) ?? []
      list.push({ edge, y: c.y, x0: Math.min(c.x, d.x), x1: Math.max(c.x, d.x) })
      rows.set(row, list)
    }
  const sharedStretch = (e: EdgeLabelCandidate, [a, b]: readonly [Point, Point]) => {
    const row = Math.floor(a.y)
    const x0 = Math.min(a.x, b.x)
    const x1 = Math.max(a.x, b.x)
    for (const r of [row - 1, row, row + 1])
      for (const s of rows.get(r) ?? [])
        if (s.edge !== e && Math.abs(s.y - a.y) < 1 && Math.min(x1, s.x1) - Math.max(x0, s.x0) > 2)
          return true
    return false
  }
  const placedEdges: PlacedEdgeLabel[] = []
  const placeEdge = (e: EdgeLabelCandidate) => {
    const w = (e.width ?? labelWidth(e.text, EDGE_LABEL_FONT)) + 6
    const h = EDGE_LABEL_HEIGHT
    // Level stretches with room for the text clear of the markers at their ends, longest first;
    // on each, the middle first, then sliding out towards the ends.
    const stretches = level
      .get(e)!
      .filter(([a, b]) => Math.abs(a.x - b.x) >= w + 2 * markerPx)
      // A trunk that several links share would not say which one the words belong to.
      .filter((st) => !sharedStretch(e, st))
      .sort(([a1, b1], [a2, b2]) => Math.abs(b2.x - a2.x) - Math.abs(b1.x - a1.x))
    for (const [a, b] of stretches) {
      const lo = Math.min(a.x, b.x) + markerPx + w / 2
      const hi = Math.max(a.x, b.x) - markerPx - w / 2
      const mid = (lo + hi) / 2
      for (let step = 0; step <= (hi - lo) / 2; step += 12)
        for (const x of step === 0 ? [mid] : [mid - step, mid + step]) {
          const rect = { x0: x - w / 2, y0: a.y - h / 2, x1: x + w / 2, y1: a.y + h / 2 }
          if (!inside(rect) || blocked(rect)) continue
          add(rect)
          placedEdges.push({ id: e.id, text: e.text, x, y: a.y })
          return
        }
    }
  }
  // One queue, most important first: a relation label outranks the name of a technique outside
  // the highlight, never one inside it.
  type Item = { priority: number; name: string; place: () => void }
  const queue: Item[] = [
    ...onScreen.map((c) => ({ priority: c.priority, name: c.label, place: () => placeNode(c) })),
    ...edges.map((e) => ({
      priority: e.priority ?? 0,
      name: e.text,
      place: () => placeEdge(e),
    })),
  ]
  queue.sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name))
  for (const item of queue) item.place()
  return { nodes: shown, edges: placedEdges }
}
