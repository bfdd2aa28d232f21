import { describe, expect, it } from 'vitest'
import {
  ancestors,
  createAtlas,
  descendants,
  linksWithin,
  linkById,
  lineageOf,
  neighbours,
  roots,
} from '../../src/domain/data/atlas'
import { tinyData } from '../fixtures/tinyData'

const atlas = createAtlas(tinyData())
const ids = (m: Map<string, number> | Set<string>) => [...m.keys()].sort()

describe('lineage queries', () => {
  it.each([
    ['f', Infinity, ['a', 'c', 'd', 'f', 'root']],
    ['f', 1, ['c', 'd', 'f']],
    ['e', Infinity, ['b', 'e', 'root']],
    ['root', Infinity, ['root']],
  ])('ancestors of %s up to depth %s', (id, depth, expected) => {
    expect(ids(ancestors(atlas, id, depth).nodes)).toEqual(expected)
  })

  it.each([
    ['root', Infinity, ['a', 'b', 'c', 'd', 'e', 'f', 'root']],
    ['root', 1, ['a', 'b', 'root']],
    ['a', Infinity, ['a', 'c', 'd', 'f']],
    ['f', Infinity, ['f']],
  ])('descendants of %s up to depth %s', (id, depth, expected) => {
    expect(ids(descendants(atlas, id, depth).nodes)).toEqual(expected)
  })

  it('records the distance of each ancestor', () => {
    expect(ancestors(atlas, 'f').nodes.get('root')).toBe(3)
  })

  it.each([
    ['both', ['a', 'c', 'f', 'root'], ['a->c', 'c->f', 'root->a']],
    ['ancestors', ['a', 'c', 'root'], ['a->c', 'root->a']],
    ['descendants', ['c', 'f'], ['c->f']],
    ['none', ['c'], []],
  ] as const)('highlights the %s lineage of c', (mode, nodes, edges) => {
    const lineage = lineageOf(atlas, 'c', mode)
    expect(ids(lineage.nodes)).toEqual(nodes)
    expect([...lineage.edges].sort()).toEqual(edges)
  })

  it('highlights nothing for an unknown technique', () => {
    expect(lineageOf(atlas, 'nope', 'both').nodes.size).toBe(0)
  })

  it('finds parents, children and siblings for keyboard moves', () => {
    expect(neighbours(atlas, 'c')).toEqual({
      parents: ['a'],
      children: ['f'],
      siblings: ['c', 'd'],
    })
    expect(neighbours(atlas, 'root').siblings).toEqual(['root'])
  })

  it('lists roots oldest first', () => {
    expect(roots(atlas).map((t) => t.id)).toEqual(['root'])
  })

  it('indexes issues and tools by the techniques they cover', () => {
    expect(atlas.issuesByTechnique.get('c')?.map((i) => i.number)).toEqual([1])
    expect(atlas.toolsByTechnique.get('e')?.map((t) => t.id)).toEqual(['cloud'])
  })
})

describe('links within a set of techniques', () => {
  it('keeps only links whose parent and child are both in the set', () => {
    const atlas = createAtlas(tinyData())
    expect([...linksWithin(atlas, ['root', 'a', 'c', 'e'])].sort()).toEqual(['a->c', 'root->a'])
    expect(linksWithin(atlas, [])).toEqual(new Set())
  })
})

describe('a lineage link by its edge id', () => {
  it('finds the link parent->child, and nothing for an unknown or malformed id', () => {
    const atlas = createAtlas(tinyData())
    expect(linkById(atlas, 'a->c')).toMatchObject({ parent: 'a', child: 'c', relation: 'extends' })
    expect(linkById(atlas, 'c->a')).toBeUndefined()
    expect(linkById(atlas, 'a')).toBeUndefined()
  })
})
