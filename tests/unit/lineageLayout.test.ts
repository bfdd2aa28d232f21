import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { computeLineageLayout } from '../../src/build/lineageLayout'
import { readDataDir } from '../../src/build/readDataDir'
import { edgeId } from '../../src/domain/atlas'
import { backwardEdges, crossings, edgesOverNodes } from '../../src/domain/layoutGeometry'

const { data } = readDataDir('data', { requireSeedEntities: true })
const input = {
  techniques: data.techniques,
  lineage: data.lineage,
  categoryOrder: data.categories.map((c) => c.id),
}

describe('the lineage layout of the real dataset', async () => {
  const layout = await computeLineageLayout(input, {
    cacheDir: resolve('node_modules/.cache/atlas-layout'),
  })
  const edges = data.lineage.map((l) => ({
    id: edgeId(l),
    source: l.parent,
    target: l.child,
    route: layout.routes[edgeId(l)]!,
  }))

  it('places every technique and routes every lineage link', () => {
    expect(Object.keys(layout.positions)).toHaveLength(data.techniques.length)
    expect(edges.every((e) => e.route && e.route.length >= 2)).toBe(true)
  })

  it('draws no edge over a technique it does not connect', () => {
    expect(edgesOverNodes(edges, layout.boxes)).toEqual([])
  })

  it('never draws a child before its parent: time runs left to right', () => {
    expect(backwardEdges(edges, layout.positions)).toEqual([])
    for (const t of data.techniques)
      for (const u of data.techniques)
        if (t.year < u.year)
          expect(layout.positions[t.id]!.x).toBeLessThan(layout.positions[u.id]!.x)
  })

  it('crosses at most one edge in four', () => {
    const { points } = crossings(edges)
    console.log(
      `layout: ${points} crossings for ${edges.length} edges (${(points / edges.length).toFixed(2)} per edge)`,
    )
    expect(points / edges.length).toBeLessThanOrEqual(0.25)
  })

  it('gives each year its own column, in order', () => {
    const years = layout.years.map((y) => y.year)
    expect(years).toEqual([...new Set(data.techniques.map((t) => t.year))].sort((a, b) => a - b))
    layout.years.slice(1).forEach((y, i) => expect(y.x0).toBeGreaterThan(layout.years[i]!.x1))
  })
})
