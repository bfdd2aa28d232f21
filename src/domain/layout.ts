/**
 * The preset lineage layout, computed at build time and shipped as positions, so the browser
 * does no layout work. Time reads top to bottom: one band per year, oldest first; a busy year
 * wraps onto staggered sub-rows. Labels sit to the right of their node, so rows can be tight. Within a year, techniques sit under the mean position of
 * their parents (a barycentre sweep), which keeps lineage arrows short and mostly vertical.
 */
export interface LayoutInput {
  techniques: readonly { id: string; year: number; name: string; categories: readonly string[] }[]
  lineage: readonly { child: string; parent: string }[]
  /** Category ids in legend order; the primary category groups siblings. */
  categoryOrder: readonly string[]
}

export interface LayoutOptions {
  /** Horizontal distance between neighbours in one sub-row. */
  columnWidth: number
  /** Vertical distance between sub-rows of one year. */
  rowHeight: number
  /** Extra space between years. */
  yearGap: number
  /** Most techniques in one sub-row. */
  maxPerRow: number
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  columnWidth: 160,
  rowHeight: 32,
  yearGap: 16,
  maxPerRow: 9,
}

/** The screen the default fit is tuned for: a 1280×800 laptop minus header, filters and panel. */
export const TARGET_VIEWPORT = { width: 880, height: 500 }

/**
 * Picks the row width that lets the default fit show the graph largest in the target viewport
 * (a node with its label to the right ≈ one column wide and 30 units tall).
 */
export function bestLayout(
  input: LayoutInput,
  base: Omit<LayoutOptions, 'maxPerRow'> = DEFAULT_LAYOUT_OPTIONS,
) {
  let best: { zoom: number; result: ReturnType<typeof computeLayout> } | null = null
  for (let maxPerRow = 4; maxPerRow <= 40; maxPerRow++) {
    const result = computeLayout(input, { ...base, maxPerRow })
    const xs = Object.values(result.positions).map((p) => p.x)
    const ys = Object.values(result.positions).map((p) => p.y)
    if (!xs.length) return result
    // The year axis adds about 90 units on the left.
    const width = Math.max(...xs) - Math.min(...xs) + base.columnWidth + 90
    const height = Math.max(...ys) - Math.min(...ys) + 30
    const zoom = Math.min(TARGET_VIEWPORT.width / width, TARGET_VIEWPORT.height / height)
    if (!best || zoom > best.zoom + 1e-9) best = { zoom, result }
  }
  return best!.result
}

export type Positions = Record<string, { x: number; y: number }>

/** Computes node positions; total and deterministic for a given input. */
export function computeLayout(
  input: LayoutInput,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): { positions: Positions; years: { year: number; y: number }[] } {
  const { columnWidth, rowHeight, yearGap, maxPerRow } = options
  const parentsOf = new Map<string, string[]>()
  for (const l of input.lineage) {
    const list = parentsOf.get(l.child) ?? []
    list.push(l.parent)
    parentsOf.set(l.child, list)
  }
  const categoryRank = new Map(input.categoryOrder.map((c, i) => [c, i]))
  const byYear = new Map<number, (typeof input.techniques)[number][]>()
  for (const t of input.techniques) {
    const list = byYear.get(t.year) ?? []
    list.push(t)
    byYear.set(t.year, list)
  }
  const years = [...byYear.keys()].sort((a, b) => a - b)
  const widest = Math.min(maxPerRow, Math.max(1, ...[...byYear.values()].map((l) => l.length)))
  const rowSpan = (widest - 1) * columnWidth

  const positions: Positions = {}
  const yearRows: { year: number; y: number }[] = []
  let y = 0
  for (const year of years) {
    const group = byYear.get(year)!
    // Barycentre of already placed parents; techniques without placed parents fall back to
    // their family's slot, so unrelated roots still cluster by category.
    const key = (t: (typeof group)[number]) => {
      const xs = (parentsOf.get(t.id) ?? [])
        .map((p) => positions[p]?.x)
        .filter((x): x is number => x !== undefined)
      if (xs.length) return xs.reduce((a, b) => a + b, 0) / xs.length
      const rank = categoryRank.get(t.categories[0] ?? '') ?? 0
      return (rank / Math.max(1, input.categoryOrder.length - 1)) * rowSpan - rowSpan / 2
    }
    const keyed = group.map((t) => ({ t, k: key(t) }))
    keyed.sort(
      (a, b) =>
        a.k - b.k ||
        (categoryRank.get(a.t.categories[0] ?? '') ?? 0) -
          (categoryRank.get(b.t.categories[0] ?? '') ?? 0) ||
        a.t.name.localeCompare(b.t.name),
    )
    const subRows = Math.ceil(keyed.length / maxPerRow)
    const columns = Math.ceil(keyed.length / subRows)
    // Column-major fill with a stagger: each sub-row spans the full width, and labels in
    // adjacent sub-rows are offset so they never stack exactly.
    const span = (columns - 1) * columnWidth + ((subRows - 1) * columnWidth) / subRows
    keyed.forEach(({ t }, i) => {
      const column = Math.floor(i / subRows)
      const row = i % subRows
      positions[t.id] = {
        x: Math.round(column * columnWidth + (row * columnWidth) / subRows - span / 2),
        y: Math.round(y + row * rowHeight),
      }
    })
    yearRows.push({ year, y })
    y += subRows * rowHeight + yearGap
  }
  return { positions, years: yearRows }
}
