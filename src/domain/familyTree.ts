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
import { edgeId } from './atlas.ts'
import type { LineageLayout, Point } from './layoutGeometry.ts'
import type { LayoutInput } from './layeredLayout.ts'
import { crossingPairs, linksOverMarkers, paintedPath } from './tracing.ts'

/** Model units (the first view shows them at about 0.5–0.6 px each on a laptop). */
export const TREE_GRID = {
  /** Distance between rows. */
  row: 22,
  /** Width of a sub-column within a year. */
  column: 46,
  /** A drop runs this far left of the child it leads to. */
  drop: 20,
  /** Clear space kept around a marker, a stem's end and a drop on a row. */
  pad: 12,
  /** Gap between two years. */
  yearGap: 14,
  /** Most techniques in one sub-column: a busy year spreads over several. */
  perColumn: 5,
  /** Length of a stub and its angle from the horizontal. */
  stub: 24,
  stubAngle: (32 * Math.PI) / 180,
  /** Rows a drop may go further to avoid crossing one line. */
  crossingCost: 4,
  /** Home links spanning more years than this are drawn as stubs (see `pinned`). */
  longLink: 3,
  /** Techniques whose links between one another always stay routed. */
  pinned: [] as readonly string[],
  /** Zoom at which row merges are judged (about the first view's on a laptop). */
  judgeZoom: 0.45,
  /** Crossing pairs per link that merging rows may reach. */
  pairBudget: 0.2,
}

/** A link not routed across the map: a short stroke at each end, pointing at the other end. */
export type LinkStub = NonNullable<LineageLayout['stubs']>[string]

export type TreeLayout = LineageLayout & { stubs: Record<string, LinkStub> }

type Link = LayoutInput['lineage'][number]

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

/**
 * Horizontal position of each technique: its year's band, then the first sub-column after its
 * same-year parents that has room (a busy year spreads over several sub-columns).
 */
function columnsX(input: LayoutInput, links: readonly Link[], grid: typeof TREE_GRID) {
  const byId = new Map(input.techniques.map((t) => [t.id, t]))
  const parents = new Map<string, string[]>()
  for (const l of links) parents.set(l.child, [...(parents.get(l.child) ?? []), l.parent])
  const years = [...new Set(input.techniques.map((t) => t.year))].sort((a, b) => a - b)
  const x = new Map<string, number>()
  let left = 0
  for (const year of years) {
    const members = input.techniques.filter((t) => t.year === year).map((t) => t.id)
    const column = new Map<string, number>()
    const counts: number[] = []
    const pending = new Set(members)
    while (pending.size) {
      const before = pending.size
      for (const id of members) {
        if (!pending.has(id)) continue
        const same = (parents.get(id) ?? []).filter((p) => byId.get(p)!.year === year)
        if (same.some((p) => pending.has(p))) continue
        let c = Math.max(0, ...same.map((p) => column.get(p)! + 1))
        while ((counts[c] ?? 0) >= grid.perColumn) c++
        counts[c] = (counts[c] ?? 0) + 1
        column.set(id, c)
        pending.delete(id)
      }
      if (pending.size === before) throw new Error(`Lineage cycle among ${[...pending].join(', ')}`)
    }
    // A drop sits left of its child, inside the child's band.
    for (const [id, c] of column) x.set(id, left + grid.drop + grid.pad + c * grid.column)
    left += grid.drop + grid.pad + (counts.length - 1) * grid.column + grid.pad + grid.yearGap
  }
  return x
}

/**
 * Closes up rows: each row in turn is merged into the one above when the drawing stays as
 * truthful (no technique's stretch overlaps another's, no link passes a marker, no two
 * unrelated links run together) and gains no more crossing pairs than the budget allows.
 * Judged on the drawing at the zoom the first view is expected to show.
 */
