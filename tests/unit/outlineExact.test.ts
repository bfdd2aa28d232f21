/** The outline of the real dataset, read as a reader reads it, and its tie-breaks. */
import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas } from '../../src/domain/data/atlas'
import { outlineRows, type OutlineRow } from '../../src/domain/explore/outline'
import { tinyData } from '../fixtures/tinyData'

const real = createAtlas(readDataDir('data', { requireSeedEntities: true }).data)
const year = (id: string) => real.techniques.get(id)!.year
const name = (id: string) => real.techniques.get(id)!.name
const parentOf = (r: OutlineRow) => r.parentKey?.split('/').pop()

function checkTree(rows: OutlineRow[]) {
  const byKey = new Map(rows.map((r) => [r.key, r]))
  rows.forEach((r, i) => {
    const parent = r.parentKey ? byKey.get(r.parentKey) : undefined
    // Each row sits one level under the row it is listed under, which comes before it.
    expect(r.level).toBe(parent ? parent.level + 1 : 1)
    if (r.parentKey) expect(rows.indexOf(parent!)).toBeLessThan(i)
    // A row says it has children exactly when the next row is one of them.
    expect(r.hasChildren).toBe(rows[i + 1]?.parentKey === r.key)
  })
  // Siblings are in time order, ties by name.
  const siblings = new Map<string | null, string[]>()
  for (const r of rows) siblings.set(r.parentKey, [...(siblings.get(r.parentKey) ?? []), r.id])
  for (const ids of siblings.values())
    for (let i = 1; i < ids.length; i++) {
      const [a, b] = [ids[i - 1]!, ids[i]!]
      expect(
        year(a) < year(b) || (year(a) === year(b) && name(a).localeCompare(name(b)) <= 0),
      ).toBe(true)
    }
}

describe('the outline of the real dataset', () => {
  it('expands every technique once, under its most recent parent, and mentions it under the rest', () => {
    const rows = outlineRows(real, null)
    const homes = rows.filter((r) => !r.homeParent)
    expect(homes.map((r) => r.id).sort()).toEqual([...real.techniques.keys()].sort())
    for (const r of homes) {
      const parents = (real.parentLinks.get(r.id) ?? []).map((l) => l.parent)
      if (!parents.length) {
        expect(r.parentKey).toBeNull()
        continue
      }
      expect(year(parentOf(r)!)).toBe(Math.max(...parents.map(year)))
      const link = real.parentLinks.get(r.id)!.find((l) => l.parent === parentOf(r))!
      expect(r.relation).toBe(link.relation)
    }
    const mentions = rows.filter((r) => r.homeParent)
    for (const r of mentions) {
      expect(r.hasChildren).toBe(false)
      expect(r.homeParent).not.toBe(parentOf(r))
      expect(homes.find((h) => h.id === r.id && parentOf(h) === r.homeParent)).toBeTruthy()
    }
    // Every link shows up once: as the home row or as a mention.
    const shown = rows.filter((r) => r.parentKey).length
    expect(shown).toBe(real.data.lineage.length)
  })

  it('is a tree: levels, children and sibling order', () => {
    const rows = outlineRows(real, null)
    checkTree(rows)
    expect(rows.filter((r) => r.level === 1).map((r) => r.id)).toEqual(
      [...real.techniques.keys()]
        .filter((id) => !(real.parentLinks.get(id) ?? []).length)
        .sort((a, b) => year(a) - year(b) || name(a).localeCompare(name(b))),
    )
  })

  it('with only the LoRA family kept, hangs each from its nearest kept ancestor', () => {
    const keep = new Set(
      [...real.techniques.values()]
        .filter((t) => t.categories.includes('low-rank'))
        .map((t) => t.id),
    )
    const kept = outlineRows(real, keep)
    expect(new Set(kept.map((r) => r.id))).toEqual(keep)
    expect(
      kept
        .filter((r) => !r.homeParent)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...keep].sort())
    checkTree(kept)
    for (const r of kept.filter((x) => x.relation === 'descends-from'))
      expect(real.parentLinks.get(r.id)?.some((l) => l.parent === parentOf(r))).toBe(false)
  })
})

describe('the outline’s tie-breaks', () => {
  it('between two parents of the same year, prefers the deeper one', () => {
    // f's parents c and d are both of 2021; with c → d, d is deeper, so f lives under d.
    const data = tinyData()
    data.lineage.push({ ...data.lineage[0]!, child: 'd', parent: 'c', reason: 'd builds on c' })
    const rows = outlineRows(createAtlas(data), null)
    const f = rows.filter((r) => r.id === 'f')
    expect(f.find((r) => !r.homeParent)!.key).toBe('root/a/c/d/f')
    expect(f.find((r) => r.homeParent)).toMatchObject({ key: 'root/a/c/f', homeParent: 'd' })
  })

  it('an ancestor reached only through a hidden technique is left out when a kept parent descends from it', () => {
    // Keep root, a and f: f's kept ancestors are a (through c and d) and root (through a): a only.
    const rows = outlineRows(createAtlas(tinyData()), new Set(['root', 'a', 'f']))
    expect(rows.map((r) => `${r.key} ${r.relation ?? ''}`.trim())).toEqual([
      'root',
      'root/a extends',
      'root/a/f descends-from',
    ])
  })
})
