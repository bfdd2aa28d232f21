import { describe, expect, it } from 'vitest'
import { toElements } from '../../src/components/graph/elements'
import { THEMES, THEME_COLORS, contrastRatio } from '../../src/components/theme'
import { createAtlas } from '../../src/domain/atlas'
import { tinyData } from '../fixtures/tinyData'

describe('the graph element mapper', () => {
  const atlas = createAtlas(tinyData())
  const positions = Object.fromEntries(
    atlas.data.techniques.map((t, i) => [t.id, { x: i * 10, y: t.year }]),
  )
  const elements = toElements(atlas, positions, [{ year: 2015, y: 0 }])

  it('draws one node per technique at its preset position, classed by primary family', () => {
    const c = elements.find((e) => e.data.id === 'c')!
    expect(c.position).toEqual({ x: 30, y: 2021 })
    expect(c.classes).toBe('technique family-0')
    expect(elements.find((e) => e.data.id === 'd')!.classes).toBe('technique family-2')
  })

  it('draws each lineage link as an arrow from parent to child', () => {
    const edge = elements.find((e) => e.data.id === 'a->c')!
    expect(edge.data).toMatchObject({ source: 'a', target: 'c', relation: 'extends' })
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(atlas.data.lineage.length)
  })

  it('adds a year label left of the graph that is not a technique', () => {
    const axis = elements.find((e) => e.data.id === 'year-axis-2015')!
    expect(axis.classes).toBe('year-axis')
    expect(axis.position!.x).toBeLessThan(0)
  })
})

describe('the themes', () => {
  it.each(THEMES)('%s: text has at least 4.5:1 contrast and every category colour 3:1', (theme) => {
    const c = THEME_COLORS[theme]
    expect(contrastRatio(c.text, c.background)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(c.mutedText, c.background)).toBeGreaterThanOrEqual(4.5)
    for (const color of [...c.categories, c.accent, c.edge])
      expect(contrastRatio(color, c.background), color).toBeGreaterThanOrEqual(3)
  })
})
