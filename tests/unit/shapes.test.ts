import { describe, expect, it } from 'vitest'
import { FAMILY_SHAPES, insideShape, shapePath, type FamilyShape } from '../../src/theme/shapes'

/** Pixel coverage (0–1) of a shape drawn at `px` × `px`, 4 × 4 samples per pixel. */
function raster(shape: FamilyShape, px: number): number[] {
  const out: number[] = []
  for (let row = 0; row < px; row++)
    for (let col = 0; col < px; col++) {
      let hits = 0
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const x = ((col + (sx + 0.5) / 4) / px) * 2 - 1
          const y = ((row + (sy + 0.5) / 4) / px) * 2 - 1
          if (insideShape(shape, x, y)) hits++
        }
      out.push(hits / 16)
    }
  return out
}

/** How much of two rasters differs: summed coverage difference over the larger area. */
function difference(a: number[], b: number[]): number {
  let diff = 0
  let areaA = 0
  let areaB = 0
  a.forEach((v, i) => {
    diff += Math.abs(v - b[i]!)
    areaA += v
    areaB += b[i]!
  })
  return diff / Math.max(areaA, areaB)
}

describe('family shapes', () => {
  it('gives each of the 13 families its own shape', () => {
    expect(FAMILY_SHAPES).toHaveLength(13)
    expect(new Set(FAMILY_SHAPES.map((s) => s.name)).size).toBe(13)
  })

  it('keeps every pair of shapes apart when drawn at 13 px', () => {
    const rasters = FAMILY_SHAPES.map((s) => raster(s, 13))
    const close: string[] = []
    let smallest = Infinity
    for (let i = 0; i < rasters.length; i++)
      for (let j = i + 1; j < rasters.length; j++) {
        const d = difference(rasters[i]!, rasters[j]!)
        smallest = Math.min(smallest, d)
        if (d < 0.25)
          close.push(`${FAMILY_SHAPES[i]!.name}/${FAMILY_SHAPES[j]!.name} ${d.toFixed(2)}`)
      }
    expect(close).toEqual([])
    expect(smallest).toBeGreaterThan(0.25)
  })

  it('fills enough of the marker to carry its colour', () => {
    for (const s of FAMILY_SHAPES) {
      const area = raster(s, 13).reduce((a, b) => a + b, 0) / 169
      expect(area, s.name).toBeGreaterThan(0.3)
    }
  })

  it('draws legend paths inside their box', () => {
    for (const s of FAMILY_SHAPES) {
      const numbers = shapePath(s)
        .match(/-?\d+(\.\d+)?/g)!
        .map(Number)
      if (s.kind === 'polygon') for (const n of numbers) expect(n).toBeGreaterThanOrEqual(0)
      if (s.kind === 'polygon') for (const n of numbers) expect(n).toBeLessThanOrEqual(16)
    }
  })
})
