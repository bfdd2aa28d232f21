/** The technique table's sort, column by column, on a dataset shaped to tell the orders apart. */
import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import { tableRows } from '../../src/domain/explore/table'
import type { TableSort } from '../../src/domain/url/viewState'
import { tinyData } from '../fixtures/tinyData'

// Names that sort differently by case; an unknown family; arXiv ids on some papers only;
// an empty organization list; a technique in ten issues (10 must sort after 9, not before 2).
const data = tinyData()
data.techniques = data.techniques.map((t) =>
  t.id === 'b'
    ? { ...t, name: 'beta method', organizations: ['zeta Lab'] }
    : t.id === 'c'
      ? { ...t, organizations: [], organizationsNote: 'none shown' }
      : t.id === 'd'
        ? { ...t, organizations: ['Alpha Lab', 'Beta Lab'] }
        : t,
)
data.papers = data.papers.map((p) =>
  p.id === 'paper-a'
    ? { ...p, arxivId: '1901.00002', url: 'https://arxiv.org/abs/1901.00002' }
    : p.id === 'paper-e'
      ? { ...p, arxivId: '2201.00001', url: 'https://arxiv.org/abs/2201.00001' }
      : p,
)
data.issues = [
  ...data.issues,
  ...[9, 10, 11, 12, 13, 14, 15, 16, 17, 18].map((n) => ({
    ...data.issues[1]!,
    id: `edge-${n}`,
    number: n,
    concept: 'e',
  })),
]
const atlas = createAtlas(data)
const all = new Set(atlas.techniques.keys())
const ids = (sort: TableSort, dir: 'asc' | 'desc' = 'asc') =>
  tableRows(atlas, all, sort, dir).map((r) => r.technique.id)

describe('the table’s rows', () => {
  it('carry the paper’s arXiv id only where it has one, and the issues in number order', () => {
    const rows = tableRows(atlas, new Set(['a', 'e', 'f']), 'name', 'asc')
    expect(rows.map((r) => r.paper)).toEqual([
      { title: 'Paper for a', url: 'https://arxiv.org/abs/1901.00002', arxivId: '1901.00002' },
      { title: 'Paper for e', url: 'https://arxiv.org/abs/2201.00001', arxivId: '2201.00001' },
      { title: 'Paper for f', url: 'https://example.org/paper/f' },
    ])
    expect(rows[1]!.issues).toEqual([3, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18])
    expect(rows[1]!.families).toBe('Cat beta')
    expect(rows[0]!.organizations).toBe('Fixture Lab')
  })

  it('join several organizations, and show none as empty text', () => {
    const rows = tableRows(atlas, new Set(['c', 'd']), 'name', 'asc')
    expect(rows.map((r) => r.organizations)).toEqual(['', 'Alpha Lab, Beta Lab'])
  })
})

describe('the table’s sort', () => {
  it('by name ignores letter case', () => {
    expect(ids('name')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'root'])
    expect(ids('name', 'desc')).toEqual(['root', 'f', 'e', 'd', 'c', 'b', 'a'])
  })

  it('by family, then name', () => {
    expect(ids('categories')).toEqual(['a', 'root', 'c', 'b', 'e', 'd', 'f'])
  })

  it('by organization ignores case and puts a missing one last in both directions', () => {
    expect(ids('organizations')).toEqual(['d', 'a', 'f', 'root', 'e', 'b', 'c'])
    // Ties (three Fixture Lab techniques) stay in name order either way.
    expect(ids('organizations', 'desc')).toEqual(['b', 'e', 'a', 'f', 'root', 'd', 'c'])
  })

  it('by paper: arXiv ids first in id order, then titles, in either direction', () => {
    expect(ids('paper')).toEqual(['a', 'e', 'b', 'c', 'd', 'f', 'root'])
    expect(ids('paper', 'desc')).toEqual(['root', 'f', 'd', 'c', 'b', 'e', 'a'])
  })

  it('by counts numerically, ties by name', () => {
    expect(ids('issues', 'desc')).toEqual(['e', 'a', 'c', 'b', 'd', 'f', 'root'])
    expect(ids('tools', 'desc')).toEqual(['a', 'c', 'e', 'b', 'd', 'f', 'root'])
    expect(ids('children')).toEqual(['e', 'f', 'b', 'c', 'd', 'a', 'root'])
    expect(ids('parents')).toEqual(['root', 'a', 'b', 'c', 'd', 'e', 'f'])
  })
})
