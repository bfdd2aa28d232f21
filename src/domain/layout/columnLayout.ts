/**
 * A plain year-column layout for lineages too large for ELK (synthetic benchmark sets of
 * thousands of techniques: ELK's layered algorithm ran out of 6 GB of memory on 5,000 of them,
 * because every edge spanning many layers becomes a chain of dummy nodes). Pure and linear-ish:
 * each year is a band of sub-columns, a technique sits in a later sub-column than any parent of
 * the same year, each sub-column holds at most `rows` techniques on a shared row grid, ordered by
 * their parents' mean row, and each edge is an orthogonal route that runs along the gaps between
 * columns and between rows, so it never passes over a technique. It keeps what the drawing
 * promises (time left to right, no edge over an unrelated technique) but not ELK's crossing
 * minimisation: it crosses far more.
 */
import { modelOrder, type LayoutInput } from './layeredLayout.ts'
import { edgeId } from '../data/atlas.ts'
import { techniqueBox, type Box, type LineageLayout, type Point } from './layoutGeometry.ts'

/** Horizontal gap between sub-columns, where edges turn; vertical gap between boxes. */
const COLUMN_GAP = 44
const ROW_GAP = 6

/** Rows per sub-column giving a drawing about 16:9 for `n` techniques of typical label size. */
export function defaultRows(n: number): number {
  return Math.max(8, Math.round(Math.sqrt(n * 3.3)))
}

export function columnLayout(input: LayoutInput, rows = defaultRows(input.techniques.length)) {
  const order = modelOrder(input)
  const rank = new Map(order.map((id, i) => [id, i]))
  const byId = new Map(input.techniques.map((t) => [t.id, t]))
  const parents = new Map<string, string[]>()
  for (const l of input.lineage) {
    if (!byId.has(l.parent) || !byId.has(l.child)) continue
    parents.set(l.child, [...(parents.get(l.child) ?? []), l.parent])
  }
  const years = [...new Set(input.techniques.map((t) => t.year))].sort((a, b) => a - b)

  // Sub-column of each technique within its year: after its same-year parents, first with room.
  const column = new Map<string, number>()
  const columns: string[][] = []
  for (const year of years) {
    const first = columns.length
    const members = order.filter((id) => byId.get(id)!.year === year)
    const sameYear = (id: string) =>
      (parents.get(id) ?? []).filter((p) => byId.get(p)!.year === year)
    for (const [id, c] of yearSubColumns(members, sameYear, rows)) {
      ;(columns[first + c] ??= []).push(id)
      column.set(id, first + c)
    }
  }

  // Rows: each sub-column ordered by its techniques' parents' mean row (barycentre), roots by
  // their family order, then stacked from the top.
  const rowOf = new Map<string, number>()
  for (const ids of columns) {
    const key = (id: string) => {
      const ps = (parents.get(id) ?? []).filter((p) => rowOf.has(p))
      if (!ps.length) return (rank.get(id)! / order.length) * rows
      return ps.reduce((s, p) => s + rowOf.get(p)!, 0) / ps.length
    }
    const keyed = ids.map((id) => [id, key(id)] as const)
    keyed.sort((a, b) => a[1] - b[1] || rank.get(a[0])! - rank.get(b[0])!)
    ids.splice(0, ids.length, ...keyed.map(([id]) => id))
    ids.forEach((id, i) => rowOf.set(id, i))
  }

  const unit = techniqueBox({ x: 0, y: 0 }, '')
  const rowHeight = unit.h + ROW_GAP
  const positions: Record<string, Point> = {}
  const boxes: Record<string, Box> = {}
  const columnLeft: number[] = []
  const columnRight: number[] = []
  let x = 0
  for (const ids of columns) {
    const width = Math.max(...ids.map((id) => techniqueBox({ x: 0, y: 0 }, byId.get(id)!.name).w))
    columnLeft.push(x)
    for (const [i, id] of ids.entries()) {
      const p = { x: x + width / 2, y: i * rowHeight - unit.y }
      positions[id] = p
      boxes[id] = techniqueBox(p, byId.get(id)!.name)
    }
    columnRight.push(x + width)
    x += width + COLUMN_GAP
  }

  // Parent → the gap after its column → the row gap below it → along that gap to the gap before
  // the child's column → the child's row → the child. Boxes share one row grid, so the row gaps
  // and column gaps are clear of every box.
  const routes: Record<string, Point[]> = {}
  for (const l of input.lineage) {
    const s = positions[l.parent]
    const t = positions[l.child]
    if (!s || !t) continue
    const from = column.get(l.parent)!
    const to = column.get(l.child)!
    const turn = columnLeft[to]! - COLUMN_GAP / 2
    if (from + 1 === to) {
      routes[edgeId(l)] = s.y === t.y ? [s, t] : [s, { x: turn, y: s.y }, { x: turn, y: t.y }, t]
      continue
    }
    const exit = columnRight[from]! + COLUMN_GAP / 2
    const lane = rowOf.get(l.parent)! * rowHeight + unit.h + ROW_GAP / 2
    routes[edgeId(l)] = [
      s,
      { x: exit, y: s.y },
      { x: exit, y: lane },
      { x: turn, y: lane },
      { x: turn, y: t.y },
      t,
    ]
  }

  const yearColumns = years.map((year) => {
    const bs = input.techniques.filter((t) => t.year === year).map((t) => boxes[t.id]!)
    return {
      year,
      x0: Math.min(...bs.map((b) => b.x)),
      x1: Math.max(...bs.map((b) => b.x + b.w)),
    }
  })
  const layout: LineageLayout = {
    positions,
    boxes,
    routes,
    years: yearColumns,
    width: Math.max(0, x - COLUMN_GAP),
    height: Math.max(...columns.map((ids) => ids.length)) * rowHeight - ROW_GAP,
  }
  return layout
}

/**
 * Sub-columns of one year's techniques, numbered from 0 within the year: each technique goes in
 * the first sub-column after its same-year parents that holds fewer than `cap`. Returned in the
 * order placed (same-year parents first; validation rejects cycles, and this refuses one).
 */
export function yearSubColumns(
  members: readonly string[],
  sameYearParents: (id: string) => readonly string[],
  cap: number,
): Map<string, number> {
  const column = new Map<string, number>()
  const counts: number[] = []
  const pending = new Set(members)
  while (pending.size) {
    const before = pending.size
    for (const id of members) {
      if (!pending.has(id)) continue
      const ps = sameYearParents(id)
      if (ps.some((p) => pending.has(p))) continue
      let c = Math.max(0, ...ps.map((p) => column.get(p)! + 1))
      while ((counts[c] ?? 0) >= cap) c++
      counts[c] = (counts[c] ?? 0) + 1
      column.set(id, c)
      pending.delete(id)
    }
    if (pending.size === before) throw new Error(`Lineage cycle among ${[...pending].join(', ')}`)
  }
  return column
}
