/**
 * The lineage drawn as a family tree along a time axis. Each technique hangs under one home
 * parent — its most recent parent (ties: the deeper one, then by name), the same parent the
 * Outline lists it under — and that link is routed: along the parent's stem (its row), down or up
 * a drop just before the child, into the child. Siblings leave on one stem, like a family tree's
 * sibling bar. Rows are packed greedily, nearest the parent first, so that no drop or stem passes
 * another technique or another family's line: the tree part of the drawing has no crossings.
 * A technique's other parents are drawn as labelled stubs at both ends of the link (as subway
 * maps draw a connection), so every relation stays visible without a route across the map.
 * Pure; deterministic for a given input.
 */

import type { LayoutInput } from './layeredLayout.ts'
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
  const place = (id: string, parent: string | null, origin: number) => {
    const cx = x.get(id)!
    const dropX = cx - grid.drop
    const start = parent === null ? cx - grid.pad : dropX
    const end = stemEnd(id) + grid.pad
    const parentRow = parent === null ? null : row.get(parent)!
    // Lines the drop to row `to` crosses; null where it would pass a marker or another drop.
    const dropCrossings = (to: number): number | null => {
      if (parentRow === null) return 0
      let n = 0
      for (let r = Math.min(parentRow, to) + 1; r < Math.max(parentRow, to); r++) {
        const c = rows.crossings(r, dropX - grid.pad / 2, dropX + grid.pad / 2)
        if (c === null) return null
        n += c
      }
      return n
    }
    // The cheapest row: distance from the parent's row, plus a price for every line crossed.
    const [lo, hi] = rows.extent()
    let chosen = 0
    let best = Infinity
    for (let r = lo - 1; r <= hi + 1; r++) {
      // The parent's own row takes only the child its stem ends at: a straight run.
      const onStem = parent !== null && r === parentRow
      if (onStem && stemEnd(parent) !== dropX) continue
      if (!rows.free(r, onStem ? dropX + grid.pad : start, end)) continue
      const crossed = dropCrossings(r)
      if (crossed === null) continue
      const cost = Math.abs(r - origin) + grid.crossingCost * crossed + (r < origin ? 0.5 : 0)
      if (cost < best) [best, chosen] = [cost, r]
    }
    if (best === Infinity) chosen = origin < 0 ? lo - 1 : hi + 1
    row.set(id, chosen)
    rows.take(chosen, start, end, false)
    rows.take(chosen, cx - grid.pad, cx + grid.pad, true)
    if (parentRow !== null)
      for (let r = Math.min(parentRow, chosen) + 1; r < Math.max(parentRow, chosen); r++)
        rows.take(r, dropX - grid.pad / 2, dropX + grid.pad / 2, true)
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
  return compactRows(input, links, home, x, row, grid)
}
