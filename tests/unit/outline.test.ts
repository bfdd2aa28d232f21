import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import { outlineRows } from '../../src/domain/explore/outline'
import { tinyData } from '../fixtures/tinyData'

const atlas = createAtlas(tinyData())
const shape = (keep: ReadonlySet<string> | null) =>
  outlineRows(atlas, keep).map(
    (r) =>
      `${r.key}${r.homeParent ? ` (under ${r.homeParent})` : ''}${r.relation ? ` ${r.relation}` : ''}`,
  )

describe('the lineage outline', () => {
  it('puts each technique under its most recent parent, and mentions it under the others', () => {
    // f (2023) has two 2021 parents, c and d: the tie goes to the name, so f lives under c.
    expect(shape(null)).toEqual([
      'root',
      'root/a extends',
      'root/a/c extends',
      'root/a/c/f extends',
      'root/a/d extends',
      'root/a/d/f (under c) extends',
      'root/b extends',
      'root/b/e extends',
    ])
    const f = outlineRows(atlas, null).find((r) => r.key === 'root/a/d/f')!
    expect(f.hasChildren).toBe(false)
  })

  it('with non-matches hidden, hangs each kept technique from its nearest kept ancestor', () => {
    expect(shape(new Set(['root', 'c', 'f', 'e']))).toEqual([
      'root',
      'root/c descends-from',
      'root/c/f extends',
      'root/e descends-from',
    ])
    // With no kept ancestor, a technique becomes a root.
    expect(shape(new Set(['c', 'e']))).toEqual(['c', 'e'])
  })
})
