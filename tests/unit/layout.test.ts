import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { computeLayout } from '../../src/domain/layout'
import { tinyData } from '../fixtures/tinyData'

function layoutOf(data = tinyData()) {
  return computeLayout({
    techniques: data.techniques,
    lineage: data.lineage,
    categoryOrder: data.categories.map((c) => c.id),
  })
}

describe('the preset lineage layout', () => {
  it('places every technique', () => {
    const { positions } = layoutOf()
    expect(Object.keys(positions).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'root'])
  })

  it('reads in time order: every parent sits above its child', () => {
    const data = readDataDir('data', { requireSeedEntities: true }).data
    const { positions } = layoutOf(data)
    for (const l of data.lineage) {
      const parent = data.techniques.find((t) => t.id === l.parent)!
      const child = data.techniques.find((t) => t.id === l.child)!
      if (parent.year < child.year)
        expect(positions[l.parent]!.y).toBeLessThan(positions[l.child]!.y)
    }
  })

  it('never puts two techniques on the same spot, so labels do not overlap', () => {
    const data = readDataDir('data', { requireSeedEntities: true }).data
    const { positions } = layoutOf(data)
    const points = Object.values(positions)
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!
        const b = points[j]!
        // A node and its label span about 150 units to the right and 20 tall: closer than that
        // on both axes would overlap.
        expect(Math.abs(a.x - b.x) >= 150 || Math.abs(a.y - b.y) >= 28).toBe(true)
      }
  })

  it('is deterministic', () => {
    expect(layoutOf()).toEqual(layoutOf())
  })
})
