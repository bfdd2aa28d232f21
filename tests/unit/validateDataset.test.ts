import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsLine, readDataDir } from '../../src/build/readDataDir'
import { DATA_FILES } from '../../src/domain/data/constants'
import { formatProblem, type AtlasData } from '../../src/domain/data/dataset'
import { validateDataset } from '../../src/domain/data/validateDataset'
import { CHECKED, tinyData } from '../fixtures/tinyData'

function asFiles(data: AtlasData) {
  return {
    'categories.json': data.categories,
    'papers.json': data.papers,
    'techniques.json': data.techniques,
    'lineage.json': data.lineage,
    'tools.json': data.tools,
    'newsletter-issues.json': data.issues,
  }
}

function problemsOf(mutate: (d: AtlasData) => void, options = {}) {
  const data = tinyData()
  mutate(data)
  return validateDataset(asFiles(data), options).problems.map(formatProblem)
}

describe('the dataset validator', () => {
  it('passes the real dataset in data/ with every seed entity present', () => {
    const { data, problems } = readDataDir('data', { requireSeedEntities: true })
    expect(problems.map(formatProblem)).toEqual([])
    expect(data.techniques.length).toBeGreaterThanOrEqual(150)
    expect(countsLine(data)).toMatch(
      /^\d+ techniques, \d+ lineage links, \d+ categories, 13 newsletter issues/,
    )
  })

  it('accepts the tiny fixture without problems', () => {
    expect(problemsOf(() => {})).toEqual([])
  })

  it('names a dangling reference with file, record and field', () => {
    const problems = problemsOf((d) => {
      d.lineage.push({
        child: 'f',
        parent: 'ghost',
        relation: 'extends',
        reason: 'no such parent',
        checked: CHECKED,
      })
      d.tools[0]!.techniques.push('phantom')
    })
    expect(problems).toContain(
      "lineage.json › f<-ghost › parent: references unknown technique 'ghost'",
    )
    expect(problems).toContain(
      "tools.json › kit › techniques: references unknown technique 'phantom'",
    )
  })

  it('reports a lineage cycle and leaves the closing link out', () => {
    const data = tinyData()
    data.lineage.push({
      child: 'root',
      parent: 'f',
      relation: 'extends',
      reason: 'loops back',
      checked: CHECKED,
    })
    data.techniques.find((t) => t.id === 'root')!.yearNote = 'fixture'
    const result = validateDataset(asFiles(data))
    const messages = result.problems.map(formatProblem)
    expect(
      messages.some((m) => m.startsWith('lineage.json › ') && m.includes('closes a lineage cycle')),
    ).toBe(true)
    expect(result.data.lineage.length).toBe(data.lineage.length - 1)
  })

  it('reports a duplicate id', () => {
    const problems = problemsOf((d) => d.techniques.push({ ...d.techniques[1]! }))
    expect(problems).toContain("techniques.json › a › id: duplicate id 'a'")
  })

  it('rejects an http link', () => {
    const problems = problemsOf((d) => (d.tools[0]!.url = 'http://example.org/kit'))
    expect(problems).toContain('tools.json › kit › url: must be an https link')
  })

  it('rejects a malformed arXiv id and one that disagrees with its link', () => {
    const problems = problemsOf((d) => {
      Object.assign(d.papers[0]!, { arxivId: '15.123', url: 'https://arxiv.org/abs/1511.01432' })
      Object.assign(d.papers[1]!, {
        arxivId: '1902.00751',
        url: 'https://arxiv.org/abs/1902.00752',
      })
    })
    expect(problems).toContain('papers.json › paper-root › arxivId: must look like 2106.09685')
    expect(problems).toContain(
      'papers.json › paper-a › url: must be https://arxiv.org/abs/1902.00751 to agree with arxivId',
    )
  })

  it('reports a child dated before its parent unless a note explains it', () => {
    const problems = problemsOf((d) => (d.techniques.find((t) => t.id === 'f')!.year = 2018))
    expect(problems).toContain(
      "lineage.json › f<-c › child: child year 2018 is before parent year 2021 and 'f' has no yearNote explaining why",
    )
  })

  it('reports every missing seed entity when asked to require them', () => {
    const problems = problemsOf(() => {}, { requireSeedEntities: true })
    expect(problems).toContain(
      'techniques.json › qlora › *: the seed names this technique but the dataset lacks it',
    )
    expect(problems).toContain(
      'tools.json › trl › *: the seed names this tool but the dataset lacks it',
    )
    expect(problems).toContain(
      'newsletter-issues.json › edge-351 › *: the seed names Edge 351 but the dataset lacks it',
    )
  })

  it('lists every problem at once, not just the first', () => {
    const problems = problemsOf((d) => {
      d.techniques[0]!.description = ''
      d.techniques[1]!.year = Number.NaN
      d.tools[1]!.kind = 'spaceship' as never
    })
    expect(problems.length).toBeGreaterThanOrEqual(3)
    expect(problems.some((p) => p.startsWith('techniques.json › root › description'))).toBe(true)
    expect(problems.some((p) => p.startsWith('techniques.json › a › year'))).toBe(true)
    expect(problems.some((p) => p.startsWith('tools.json › cloud › kind'))).toBe(true)
  })

  it('names a file that is not valid JSON and keeps the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-'))
    const files = asFiles(tinyData())
    for (const file of DATA_FILES) writeFileSync(join(dir, file), JSON.stringify(files[file]))
    writeFileSync(join(dir, 'tools.json'), '[{"id": "kit",')
    const { data, problems } = readDataDir(dir, { requireSeedEntities: false })
    const messages = problems.map(formatProblem)
    expect(messages.some((m) => m.startsWith('tools.json › * › *: is not valid JSON'))).toBe(true)
    expect(data.techniques.length).toBe(7)
  })
})

