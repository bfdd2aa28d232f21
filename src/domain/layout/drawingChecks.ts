/**
 * Whether a drawing tells the truth: where edges cross, run over unrelated markers, or go back
 * in time. Pure segment geometry over the routes a layout draws.
 */
import type { Box, Point } from './layoutGeometry'

type Segment = [Point, Point]

function segmentsOf(route: readonly Point[]): Segment[] {
  const out: Segment[] = []
  for (let i = 1; i < route.length; i++) out.push([route[i - 1]!, route[i]!])
  return out
}

const orient = (a: Point, b: Point, c: Point) =>
  (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)

/**
 * Where two segments cross at a single interior point, if they do. Touching, overlapping and
 * nearly parallel segments (two edges sharing a trunk, drawn a fraction of a pixel apart) do
 * not count.
 */
export function crossingPoint([a, b]: Segment, [c, d]: Segment): Point | null {
  const d1 = orient(a, b, c)
  const d2 = orient(a, b, d)
  const d3 = orient(c, d, a)
  const d4 = orient(c, d, b)
  if (!(d1 * d2 < 0 && d3 * d4 < 0)) return null
  const lenAB = Math.hypot(b.x - a.x, b.y - a.y)
  const lenCD = Math.hypot(d.x - c.x, d.y - c.y)
  const sine = Math.abs((b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x)) / (lenAB * lenCD)
  if (sine < 0.05) return null
  const t = d1 / (d1 - d2)
  const s = d3 / (d3 - d4)
  // A crossing within half a unit of an end is a touch at a bend, not a crossing.
  if (t * lenCD < 0.5 || (1 - t) * lenCD < 0.5 || s * lenAB < 0.5 || (1 - s) * lenAB < 0.5)
    return null
  return { x: c.x + t * (d.x - c.x), y: c.y + t * (d.y - c.y) }
}

/** Whether a segment passes through the interior of a box (shrunk by `inset`). */
export function segmentHitsBox([a, b]: Segment, box: Box, inset = 1): boolean {
  const x0 = box.x + inset
  const y0 = box.y + inset
  const x1 = box.x + box.w - inset
  const y1 = box.y + box.h - inset
  if (x1 <= x0 || y1 <= y0) return false
  // Liang–Barsky clipping: does any part of the segment lie strictly inside the box?
  let t0 = 0
  let t1 = 1
  const dx = b.x - a.x
  const dy = b.y - a.y
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false
    } else {
      const r = q / p
      if (p < 0) t0 = Math.max(t0, r)
      else t1 = Math.min(t1, r)
      if (t0 >= t1) return false
    }
  }
  return true
}

export interface DrawnEdge {
  id: string
  source: string
  target: string
  route: readonly Point[]
}

/**
 * Edges drawn over a technique they do not touch: each edge with the ids of the unrelated
 * nodes its route passes through. A drawing that shows one reads as a false chain of descent.
 */
export function edgesOverNodes(
  edges: readonly DrawnEdge[],
  boxes: Readonly<Record<string, Box>>,
): { edge: string; nodes: string[] }[] {
  const entries = Object.entries(boxes)
  const out: { edge: string; nodes: string[] }[] = []
  for (const e of edges) {
    const segs = segmentsOf(e.route)
    const hit = entries
      .filter(([id]) => id !== e.source && id !== e.target)
      .filter(([, box]) => segs.some((s) => segmentHitsBox(s, box)))
      .map(([id]) => id)
    if (hit.length) out.push({ edge: e.id, nodes: hit })
  }
  return out
}

/** Edges whose child is drawn before (left of) its parent on the time axis. */
export function backwardEdges(
  edges: readonly DrawnEdge[],
  positions: Readonly<Record<string, Point>>,
): string[] {
  return edges
    .filter((e) => {
      const s = positions[e.source]
      const t = positions[e.target]
      return !!s && !!t && t.x < s.x
    })
    .map((e) => e.id)
}

/**
 * Edge crossings of a drawing: the distinct points where the lines of two edges cross. Edges
 * leaving one technique share their first stretch (a trunk), so a line crossing that trunk is
 * one crossing, as a reader sees it; `pairs` also counts the pairs of edges whose routes cross.
 */
export function crossings(edges: readonly DrawnEdge[]): { points: number; pairs: number } {
  const key = ([a, b]: Segment) =>
    `${Math.round(a.x)},${Math.round(a.y)},${Math.round(b.x)},${Math.round(b.y)}`
  // Distinct drawn segments, each with the edges that draw it.
  const drawn = new Map<string, { seg: Segment; edges: Set<string> }>()
  for (const e of edges)
    for (const seg of segmentsOf(e.route)) {
      const k = key(seg)
      const entry = drawn.get(k) ?? { seg, edges: new Set<string>() }
      entry.edges.add(e.id)
      drawn.set(k, entry)
    }
  const list = [...drawn.values()]
  // Sweep by x so only segments whose x-ranges overlap are compared.
  const spans = list
    .map((d) => ({
      d,
      x0: Math.min(d.seg[0].x, d.seg[1].x),
      x1: Math.max(d.seg[0].x, d.seg[1].x),
    }))
    .sort((a, b) => a.x0 - b.x0)
  const points = new Set<string>()
  const pairs = new Set<string>()
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!
    for (let j = i + 1; j < spans.length && spans[j]!.x0 <= a.x1; j++) {
      const b = spans[j]!
      const p = crossingPoint(a.d.seg, b.d.seg)
      if (!p) continue
      points.add(`${Math.round(p.x)},${Math.round(p.y)}`)
      for (const ea of a.d.edges)
        for (const eb of b.d.edges)
          if (ea !== eb) pairs.add(ea < eb ? `${ea}|${eb}` : `${eb}|${ea}`)
    }
  }
  return { points: points.size, pairs: pairs.size }
}
