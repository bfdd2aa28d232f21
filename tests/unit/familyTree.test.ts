import { describe, expect, it } from 'vitest'
import { familyTreeLayout, homeParents } from '../../src/domain/layout/familyTree'
import { TREE_GRID } from '../../src/domain/layout/familyTreeDrawing'
import type { LayoutInput } from '../../src/domain/layout/layeredLayout'
import { crossingPairs, linksOverMarkers } from '../../src/domain/layout/tracing'

const t = (id: string, year: number) => ({ id, name: id.toUpperCase(), year, categories: ['c'] })
const l = (parent: string, child: string) => ({ parent, child })

/** PEFT → LoRA → QLoRA and LoRA → DoRA; QDoRA from DoRA and QLoRA; a far child of PEFT. */
const input: LayoutInput = {
  techniques: [
    t('peft', 2019),
    t('lora', 2021),
    t('qlora', 2023),
    t('dora', 2024),
    t('qdora', 2024),
    t('far', 2025),
    t('x', 2015),
  ],
  lineage: [
    l('peft', 'lora'),
    l('lora', 'qlora'),
    l('lora', 'dora'),
    l('dora', 'qdora'),
    l('qlora', 'qdora'),
    l('peft', 'far'),
    l('x', 'peft'),
  ],
  categoryOrder: ['c'],
}

describe('the family-tree layout', () => {
  it('hangs each technique under its most recent parent', () => {
    expect(homeParents(input).get('qdora')).toBe('dora')
    expect(homeParents(input).get('qlora')).toBe('lora')
    expect(homeParents(input).has('x')).toBe(false)
  })

  it('routes home links and draws other and far parents as stubs at both ends', () => {
    const layout = familyTreeLayout(input)
    expect(Object.keys(layout.routes).sort()).toEqual([
      'dora->qdora',
      'lora->dora',
      'lora->qlora',
      'peft->lora',
    ])
    // QLoRA is QDoRA's other parent; PEFT → far and x → PEFT span more than three years.
    expect(Object.keys(layout.stubs).sort()).toEqual(['peft->far', 'qlora->qdora', 'x->peft'])
    const stub = layout.stubs['qlora->qdora']!
    expect(stub.parentEnd[0]).toEqual(layout.positions.qlora)
    expect(stub.childEnd[1]).toEqual(layout.positions.qdora)
    // Each stroke points at the other end: rightward from the parent, in from the left.
    expect(stub.parentEnd[1].x).toBeGreaterThan(stub.parentEnd[0].x)
    expect(stub.childEnd[0].x).toBeLessThan(stub.childEnd[1].x)
  })

  it('keeps a far link routed when both ends are pinned (a chain the series named)', () => {
    const layout = familyTreeLayout(input, { ...TREE_GRID, pinned: ['peft', 'far'] })
    expect(layout.routes['peft->far']).toBeDefined()
    expect(layout.stubs['peft->far']).toBeUndefined()
  })

  it('puts every child right of its parents, each year in its own band', () => {
    const layout = familyTreeLayout(input)
    for (const link of input.lineage)
      expect(layout.positions[link.child]!.x).toBeGreaterThan(layout.positions[link.parent]!.x)
    expect(layout.years.map((y) => y.year)).toEqual([2015, 2019, 2021, 2023, 2024, 2025])
    for (let i = 1; i < layout.years.length; i++)
      expect(layout.years[i]!.x0).toBeGreaterThan(layout.years[i - 1]!.x1)
    // DoRA's child of the same year sits in a later sub-column.
    expect(layout.positions.qdora!.x).toBeGreaterThan(layout.positions.dora!.x)
  })

  it('routes a home link along the parent’s row, down a drop just before the child', () => {
    const layout = familyTreeLayout(input)
    for (const route of Object.values(layout.routes)) {
      for (let i = 1; i < route.length; i++)
        expect(route[i]!.x === route[i - 1]!.x || route[i]!.y === route[i - 1]!.y).toBe(true)
      if (route.length === 4) expect(route[1]!.x).toBe(route[3]!.x - TREE_GRID.drop)
    }
  })

  it('draws a wide tree with no crossings, no shared stretches and no link over a marker', () => {
    // Ten parents in one year, each with three children over the next years.
    const techniques = [t('root', 2015)]
    const lineage = []
    for (let i = 0; i < 10; i++) {
      techniques.push(t(`p${i}`, 2018))
      lineage.push(l('root', `p${i}`))
      for (let k = 0; k < 3; k++) {
        techniques.push(t(`c${i}-${k}`, 2019 + k))
        lineage.push(l(`p${i}`, `c${i}-${k}`))
      }
    }
    const layout = familyTreeLayout(
      { techniques, lineage, categoryOrder: ['c'] },
      {
        ...TREE_GRID,
        longLink: 10,
      },
    )
    const z = 0.45
    const edges = lineage.map((link) => ({
      id: `${link.parent}->${link.child}`,
      source: link.parent,
      target: link.child,
      route: layout.routes[`${link.parent}->${link.child}`]!.map((p) => ({
        x: p.x * z,
        y: p.y * z,
      })),
    }))
    const markers = techniques.map((tech) => ({
      id: tech.id,
      x: layout.positions[tech.id]!.x * z,
      y: layout.positions[tech.id]!.y * z,
      size: 10,
    }))
    expect(crossingPairs(edges)).toMatchObject({ pairs: 0, sharedStretch: 0 })
    expect(linksOverMarkers(edges, markers)).toEqual([])
  })

  it('gives the same drawing for the same input', () => {
    expect(familyTreeLayout(input)).toEqual(familyTreeLayout(input))
  })
})
