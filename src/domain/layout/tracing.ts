/**
 * Can a reader trace every link of a drawing by eye? Measured on the painted paths, in screen
 * pixels: rounded corners as drawn, markers at their drawn size. Pure functions, used by the
 * graph report, the browser tests and the layout's choice between seeds.
 */
import type { Point } from './layoutGeometry'
import type { DrawnEdge } from './drawingChecks'

/** Two paths closer than this, in px, cannot be told apart. */
export const APART_PX = 2
/** A shared stretch is at least this long, in px (shorter: a touch, or a crossing). */
export const STRETCH_PX = 4
/** Paths running alongside are within this angle of parallel (a crossing is steeper). */
const ALONGSIDE_SINE = Math.sin((30 * Math.PI) / 180)

/**
 * The path a renderer paints for a polyline with rounded corners (Cytoscape's `round-segments`,
 * arc radius): each corner is cut by a circular arc of `radius`, limited to half of either
 * neighbouring segment, sampled as a few chords.
 */
export function paintedPath(route: readonly Point[], radius: number): Point[] {
  if (route.length < 3 || radius <= 0) return [...route]
  const out: Point[] = [route[0]!]
  for (let i = 1; i < route.length - 1; i++) {
    const [a, b, c] = [route[i - 1]!, route[i]!, route[i + 1]!]
    const lin = Math.hypot(b.x - a.x, b.y - a.y)
    const lout = Math.hypot(c.x - b.x, c.y - b.y)
    if (lin === 0 || lout === 0) continue
    const u = { x: (a.x - b.x) / lin, y: (a.y - b.y) / lin }
    const v = { x: (c.x - b.x) / lout, y: (c.y - b.y) / lout }
    const cos = Math.max(-1, Math.min(1, u.x * v.x + u.y * v.y))
    const angle = Math.acos(cos)
    if (angle > Math.PI - 1e-3) {
      out.push(b)
      continue
    }
    // The tangent points sit `radius / tan(angle / 2)` from the corner along each segment.
    const cut = Math.min(radius / Math.tan(angle / 2), lin / 2, lout / 2)
    const p = { x: b.x + u.x * cut, y: b.y + u.y * cut }
    const q = { x: b.x + v.x * cut, y: b.y + v.y * cut }
    // A quadratic curve through the corner is within a fraction of a pixel of the arc.
    for (let k = 0; k <= 4; k++) {
      const t = k / 4
      out.push({
        x: (1 - t) ** 2 * p.x + 2 * (1 - t) * t * b.x + t ** 2 * q.x,
        y: (1 - t) ** 2 * p.y + 2 * (1 - t) * t * b.y + t ** 2 * q.y,
      })
    }
  }
  out.push(route[route.length - 1]!)
  return out
}

/** Distance from point p to segment ab. */
export function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const len2 = dx * dx + dy * dy
  const t = len2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy))
}

export interface DrawnMarker {
  id: string
  x: number
  y: number
  /** Drawn width in px. */
  size: number
}

/**
 * Links whose painted path comes within a marker's drawn radius + APART_PX of a technique they
 * do not touch: to a reader, that technique looks like a step of the link.
 */
export function linksOverMarkers(
  edges: readonly DrawnEdge[],
  markers: readonly DrawnMarker[],
): { edge: string; marker: string }[] {
  const out: { edge: string; marker: string }[] = []
  for (const e of edges) {
    const path = e.route
    for (const m of markers) {
      if (m.id === e.source || m.id === e.target) continue
      const reach = m.size / 2 + APART_PX
      for (let i = 1; i < path.length; i++)
        if (pointSegmentDistance(m, path[i - 1]!, path[i]!) < reach) {
          out.push({ edge: e.id, marker: m.id })
          break
        }
    }
  }
  return out
}

type Segment = { a: Point; b: Point; x0: number; x1: number; y0: number; y1: number }

