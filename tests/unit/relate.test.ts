import { describe, expect, it } from 'vitest'
import { createAtlas, edgeId } from '../../src/domain/data/atlas'
import type { AtlasData } from '../../src/domain/data/dataset'
import { COMMON_ANCESTOR_CAP, relate, relationHighlight } from '../../src/domain/explore/relate'
import { tinyData } from '../fixtures/tinyData'

const atlas = createAtlas(tinyData())
const chain = (links: readonly { parent: string; child: string }[]) => links.map(edgeId)

describe('how two techniques relate', () => {
  it('finds the shortest chain of descent, whichever way round they are given', () => {
    const r = relate(atlas, 'f', 'root')
    expect(r.kind).toBe('descends')
    if (r.kind !== 'descends') return
    expect(r.ancestor).toBe('root')
    expect(r.descendant).toBe('f')
    // root → a → (c or d) → f: three links, oldest first, each starting where the last ended.
    expect(r.chain).toHaveLength(3)
    expect(r.chain[0]!.parent).toBe('root')
    expect(r.chain.at(-1)!.child).toBe('f')
    r.chain.slice(1).forEach((l, i) => expect(l.parent).toBe(r.chain[i]!.child))
    expect(relate(atlas, 'root', 'f')).toEqual(r)
  })

  it('tells cousins by their nearest common ancestor', () => {
    const r = relate(atlas, 'c', 'e')
    expect(r.kind).toBe('common')
    if (r.kind !== 'common') return
    expect(r.via.map((v) => v.ancestor)).toEqual(['root'])
    expect(chain(r.via[0]!.toA)).toEqual(['root->a', 'a->c'])
    expect(chain(r.via[0]!.toB)).toEqual(['root->b', 'b->e'])
    // Siblings meet at their shared parent, not further up.
    const siblings = relate(atlas, 'c', 'd')
    expect(siblings.kind === 'common' && siblings.via.map((v) => v.ancestor)).toEqual(['a'])
  })

  it('lists every nearest common ancestor at equal distance, up to a cap', () => {
    // x and y each have the same five parents p0…p4: five nearest common ancestors.
    const data = tinyData()
    const base = data.techniques[0]!
    const parents = ['p0', 'p1', 'p2', 'p3', 'p4']
    data.techniques.push(
      ...[...parents, 'x', 'y'].map((id) => ({ ...base, id, name: id.toUpperCase() })),
    )
    for (const p of parents)
      for (const child of ['x', 'y']) data.lineage.push({ ...data.lineage[0]!, parent: p, child })
    const r = relate(createAtlas(data as AtlasData), 'x', 'y')
    expect(r.kind).toBe('common')
    if (r.kind !== 'common') return
    expect(r.via.map((v) => v.ancestor)).toEqual(['p0', 'p1', 'p2'].slice(0, COMMON_ANCESTOR_CAP))
    expect(r.more).toBe(5 - COMMON_ANCESTOR_CAP)
  })

  it('says when two techniques share nothing, and when they are one', () => {
    const data = tinyData()
    data.techniques.push({ ...data.techniques[0]!, id: 'loner', name: 'Loner' })
    const r = relate(createAtlas(data as AtlasData), 'loner', 'f')
    expect(r).toEqual({ kind: 'unrelated', a: 'loner', b: 'f' })
    expect(relate(atlas, 'c', 'c')).toEqual({ kind: 'same', a: 'c' })
  })

  it('ends on a lineage with a cycle (validation forbids one, the search does not rely on it)', () => {
    const data = tinyData()
    data.lineage.push({ ...data.lineage[0]!, parent: 'f', child: 'root' })
    expect(relate(createAtlas(data as AtlasData), 'c', 'e').kind).toBe('descends')
  })

  it('lights exactly the techniques and links the relation passes through', () => {
    const h = relationHighlight(relate(atlas, 'c', 'e'))
    expect([...h.nodes].sort()).toEqual(['a', 'b', 'c', 'e', 'root'])
    expect([...h.edges].sort()).toEqual(['a->c', 'b->e', 'root->a', 'root->b'])
  })
})
