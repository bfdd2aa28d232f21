import { describe, expect, it } from 'vitest'
import {
  createAtlas,
  descendants,
  linkById,
  neighbours,
  roots,
  yearBounds,
} from '../../src/domain/data/atlas'
import type { AtlasData } from '../../src/domain/data/dataset'
import { CHECKED, tinyData } from '../fixtures/tinyData'

const link = (child: string, parent: string) => ({
  child,
  parent,
  relation: 'extends' as const,
  reason: `${child} builds on ${parent}`,
  checked: CHECKED,
})

/** The tiny dataset plus techniques `extra` (copies of root with another id, year and name). */
function withTechniques(extra: [id: string, year: number, name: string][]): AtlasData {
  const data = tinyData()
  for (const [id, year, name] of extra)
    data.techniques.push({ ...data.techniques[0]!, id, year, name })
  return data
}

describe('the atlas index', () => {
  it('looks papers and categories up by id, and issues under every technique they cover', () => {
    const data = tinyData()
    // An issue naming its concept again among its techniques is listed once under it.
    data.issues[0]!.techniques.push('a')
    const atlas = createAtlas(data)
    expect(atlas.papers.get('paper-c')!.title).toBe('Paper for c')
    expect(atlas.categories.get('beta')!.name).toBe('Cat beta')
    expect(atlas.issuesByTechnique.get('a')!.map((i) => i.number)).toEqual([1])
    expect(atlas.issuesByTechnique.get('c')!.map((i) => i.number)).toEqual([1])
    expect(atlas.issuesByTechnique.get('e')!.map((i) => i.number)).toEqual([3])
  })

  it('keeps the shortest distance to a technique reached along two paths', () => {
    const data = tinyData()
    // root → f directly, besides root → a → c → f.
    data.lineage.push(link('f', 'root'))
    const down = descendants(createAtlas(data), 'root')
    expect(down.nodes.get('f')).toBe(1)
    expect(down.nodes.get('c')).toBe(2)
  })

  it('gives the span of years, and a default span for an empty dataset', () => {
    expect(yearBounds(createAtlas(tinyData()))).toEqual({ min: 2015, max: 2023 })
    const empty = { ...tinyData(), techniques: [] }
    expect(yearBounds(createAtlas(empty))).toEqual({ min: 2015, max: 2025 })
  })
})

describe('neighbours for keyboard moves', () => {
  it('a root has no parents and a leaf no children', () => {
    const atlas = createAtlas(tinyData())
    expect(neighbours(atlas, 'root').parents).toEqual([])
    expect(neighbours(atlas, 'f').children).toEqual([])
  })

  it('orders parents, children and siblings by year, then name', () => {
    const data = withTechniques([
      ['p', 2010, 'P'],
      ['q', 2008, 'Q'],
      ['z', 2020, 'Zed'],
      ['y', 2018, 'Yew'],
      ['x', 2018, 'Ash'],
    ])
    // Listed in the file newest first; x and y share a year.
    data.lineage.push(link('z', 'p'), link('y', 'p'), link('x', 'p'), link('y', 'q'))
    const atlas = createAtlas(data)
    expect(neighbours(atlas, 'p').children).toEqual(['x', 'y', 'z'])
    expect(neighbours(atlas, 'y').parents).toEqual(['q', 'p'])
    expect(neighbours(atlas, 'z').siblings).toEqual(['x', 'y', 'z'])
  })
})

describe('roots of the outline', () => {
  it('lists techniques without parents oldest first, then by name', () => {
    const atlas = createAtlas(
      withTechniques([
        ['late', 2022, 'Late'],
        ['beta-root', 2015, 'Beta'],
        ['early', 2010, 'Early'],
      ]),
    )
    expect(roots(atlas).map((t) => t.id)).toEqual(['early', 'beta-root', 'root', 'late'])
  })
})

describe('a lineage link by its edge id', () => {
  it('reads long parent ids and takes an id without an arrow or with an unknown child as none', () => {
    const atlas = createAtlas(tinyData())
    expect(linkById(atlas, 'root->b')).toMatchObject({ parent: 'root', child: 'b' })
    // "ac" is a, c run together, not the link a->c.
    expect(linkById(atlas, 'ac')).toBeUndefined()
    expect(linkById(atlas, 'a->zzz')).toBeUndefined()
  })
})
