/**
 * The family-tree layout's grid and geometry: where each year's sub-columns fall, how rows close
 * up, and the routes and stubs drawn from rows and columns (the placement itself is in
 * familyTree.ts). Pure.
 */
import { edgeId } from '../data/atlas.ts'
import type { LineageLayout, Point } from './layoutGeometry.ts'
import type { LayoutInput } from './layeredLayout.ts'
import { yearSubColumns } from './columnLayout.ts'
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
  /** Narrowest band a year gets, whatever its number of techniques. */
  yearMin: 0,
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
  /** Zoom at which a landmark's name must fit beside it (the first view's lowest, READABLE_ZOOM). */
  nameZoom: 0.38,
  /** Crossing pairs per link that merging rows may reach. */
  pairBudget: 0.2,
}

/** A link not routed across the map: a short stroke at each end, pointing at the other end. */
export type LinkStub = NonNullable<LineageLayout['stubs']>[string]

export type TreeLayout = LineageLayout & { stubs: Record<string, LinkStub> }

export type Link = LayoutInput['lineage'][number]

export type TreeGrid = typeof TREE_GRID

/**
 * Horizontal position of each technique: its year's band, then the first sub-column after its
 * same-year parents that has room (a busy year spreads over several sub-columns).
 */
export function columnsX(input: LayoutInput, links: readonly Link[], grid: typeof TREE_GRID) {
  const byId = new Map(input.techniques.map((t) => [t.id, t]))
  const parents = new Map<string, string[]>()
  for (const l of links) parents.set(l.child, [...(parents.get(l.child) ?? []), l.parent])
  const years = [...new Set(input.techniques.map((t) => t.year))].sort((a, b) => a - b)
  const x = new Map<string, number>()
  let left = 0
  for (const year of years) {
    const members = input.techniques.filter((t) => t.year === year).map((t) => t.id)
    const sameYear = (id: string) =>
      (parents.get(id) ?? []).filter((p) => byId.get(p)!.year === year)
    const column = yearSubColumns(members, sameYear, grid.perColumn)
    const columnCount = Math.max(0, ...column.values()) + 1
    // A drop sits left of its child, inside the child's band.
    for (const [id, c] of column) x.set(id, left + grid.drop + grid.pad + c * grid.column)
    // A year of few techniques still gets room for their names beside them.
    const width = grid.drop + grid.pad + (columnCount - 1) * grid.column + grid.pad
    left += Math.max(width, grid.yearMin) + grid.yearGap
  }
  return x
}

/**
 * Closes up rows: each row in turn is merged into the one above when the drawing stays as
 * truthful (no technique's stretch overlaps another's, no link passes a marker, no two
 * unrelated links run together) and gains no more crossing pairs than the budget allows.
 * Judged on the drawing at the zoom the first view is expected to show.
 */
export function compactRows(
  input: LayoutInput,
  links: readonly Link[],
  home: ReadonlyMap<string, string>,
  x: ReadonlyMap<string, number>,
  start: ReadonlyMap<string, number>,
  grid: typeof TREE_GRID,
  /** Where each technique's drop runs, when not `drop` left of it. */
  drops: ReadonlyMap<string, number> = new Map(),
): TreeLayout {
  const dropOf = (id: string) => drops.get(id) ?? x.get(id)! - grid.drop
  let row = new Map(start)
  const score = (r: ReadonlyMap<string, number>) => {
    const layout = assemble(input, links, home, x, r, grid, dropOf)
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
      const end = Math.max(cx + grid.pad, ...kids.map((k) => dropOf(k.child)))
      const s0 = home.has(t.id) ? dropOf(t.id) : cx - grid.pad
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
  dropOf: (id: string) => number,
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
      const dropX = dropOf(l.child)
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
  const years = [...bands]
    .sort(([a], [b]) => a - b)
    .map(([year, b]) => ({ year, x0: b.x0, x1: Math.max(b.x1, b.x0 + grid.yearMin) }))
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
