import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { edgeId } from '../../src/domain/data/atlas'
import { columnLayout } from '../../src/domain/layout/columnLayout'
import { type Box } from '../../src/domain/layout/layoutGeometry'
import { backwardEdges, edgesOverNodes } from '../../src/domain/layout/drawingChecks'
import { generateDataset } from '../bench/generateDataset'

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

// A synthetic lineage of the kind the benchmark draws, with links inside a year and across many.
const dir = mkdtempSync(join(tmpdir(), 'atlas-columns-'))
generateDataset(400, dir)
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown
const techniques = read('techniques.json') as {
  id: string
  name: string
  year: number
  categories: string[]
}[]
const lineage = read('lineage.json') as { parent: string; child: string }[]
const input = { techniques, lineage, categoryOrder: ['full', 'adapters', 'low-rank'] }
const edges = lineage.map((l) => ({
  id: edgeId(l),
  source: l.parent,
  target: l.child,
}))

describe('the year-column layout used for lineages too large for ELK', () => {
  const layout = columnLayout(input, 12)
  const routed = edges.map((e) => ({ ...e, route: layout.routes[e.id]! }))

  it('places every technique and routes every link from parent to child', () => {
    expect(Object.keys(layout.positions)).toHaveLength(techniques.length)
    for (const e of routed) {
      expect(e.route[0]).toEqual(layout.positions[e.source])
      expect(e.route.at(-1)).toEqual(layout.positions[e.target])
    }
  })

  it('runs time left to right, a child always right of its parents (same year too)', () => {
    expect(backwardEdges(routed, layout.positions)).toEqual([])
    for (const e of routed)
      expect(layout.positions[e.target]!.x).toBeGreaterThan(layout.positions[e.source]!.x)
    layout.years.slice(1).forEach((y, i) => expect(y.x0).toBeGreaterThan(layout.years[i]!.x1))
  })

  it('draws no edge over a technique it does not connect, and no two techniques overlap', () => {
    expect(edgesOverNodes(routed, layout.boxes)).toEqual([])
    const boxes = Object.values(layout.boxes)
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false)
  })

  it('draws only horizontal and vertical segments', () => {
    for (const e of routed)
      for (const [i, p] of e.route.slice(1).entries())
        expect(p.x === e.route[i]!.x || p.y === e.route[i]!.y).toBe(true)
  })

  it('stacks at most the given number of techniques in a column', () => {
    const perColumn = new Map<number, number>()
    for (const p of Object.values(layout.positions))
      perColumn.set(p.x, (perColumn.get(p.x) ?? 0) + 1)
    expect(Math.max(...perColumn.values())).toBe(12)
  })

  it('gives the same drawing for the same input, and a taller one for more rows', () => {
    expect(columnLayout(input, 12)).toEqual(layout)
    expect(columnLayout(input, 40).height).toBeGreaterThan(layout.height)
  })
})

it('refuses a lineage cycle rather than looping', () => {
  const t = (id: string) => ({ id, name: id, year: 2020, categories: [] })
  expect(() =>
    columnLayout({
      techniques: [t('a'), t('b')],
      lineage: [
        { parent: 'a', child: 'b' },
        { parent: 'b', child: 'a' },
      ],
      categoryOrder: [],
    }),
  ).toThrow(/cycle among a, b/)
})
