import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import { compareRows } from '../../src/domain/explore/compare'
import { tinyData } from '../fixtures/tinyData'

const atlas = createAtlas(tinyData())
const row = (ids: string[], label: string) =>
  compareRows(atlas, ids).find((r) => r.label === label)!

describe('comparing techniques', () => {
  it('has one column per technique and the aspects a reader compares, in order', () => {
    const rows = compareRows(atlas, ['c', 'e'])
    expect(rows.map((r) => r.label)).toEqual([
      'Year',
      'Family',
      'Paper',
      'Organizations',
      'What it changed',
      'Trainable parameters',
      'Memory',
      'Data it needs',
      'Tools',
      'Newsletter issues',
      'Use it',
    ])
    for (const r of rows) expect(r.cells).toHaveLength(2)
    expect(row(['c', 'e'], 'Year').cells).toEqual([
      { kind: 'text', text: '2021' },
      { kind: 'text', text: '2022' },
    ])
  })

  it('marks the rows whose cells differ', () => {
    expect(row(['c', 'e'], 'Year').differs).toBe(true)
    expect(row(['c', 'd'], 'Year').differs).toBe(false)
    expect(row(['c', 'e'], 'Organizations').differs).toBe(true)
    expect(row(['c', 'd'], 'Organizations').differs).toBe(false)
  })

  it('says what each changed relative to its parents, with the relation and the reason', () => {
    expect(row(['c', 'root'], 'What it changed').cells).toEqual([
      { kind: 'text', text: 'extends A: c builds on a' },
      { kind: 'text', text: 'A root of the lineage.' },
    ])
  })

  it('compares a technique with itself as identical rows, and skips unknown ids', () => {
    const rows = compareRows(atlas, ['c', 'c', 'nope'])
    expect(rows[0]!.cells).toHaveLength(2)
    expect(rows.every((r) => !r.differs)).toBe(true)
  })

  it('links the tools and newsletter issues that cover each', () => {
    expect(row(['c', 'f'], 'Tools').cells).toEqual([
      { kind: 'links', items: [{ label: 'Kit', tool: 'kit' }] },
      { kind: 'links', items: [] },
    ])
    expect(row(['c', 'f'], 'Newsletter issues').cells[0]).toEqual({
      kind: 'links',
      items: [{ label: 'Edge 1', issue: 1 }],
    })
  })
})
