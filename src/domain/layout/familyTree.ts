/**
 * The lineage drawn as a family tree along a time axis. Each technique hangs under one home
 * parent — its most recent parent (ties: the deeper one, then by name), the same parent the
 * Outline lists it under — and that link is routed: along the parent's stem (its row), down or up
 * a drop just before the child, into the child. Siblings leave on one stem, like a family tree's
 * sibling bar. Rows are packed greedily, nearest the parent first: no drop passes a technique or
 * runs down another drop, and each stem a drop crosses costs distance, so crossings are few.
 * A technique's other parents, and home parents far back in time, are drawn as stubs at both
 * ends of the link (as subway maps draw a connection), so every relation stays visible, and
 * named by its hover card, without a route across the map.
 * Pure; deterministic for a given input.
 */

import type { LayoutInput } from './layeredLayout.ts'
import { labelWidth } from './layoutGeometry.ts'
import { columnsX, compactRows, TREE_GRID, type TreeLayout } from './familyTreeDrawing.ts'

/** Each technique's home parent (see the module comment); roots have none. */
export function homeParents(input: LayoutInput): Map<string, string> {
  const byId = new Map(input.techniques.map((t) => [t.id, t]))
  const parents = new Map<string, string[]>()
  for (const l of input.lineage)
    if (byId.has(l.parent) && byId.has(l.child))
      parents.set(l.child, [...(parents.get(l.child) ?? []), l.parent])
  const depth = new Map<string, number>()
  const depthOf = (id: string, guard = 0): number => {
    const known = depth.get(id)
    if (known !== undefined) return known
    const ps = parents.get(id) ?? []
    if (guard > byId.size) throw new Error(`Lineage cycle through ${id}`)
    const d = ps.length ? 1 + Math.max(...ps.map((p) => depthOf(p, guard + 1))) : 0
    depth.set(id, d)
    return d
  }
  const home = new Map<string, string>()
  for (const [child, ps] of parents) {
    const best = [...ps].sort(
      (a, b) =>
        byId.get(b)!.year - byId.get(a)!.year ||
        depthOf(b) - depthOf(a) ||
        byId.get(a)!.name.localeCompare(byId.get(b)!.name),
    )[0]!
    home.set(child, best)
  }
  return home
}

/**
 * Occupied stretches of each row: solid ones (a marker and the space it keeps clear, a drop)
 * that nothing may pass, and lines (a stem) that a drop may cross at a cost.
 */
class Rows {
  private readonly used = new Map<number, { x0: number; x1: number; solid: boolean }[]>()
  /** Whether [x0, x1] on a row is free of everything. */
  free(row: number, x0: number, x1: number): boolean {
    return !(this.used.get(row) ?? []).some((u) => x0 < u.x1 && u.x0 < x1)
  }
  /** Lines a drop through [x0, x1] on a row crosses, or null where something solid is in the way. */
  crossings(row: number, x0: number, x1: number): number | null {
    let n = 0
    for (const u of this.used.get(row) ?? [])
      if (x0 < u.x1 && u.x0 < x1) {
        if (u.solid) return null
        n++
      }
    return n
  }
  /** Whether [x0, x1] on a row holds no marker or drop (lines may pass). */
  clearOfSolids(row: number, x0: number, x1: number): boolean {
    return !(this.used.get(row) ?? []).some((u) => u.solid && x0 < u.x1 && u.x0 < x1)
  }
  take(row: number, x0: number, x1: number, solid: boolean) {
    this.used.set(row, [...(this.used.get(row) ?? []), { x0, x1, solid }])
  }
  /** The lowest and highest rows in use. */
  extent(): [number, number] {
    const keys = [...this.used.keys()]
    return keys.length ? [Math.min(...keys), Math.max(...keys)] : [0, 0]
  }
}

