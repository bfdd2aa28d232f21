import { describe, expect, it } from 'vitest'
import { measureCoverage, type ExternalSnapshot } from '../../src/domain/data/coverage'
import { tinyData } from '../fixtures/tinyData'

const data = tinyData()
data.papers[1]!.arxivId = '2101.00001' // paper of technique "a"
data.papers[2]!.arxivId = '2102.00002' // paper of technique "b"

const snapshot = (lists: ExternalSnapshot['lists']): ExternalSnapshot => ({
  library: 'Lib',
  repository: 'https://example.org/lib',
  commit: 'abcdef0123',
  version: '1.0',
  read: '2026-11-26',
  lists,
})

describe('measured coverage', () => {
  it('counts a method as covered when a technique has its paper, per list and over the union', () => {
    const { lists, union } = measureCoverage(
      [
        snapshot([
          {
            id: 'one',
            name: 'One',
            source: 'https://example.org/1',
            items: [
              { key: 'A', name: 'A', arxivId: '2101.00001' },
              { key: 'Z', name: 'Zed', arxivId: '2109.09999' },
            ],
          },
          {
            id: 'two',
            name: 'Two',
            source: 'https://example.org/2',
            items: [
              // The same paper under another name counts once in the union.
              { key: 'A-again', name: 'A again', arxivId: '2101.00001' },
              { key: 'B', name: 'B', arxivId: '2102.00002' },
              { key: 'Infra', name: 'Infra', arxivId: '2103.00003', kind: 'other' },
            ],
          },
        ]),
      ],
      data,
    )
    expect(lists.map((l) => [l.list, l.covered, l.total])).toEqual([
      ['One', 1, 2],
      ['Two', 2, 2],
    ])
    expect(union.covered).toBe(2)
    expect(union.total).toBe(3)
    expect(union.missing.map((m) => m.name)).toEqual(['Zed'])
  })

  it('matches a method without a paper by an explicit mapping or by name or alias', () => {
    const { union } = measureCoverage(
      [
        snapshot([
          {
            id: 'x',
            name: 'X',
            source: 'https://example.org/x',
            items: [
              { key: 'Mapped', name: 'Trainer', arxivId: null, atlas: 'e' },
              { key: 'Alias', name: 'Bee Method', arxivId: null },
              { key: 'Gone', name: 'Unknown', arxivId: null, atlas: 'ghost' },
            ],
          },
        ]),
      ],
      data,
    )
    expect(union.covered).toBe(2)
    expect(union.missing.map((m) => m.key)).toEqual(['Gone'])
  })
})