describe('the rules added with the grown dataset', () => {
  const usage = {
    tool: 'kit',
    api: 'KitConfig(a=True)',
    snippet: 'from kit import KitConfig',
    docs: 'https://example.org/kit/docs',
    version: 'kit 1.0',
    source: 'https://example.org/kit/src',
  }

  it('refuses a record without the date it was checked', () => {
    const problems = problemsOf((d) => {
      delete (d.techniques[0] as { checked?: string }).checked
      ;(d.tools[0] as { checked?: string }).checked = '26/11/2026'
    })
    expect(problems.some((p) => p.startsWith('techniques.json › root › checked:'))).toBe(true)
    expect(problems.some((p) => p.startsWith('tools.json › kit › checked:'))).toBe(true)
  })

  it('asks an empty organizations list to say why', () => {
    expect(
      problemsOf((d) => {
        d.techniques[1]!.organizations = []
        d.papers[2]!.organizations = []
        d.papers[2]!.organizationsNote = 'the header is not shown in the sources read'
      }),
    ).toEqual([
      'techniques.json › a › organizations: is empty without an organizationsNote saying why',
    ])
  })

  it('reports a category no technique belongs to', () => {
    expect(
      problemsOf((d) => {
        d.categories.push({
          id: 'empty',
          name: 'Empty',
          description: 'Nothing here',
          checked: CHECKED,
        })
      }),
    ).toEqual(['categories.json › empty › id: no technique belongs to this category'])
  })

  it('requires a usage entry to name a known tool that lists the technique', () => {
    expect(
      problemsOf((d) => {
        d.techniques.find((t) => t.id === 'a')!.usage = [usage]
        d.techniques.find((t) => t.id === 'b')!.usage = [usage, { ...usage, tool: 'ghost' }]
      }),
    ).toEqual([
      "tools.json › kit › techniques: lacks 'b', whose usage entry names this tool",
      "techniques.json › b › usage: references unknown tool 'ghost'",
    ])
  })

  it('refuses a technique listed both as supported and as dropped by a tool', () => {
    expect(
      problemsOf((d) => {
        d.tools[0]!.dropped = [
          { technique: 'a', when: '2026-03', source: 'https://example.org/log' },
        ]
      }),
    ).toEqual(["tools.json › kit › dropped: lists 'a' both as supported and as dropped"])
  })
})