const toSegments = (path: readonly Point[]): Segment[] => {
  const out: Segment[] = []
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!
    const b = path[i]!
    if (a.x === b.x && a.y === b.y) continue
    out.push({
      a,
      b,
      x0: Math.min(a.x, b.x),
      x1: Math.max(a.x, b.x),
      y0: Math.min(a.y, b.y),
      y1: Math.max(a.y, b.y),
    })
  }
  return out
}

const orient = (a: Point, b: Point, c: Point) =>
  (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)

/** Whether two segments meet (cross or touch). */
function meet(s: Segment, t: Segment): boolean {
  const d1 = orient(s.a, s.b, t.a)
  const d2 = orient(s.a, s.b, t.b)
  const d3 = orient(t.a, t.b, s.a)
  const d4 = orient(t.a, t.b, s.b)
  return d1 * d2 <= 0 && d3 * d4 <= 0
}

/** Length of s lying within APART_PX of t, when the two run alongside (else 0). */
function alongside(s: Segment, t: Segment): number {
  const sl = Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y)
  const tl = Math.hypot(t.b.x - t.a.x, t.b.y - t.a.y)
  const sine =
    Math.abs((s.b.x - s.a.x) * (t.b.y - t.a.y) - (s.b.y - s.a.y) * (t.b.x - t.a.x)) / (sl * tl)
  if (sine > ALONGSIDE_SINE) return 0
  const steps = Math.max(1, Math.ceil(sl / 0.5))
  let near = 0
  for (let k = 0; k <= steps; k++) {
    const f = k / steps
    const p = { x: s.a.x + f * (s.b.x - s.a.x), y: s.a.y + f * (s.b.y - s.a.y) }
    if (pointSegmentDistance(p, t.a, t.b) <= APART_PX) near++
  }
  return near > 1 ? ((near - 1) / steps) * sl : 0
}

export interface CrossingPairs {
  /** Pairs of links with no technique in common whose painted paths cross or run together. */
  pairs: number
  /** Of those, the pairs that run within APART_PX of each other for STRETCH_PX or more. */
  sharedStretch: number
  /** Up to 20 of the shared-stretch pairs, as "a|b", for a reader to look at. */
  sharedExamples: string[]
}

/**
 * Pairs of links a reader cannot tell apart or must cross: every two links that share no
 * technique and whose painted paths intersect, or run within APART_PX of each other for
 * STRETCH_PX or more. A trunk shared by many links counts once per pair of links on it, as a
 * reader meets it. Links that share a technique may meet (siblings leave one parent together).
 */
export function crossingPairs(edges: readonly DrawnEdge[]): CrossingPairs {
  const segs = edges.flatMap((e, i) => toSegments(e.route).map((s) => ({ s, i })))
  segs.sort((p, q) => p.s.x0 - q.s.x0)
  const crossed = new Set<number>()
  const shared = new Set<number>()
  const n = edges.length
  const stretch = new Map<number, number>()
  for (let i = 0; i < segs.length; i++) {
    const { s, i: ei } = segs[i]!
    for (let j = i + 1; j < segs.length && segs[j]!.s.x0 <= s.x1 + APART_PX; j++) {
      const { s: t, i: ej } = segs[j]!
      if (ei === ej) continue
      if (t.y0 > s.y1 + APART_PX || s.y0 > t.y1 + APART_PX) continue
      const e = edges[ei]!
      const f = edges[ej]!
      if (e.source === f.source || e.source === f.target) continue
      if (e.target === f.source || e.target === f.target) continue
      const key = Math.min(ei, ej) * n + Math.max(ei, ej)
      const run = Math.max(alongside(s, t), alongside(t, s))
      if (run > 0) stretch.set(key, (stretch.get(key) ?? 0) + run)
      if ((stretch.get(key) ?? 0) >= STRETCH_PX) shared.add(key)
      if (meet(s, t) || shared.has(key)) crossed.add(key)
    }
  }
  const name = (key: number) => `${edges[Math.floor(key / n)]!.id}|${edges[key % n]!.id}`
  return {
    pairs: crossed.size,
    sharedStretch: shared.size,
    sharedExamples: [...shared].slice(0, 20).map(name),
  }
}