/** Lays the lineage out as a family tree along the time axis (see the module comment). */
export function familyTreeLayout(
  input: LayoutInput,
  grid: typeof TREE_GRID = TREE_GRID,
): TreeLayout {
  const byId = new Map(input.techniques.map((t) => [t.id, t]))
  const links = input.lineage.filter((l) => byId.has(l.parent) && byId.has(l.child))
  const home = homeParents(input)
  // A home link spanning many years would hold a row across the map for one link: drawn as a
  // stub instead, unless a chain the series named runs through it (those stay one path).
  const keep = new Set(grid.pinned)
  const yearOf = (id: string) => byId.get(id)!.year
  const rootRow = new Map<string, string>()
  for (const [child, parent] of [...home])
    if (yearOf(child) - yearOf(parent) > grid.longLink && !(keep.has(child) && keep.has(parent))) {
      home.delete(child)
      rootRow.set(child, parent)
    }
  const x = columnsX(input, links, grid)
  const children = new Map<string, string[]>()
  for (const [child, parent] of home) children.set(parent, [...(children.get(parent) ?? []), child])
  // Latest child first: each later-placed (earlier) sibling's drop passes left of the subtrees
  // already placed next to the stem, so drops never cross them.
  for (const list of children.values())
    list.sort((a, b) => x.get(b)! - x.get(a)! || a.localeCompare(b))
  const stemEnd = (id: string) =>
    Math.max(x.get(id)! + grid.pad, ...(children.get(id) ?? []).map((c) => x.get(c)! - grid.drop))

  const rows = new Rows()
  const row = new Map<string, number>()
  const drops = new Map<string, number>()
  const verticals: { x: number; a: number; b: number }[] = []
  const place = (id: string, parent: string | null, origin: number) => {
    const cx = x.get(id)!
    // A landmark (a technique the series named) keeps room for its name right of its marker:
    // no marker on its row or the rows either side, as far as the name reaches.
    const landmark = keep.has(id)
    const nameEnd = cx + (labelWidth(byId.get(id)!.name) + 10) / grid.nameZoom
    const nameRoom = (r: number) => [r - 1, r + 1].every((n) => rows.clearOfSolids(n, cx, nameEnd))
    const parentRow = parent === null ? null : row.get(parent)!
    // Lines the drop to row `to` crosses; null where it would pass a marker or another drop.
    const dropCrossings = (dropX: number, to: number): number | null => {
      if (parentRow === null) return 0
      // No other drop may run down the same stretch (drops between neighbouring rows included).
      const [a, b] = [Math.min(parentRow, to), Math.max(parentRow, to)]
      if (verticals.some((v) => Math.abs(v.x - dropX) < grid.pad && v.a < b && a < v.b)) return null
      let n = 0
      for (let r = Math.min(parentRow, to) + 1; r < Math.max(parentRow, to); r++) {
        const c = rows.crossings(r, dropX - grid.pad / 2, dropX + grid.pad / 2)
        if (c === null) return null
        n += c
      }
      return n
    }
    // The cheapest row: distance from the parent's row, plus a price for every line crossed.
    const search = (dropX: number, withName: boolean) => {
      const start = parent === null ? cx - grid.pad : dropX
      const end = Math.max(stemEnd(id) + grid.pad, withName ? nameEnd : -Infinity)
      const [lo, hi] = rows.extent()
      let found: { row: number; cost: number; start: number; end: number } | null = null
      for (let r = lo - 1; r <= hi + 1; r++) {
        // The parent's own row takes only the child its stem ends at: a straight run.
        const onStem = parent !== null && r === parentRow
        if (onStem && (stemEnd(parent) !== dropX || dropX !== cx - grid.drop)) continue
        if (!rows.free(r, onStem ? dropX + grid.pad : start, end)) continue
        if (withName && !nameRoom(r)) continue
        const crossed = dropCrossings(dropX, r)
        if (crossed === null) continue
        const cost = Math.abs(r - origin) + grid.crossingCost * crossed + (r < origin ? 0.5 : 0)
        if (!found || cost < found.cost) found = { row: r, cost, start, end }
      }
      return found
    }
    // Tried in turn: the usual drop (with room for a landmark's name), then drops moved left
    // past whatever blocks the usual one; the parent's stem still reaches each of them.
    const tries: [number, boolean][] = [0, 8, 16, 24].flatMap((shift) =>
      landmark ? [[shift, true] as [number, boolean]] : [],
    )
    for (const shift of [0, 8, 16, 24]) tries.push([shift, false])
    let placed: ReturnType<typeof search> = null
    let dropX = cx - grid.drop
    let named = false
    for (const [shift, withName] of tries) {
      const d = cx - grid.drop - shift
      if (parentRow !== null && d <= x.get(parent!)! + grid.pad) continue
      placed = search(d, withName)
      if (placed) {
        ;[dropX, named] = [d, withName]
        break
      }
    }
    // Nothing reachable without passing a marker or a drop: a new row at the edge (rare).
    const [lo, hi] = rows.extent()
    const chosen = placed?.row ?? (origin < 0 ? lo - 1 : hi + 1)
    const start = placed?.start ?? (parent === null ? cx - grid.pad : dropX)
    const end = placed?.end ?? stemEnd(id) + grid.pad
    row.set(id, chosen)
    drops.set(id, dropX)
    rows.take(chosen, start, end, false)
    rows.take(chosen, cx - grid.pad, cx + grid.pad, true)
    if (named) for (const n of [chosen - 1, chosen + 1]) rows.take(n, cx, nameEnd, false)
    if (parentRow !== null && parentRow !== chosen) {
      const [a, b] = [Math.min(parentRow, chosen), Math.max(parentRow, chosen)]
      for (let r = a + 1; r < b; r++) rows.take(r, dropX - grid.pad / 2, dropX + grid.pad / 2, true)
      verticals.push({ x: dropX, a, b })
    }
    for (const c of children.get(id) ?? []) place(c, id, chosen)
  }
  // Roots: the largest family first; each further family from the row next to those used.
  const size = (id: string): number => 1 + (children.get(id) ?? []).reduce((s, c) => s + size(c), 0)
  const roots = input.techniques
    .filter((t) => !home.has(t.id))
    .map((t) => t.id)
    .sort((a, b) => size(b) - size(a) || a.localeCompare(b))
  // A family cut loose from a far parent starts next to that parent's row.
  const pending = [...roots]
  while (pending.length) {
    const i = Math.max(
      0,
      pending.findIndex((r) => !rootRow.has(r) || row.has(rootRow.get(r)!)),
    )
    const [r] = pending.splice(i, 1)
    const near = rootRow.get(r!)
    place(r!, null, near && row.has(near) ? row.get(near)! : 0)
  }
  return compactRows(input, links, home, x, row, grid, drops)
}
