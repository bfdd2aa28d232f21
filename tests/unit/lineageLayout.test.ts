import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { computeLineageLayout } from '../../src/build/lineageLayout'
import { readDataDir } from '../../src/build/readDataDir'
import { edgeId } from '../../src/domain/data/atlas'
import { backwardEdges } from '../../src/domain/layout/drawingChecks'
import { crossingPairs, linksOverMarkers, paintedPath } from '../../src/domain/layout/tracing'

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
  // The drawing as the first view paints it on a laptop (about 0.4 px per unit, 10 px markers).
  const z = 0.4
  const S = (p: { x: number; y: number }) => ({ x: p.x * z, y: p.y * z })
  const edges = data.lineage.flatMap((l) => {
    const id = edgeId(l)
    const stub = layout.stubs?.[id]
    const pieces = stub ? [stub.parentEnd, stub.childEnd] : [layout.routes[id]!]
    return pieces.map((route) => ({ id, source: l.parent, target: l.child, route }))
  })
  const painted = edges.map((e) => ({ ...e, route: paintedPath(e.route.map(S), 6 * z) }))
  const markers = data.techniques.map((t) => ({
    id: t.id,
    ...S(layout.positions[t.id]!),
    size: 10,
  }))

  it('places every technique and draws every lineage link, routed or as two stubs', () => {
    expect(Object.keys(layout.positions)).toHaveLength(data.techniques.length)
    for (const l of data.lineage) {
      const id = edgeId(l)
      expect(!!layout.routes[id] !== !!layout.stubs?.[id]).toBe(true)
    }
    expect(edges.every((e) => e.route && e.route.length >= 2)).toBe(true)
  })

  it('draws no link within reach of a technique it does not connect', () => {
    expect(linksOverMarkers(painted, markers)).toEqual([])
  })

  it('draws the seed’s chains as routed paths: PEFT → LoRA → QLoRA, RLHF → Constitutional AI → RLAIF', () => {
    for (const id of [
      'peft->lora',
      'lora->qlora',
      'rlhf->constitutional-ai',
      'constitutional-ai->rlaif',
    ])
      expect(layout.routes[id]).toBeDefined()
  })

  it('never draws a child before its parent: time runs left to right', () => {
    expect(backwardEdges(edges, layout.positions)).toEqual([])
    for (const t of data.techniques)
      for (const u of data.techniques)
        if (t.year < u.year)
          expect(layout.positions[t.id]!.x).toBeLessThan(layout.positions[u.id]!.x)
  })

  it('lets no two unrelated links run together, and crosses at most 0.30 pairs per link', () => {
    const { pairs, sharedStretch } = crossingPairs(painted)
    console.log(`layout: ${pairs} crossing pairs for ${data.lineage.length} links`)
    expect(sharedStretch).toBe(0)
    expect(pairs / data.lineage.length).toBeLessThanOrEqual(0.3)
  })

  it('gives each year its own column, in order', () => {
    const years = layout.years.map((y) => y.year)
    expect(years).toEqual([...new Set(data.techniques.map((t) => t.year))].sort((a, b) => a - b))
    layout.years.slice(1).forEach((y, i) => expect(y.x0).toBeGreaterThan(layout.years[i]!.x1))
  })
})
