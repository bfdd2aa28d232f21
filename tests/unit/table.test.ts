import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import { firstDirection, nextSort, tableRows } from '../../src/domain/explore/table'
import { tinyData } from '../fixtures/tinyData'

const atlas = createAtlas(tinyData())
const all = new Set(atlas.techniques.keys())
const ids = (sort: Parameters<typeof tableRows>[2], dir: 'asc' | 'desc' = 'asc') =>
  tableRows(atlas, all, sort, dir).map((r) => r.technique.id)

describe('the technique table', () => {
  it('has a row per matching technique with its lineage, coverage and paper', () => {
    const rows = tableRows(atlas, new Set(['c', 'f']), 'name', 'asc')
    expect(rows.map((r) => r.technique.id)).toEqual(['c', 'f'])
    const c = rows[0]!
    expect(c.parents).toEqual([{ id: 'a', name: 'A' }])
    expect(c.children).toBe(1)
    expect(c.families).toBe('Cat alpha, Cat beta')
    expect(c.organizations).toBe('Fixture Lab')
    expect(c.issues).toEqual([1])
    expect(c.tools).toBe(1)
    expect(rows[1]!.parents.map((p) => p.id).sort()).toEqual(['c', 'd'])
  })

  it('sorts by each column, ties by name, and reverses on request', () => {
    expect(ids('year')).toEqual(['root', 'a', 'b', 'c', 'd', 'e', 'f'])
    expect(ids('year', 'desc')).toEqual(['f', 'e', 'c', 'd', 'b', 'a', 'root'])
    expect(ids('children', 'desc').slice(0, 2)).toEqual(['a', 'root'])
    expect(ids('parents', 'desc')[0]).toBe('f')
    expect(ids('organizations')).toEqual(['a', 'b', 'c', 'd', 'f', 'root', 'e'])
  })

  it('sorts a count column most-first on its first click, then flips', () => {
    expect(firstDirection('tools')).toBe('desc')
    expect(firstDirection('name')).toBe('asc')
    expect(nextSort({ sort: 'year', dir: 'asc' }, 'tools')).toEqual({ sort: 'tools', dir: 'desc' })
    expect(nextSort({ sort: 'tools', dir: 'desc' }, 'tools')).toEqual({ sort: 'tools', dir: 'asc' })
    expect(nextSort({ sort: 'name', dir: 'asc' }, 'name')).toEqual({ sort: 'name', dir: 'desc' })
  })
})
