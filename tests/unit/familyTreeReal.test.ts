/**
 * The map as the build draws it: the family-tree layout of the real dataset, read with the same
 * measures the browser test reads from the live graph. What a reader meets — a link drawn
 * backward, through a marker it does not touch, or beside another it could be mistaken for —
 * fails here, before a browser is involved.
 */
import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { edgeId } from '../../src/domain/data/atlas'
import { SEED_ENTITIES } from '../../src/domain/data/dataset'
import { backwardEdges } from '../../src/domain/layout/drawingChecks'
import { familyTreeLayout } from '../../src/domain/layout/familyTree'
import { TREE_GRID } from '../../src/domain/layout/familyTreeDrawing'
import type { LayoutInput } from '../../src/domain/layout/layeredLayout'
import { MARKER_SIZE } from '../../src/domain/layout/layoutGeometry'
import { crossingPairs, linksOverMarkers } from '../../src/domain/layout/tracing'

const { data } = readDataDir('data', { requireSeedEntities: true })
const input: LayoutInput = {
  techniques: data.techniques.map((t) => ({
    id: t.id,
    name: t.name,
    year: t.year,
    categories: t.categories,
  })),
  lineage: data.lineage.map((l) => ({ parent: l.parent, child: l.child })),
  categoryOrder: data.categories.map((c) => c.id),
}
const year = new Map(data.techniques.map((t) => [t.id, t.year]))

// The first view on a laptop shows the map at about this zoom: the measures are in its pixels.
const ZOOM = TREE_GRID.judgeZoom
const px = (p: { x: number; y: number }) => ({ x: p.x * ZOOM, y: p.y * ZOOM })

/** The map as the build lays it out (inside each test, so a mutation run sees which it reads). */
function drawMap() {
  const layout = familyTreeLayout(input, { ...TREE_GRID, pinned: SEED_ENTITIES.techniques })
  const routed = input.lineage
    .filter((l) => layout.routes[edgeId(l)])
    .map((l) => ({
      id: edgeId(l),
      source: l.parent,
      target: l.child,
      route: layout.routes[edgeId(l)]!.map(px),
    }))
  const markers = input.techniques.map((t) => ({
    id: t.id,
    ...px(layout.positions[t.id]!),
    size: MARKER_SIZE * ZOOM,
  }))
  return { layout, routed, markers }
}

describe('the map of the real dataset', () => {
  it('draws every technique once, inside the map, and every link as a route or a stub', () => {
    const { layout, routed } = drawMap()
    expect(Object.keys(layout.positions).sort()).toEqual(input.techniques.map((t) => t.id).sort())
    for (const p of Object.values(layout.positions)) {
      expect(p.x).toBeGreaterThanOrEqual(0)
      expect(p.x).toBeLessThanOrEqual(layout.width)
      expect(p.y).toBeGreaterThanOrEqual(0)
      expect(p.y).toBeLessThanOrEqual(layout.height)
    }
    for (const l of input.lineage) {
      const id = edgeId(l)
      expect(!!layout.routes[id] !== !!layout.stubs[id], `${id}: routed xor stub`).toBe(true)
    }
    // Most links are drawn whole; stubs are the exception.
    expect(routed.length).toBeGreaterThan(input.lineage.length / 2)
  })

  it('never puts two markers on top of each other', () => {
    const { layout } = drawMap()
    const points = Object.entries(layout.positions)
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const [a, p] = points[i]!
        const [b, q] = points[j]!
        const apart = Math.max(Math.abs(p.x - q.x), Math.abs(p.y - q.y))
        expect(apart, `${a} and ${b}`).toBeGreaterThanOrEqual(MARKER_SIZE)
      }
  })

  it('reads left to right in time: each technique in its year’s band, no link drawn backward', () => {
    const { layout, routed } = drawMap()
    expect(layout.years.map((y) => y.year)).toEqual(
      [...new Set(year.values())].sort((a, b) => a - b),
    )
    for (let i = 1; i < layout.years.length; i++)
      expect(layout.years[i]!.x0).toBeGreaterThan(layout.years[i - 1]!.x1)
    for (const t of input.techniques) {
      const band = layout.years.find((y) => y.year === t.year)!
      const x = layout.positions[t.id]!.x
      expect(x, t.id).toBeGreaterThanOrEqual(band.x0)
      expect(x, t.id).toBeLessThanOrEqual(band.x1)
    }
    expect(backwardEdges(routed, layout.positions)).toEqual([])
  })

  it('routes each link from its parent’s marker to its child’s, in straight runs', () => {
    const { layout, routed } = drawMap()
    for (const e of routed) {
      const route = layout.routes[e.id]!
      expect(route[0], e.id).toEqual(layout.positions[e.source])
      expect(route.at(-1), e.id).toEqual(layout.positions[e.target])
      for (let i = 1; i < route.length; i++)
        expect(route[i]!.x === route[i - 1]!.x || route[i]!.y === route[i - 1]!.y, e.id).toBe(true)
    }
    for (const [id, stub] of Object.entries(layout.stubs)) {
      const [parent, child] = id.split('->') as [string, string]
      expect(stub.parentEnd[0], id).toEqual(layout.positions[parent])
      expect(stub.childEnd[1], id).toEqual(layout.positions[child])
      expect(stub.parentEnd[1].x, id).toBeGreaterThan(stub.parentEnd[0].x)
      expect(stub.childEnd[0].x, id).toBeLessThan(stub.childEnd[1].x)
    }
  })

  it('draws no link over a marker it does not connect, and none beside another', () => {
    const { routed, markers } = drawMap()
    expect(linksOverMarkers(routed, markers)).toEqual([])
    const crossings = crossingPairs(routed)
    expect(crossings.sharedStretch).toBe(0)
    expect(crossings.pairs / input.lineage.length).toBeLessThanOrEqual(0.3)
  })

  it('keeps the chains the series named routed end to end', () => {
    const { layout } = drawMap()
    for (const [parent, child] of [
      ['peft', 'lora'],
      ['lora', 'qlora'],
      ['rlhf', 'constitutional-ai'],
      ['constitutional-ai', 'rlaif'],
    ] as const)
      expect(layout.routes[edgeId({ parent, child })], `${parent} → ${child}`).toBeDefined()
  })
})
