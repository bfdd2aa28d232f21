/** The comparison's cells, exactly as the table shows them, and when a row is marked as differing. */
import { describe, expect, it } from 'vitest'
import { createAtlas } from '../../src/domain/data/atlas'
import { compareRows } from '../../src/domain/explore/compare'
import { tinyData } from '../fixtures/tinyData'

const data = tinyData()
data.techniques = data.techniques.map((t) =>
  t.id === 'c'
    ? {
        ...t,
        categories: ['alpha', 'beta'],
        organizations: ['Fixture Lab', 'Other Institute'],
        traits: { trainableParameters: '0.1 %', memory: 'low', data: 'pairs' },
        usage: [
          {
            tool: 'kit',
            api: 'KitConfig(c=True)',
            snippet: 'kit.use("c")',
            docs: 'https://example.org/kit/docs',
            version: 'kit 1.0',
            source: 'https://example.org/kit/src',
          },
        ],
      }
    : t.id === 'd'
      ? { ...t, organizations: [], organizationsNote: 'not shown' }
      : t,
)
data.papers = data.papers.map((p) =>
  p.id === 'paper-c' ? { ...p, arxivId: '2101.00001', url: 'https://arxiv.org/abs/2101.00001' } : p,
)
const atlas = createAtlas(data)
const row = (ids: string[], label: string) =>
  compareRows(atlas, ids).find((r) => r.label === label)!

describe('the comparison’s cells', () => {
  it('name families, join organizations, and show a dash for what a record lacks', () => {
    expect(row(['c', 'd'], 'Family').cells).toEqual([
      { kind: 'text', text: 'Cat alpha, Cat beta' },
      { kind: 'text', text: 'Cat gamma' },
    ])
    expect(row(['c', 'd'], 'Organizations').cells).toEqual([
      { kind: 'text', text: 'Fixture Lab, Other Institute' },
      { kind: 'text', text: '—' },
    ])
    for (const [label, value] of [
      ['Trainable parameters', '0.1 %'],
      ['Memory', 'low'],
      ['Data it needs', 'pairs'],
    ] as const)
      expect(row(['c', 'd'], label).cells).toEqual([
        { kind: 'text', text: value },
        { kind: 'text', text: '—' },
      ])
  })

  it('give the paper with its arXiv id and year, or the year alone', () => {
    expect(row(['c', 'd'], 'Paper').cells).toEqual([
      {
        kind: 'paper',
        title: 'Paper for c',
        url: 'https://arxiv.org/abs/2101.00001',
        detail: 'arXiv 2101.00001 · 2021',
      },
      { kind: 'paper', title: 'Paper for d', url: 'https://example.org/paper/d', detail: '2021' },
    ])
  })

  it('say what each technique changed, parent by parent, and call a root a root', () => {
    expect(row(['f', 'root'], 'What it changed').cells).toEqual([
      { kind: 'text', text: 'extends C: f builds on c extends D: f builds on d' },
      { kind: 'text', text: 'A root of the lineage.' },
    ])
  })

  it('list tools, issues and usage as links', () => {
    expect(row(['c', 'd'], 'Tools').cells).toEqual([
      { kind: 'links', items: [{ label: 'Kit', tool: 'kit' }] },
      { kind: 'links', items: [] },
    ])
    expect(row(['a', 'd'], 'Newsletter issues').cells).toEqual([
      { kind: 'links', items: [{ label: 'Edge 1', issue: 1 }] },
      { kind: 'links', items: [] },
    ])
    expect(row(['c', 'd'], 'Use it').cells).toEqual([
      { kind: 'usage', items: data.techniques.find((t) => t.id === 'c')!.usage },
      { kind: 'usage', items: [] },
    ])
  })
})

describe('rows marked as differing', () => {
  it('mark a row whose cells say different things, and not one whose cells agree', () => {
    const differs = (ids: string[]) =>
      Object.fromEntries(compareRows(atlas, ids).map((r) => [r.label, r.differs]))
    // c and d: same year, different papers, tools, issues and usage.
    expect(differs(['c', 'd'])).toMatchObject({
      Year: false,
      Paper: true,
      Tools: true,
      'Newsletter issues': true,
      'Use it': true,
    })
    // a and f: different years; neither has usage, so that row agrees.
    expect(differs(['a', 'f'])).toMatchObject({ Year: true, 'Use it': false, Memory: false })
    // Two papers with the same title but different addresses differ.
    expect(differs(['d', 'f']).Paper).toBe(true)
    // The same tools in the same order agree; a and c are both in Kit.
    expect(differs(['a', 'c']).Tools).toBe(false)
  })
})