function compactRows(
  input: LayoutInput,
  links: readonly Link[],
  home: ReadonlyMap<string, string>,
  x: ReadonlyMap<string, number>,
  start: ReadonlyMap<string, number>,
  grid: typeof TREE_GRID,
): TreeLayout {
  let row = new Map(start)
  const score = (r: ReadonlyMap<string, number>) => {
    const layout = assemble(input, links, home, x, r, grid)
    const z = grid.judgeZoom
    const S = (p: Point) => ({ x: p.x * z, y: p.y * z })
    const markers = input.techniques.map((t) => ({
      id: t.id,
      ...S(layout.positions[t.id]!),
      size: 10,
    }))
    const edges = links.flatMap((l) => {
      const id = edgeId(l)
      const route = layout.routes[id]
      const stub = layout.stubs[id]
      const pieces = route ? [route] : stub ? [stub.parentEnd, stub.childEnd] : []
      return pieces.map((p) => ({
        id,
        source: l.parent,
        target: l.child,
        route: paintedPath(p.map(S), 6 * z),
      }))
    })
    const cp = crossingPairs(edges)
    return {
      layout,
      faults: cp.sharedStretch + linksOverMarkers(edges, markers).length,
      pairs: cp.pairs,
    }
  }
  const overlapFree = (r: ReadonlyMap<string, number>) => {
    const byRow = new Map<number, [number, number][]>()
    for (const t of input.techniques) {
      const cx = x.get(t.id)!
      const kids = input.lineage.filter((l) => home.get(l.child) === t.id && l.parent === t.id)
      const end = Math.max(cx + grid.pad, ...kids.map((k) => x.get(k.child)! - grid.drop))
      const s0 = home.has(t.id) ? cx - grid.drop : cx - grid.pad
      byRow.set(r.get(t.id)!, [...(byRow.get(r.get(t.id)!) ?? []), [s0, end + grid.pad]])
    }
    for (const list of byRow.values()) {
      list.sort((a, b) => a[0] - b[0])
      for (let i = 1; i < list.length; i++) if (list[i]![0] < list[i - 1]![1]) return false
    }
    return true
  }
  let current = score(row)
  const budget = Math.max(current.pairs, Math.floor(links.length * grid.pairBudget))
  for (let pass = 0; pass < 3; pass++) {
    let merged = false
    const rowsInUse = [...new Set(row.values())].sort((a, b) => a - b)
    for (let i = rowsInUse.length - 1; i > 0; i--) {
      const r = rowsInUse[i]!
      const above = rowsInUse[i - 1]!
      const next = new Map([...row].map(([id, v]) => [id, v === r ? above : v]))
      if (!overlapFree(next)) continue
      const candidate = score(next)
      if (candidate.faults > current.faults || candidate.pairs > budget) continue
      row = next
      current = candidate
      merged = true
    }
    if (!merged) break
  }
  return current.layout
}

function assemble(
  input: LayoutInput,
  links: readonly Link[],
  home: ReadonlyMap<string, string>,
  x: ReadonlyMap<string, number>,
  row: ReadonlyMap<string, number>,
  grid: typeof TREE_GRID,
): TreeLayout {
  const top = Math.min(...row.values())
  const positions: Record<string, Point> = {}
  for (const t of input.techniques)
    positions[t.id] = { x: x.get(t.id)!, y: (row.get(t.id)! - top) * grid.row }
  const boxes: LineageLayout['boxes'] = {}
  const half = grid.pad / 2
  for (const [id, p] of Object.entries(positions))
    boxes[id] = { x: p.x - half, y: p.y - half, w: grid.pad, h: grid.pad }
  const routes: Record<string, Point[]> = {}
  const stubs: Record<string, LinkStub> = {}
  for (const l of links) {
    const s = positions[l.parent]!
    const t = positions[l.child]!
    if (home.get(l.child) === l.parent) {
      const dropX = t.x - grid.drop
      routes[edgeId(l)] = s.y === t.y ? [s, t] : [s, { x: dropX, y: s.y }, { x: dropX, y: t.y }, t]
    } else stubs[edgeId(l)] = stubOf(s, t, grid)
  }
  const bands = new Map<number, { x0: number; x1: number }>()
  for (const t of input.techniques) {
    const px = positions[t.id]!.x
    const b = bands.get(t.year) ?? { x0: Infinity, x1: -Infinity }
    b.x0 = Math.min(b.x0, px - grid.drop - grid.pad)
    b.x1 = Math.max(b.x1, px + grid.pad)
    bands.set(t.year, b)
  }
  const years = [...bands].sort(([a], [b]) => a - b).map(([year, b]) => ({ year, ...b }))
  const ys = Object.values(positions).map((p) => p.y)
  return {
    positions,
    boxes,
    routes,
    stubs,
    years,
    width: Math.max(...years.map((y) => y.x1), 0),
    height: Math.max(...ys, 0) + grid.pad,
  }
}

/** Strokes leaving each end toward the other (rightward from the parent, leftward into the child). */
function stubOf(s: Point, t: Point, grid: typeof TREE_GRID): LinkStub {
  const up = t.y < s.y ? -1 : t.y > s.y ? 1 : 0
  const dx = Math.cos(grid.stubAngle) * grid.stub
  const dy = Math.sin(grid.stubAngle) * grid.stub
  const r = (n: number) => Math.round(n * 10) / 10
  return {
    parentEnd: [s, { x: r(s.x + dx), y: r(s.y + up * dy) }],
    childEnd: [{ x: r(t.x - dx), y: r(t.y - up * dy) }, t],
  }
}
