import { describe, expect, it } from 'vitest'
import { edgeId } from '../../src/domain/data/atlas'
import { formatProblem, type AtlasData } from '../../src/domain/data/dataset'
import { validateDataset, type RawFiles } from '../../src/domain/data/validateDataset'
import { CHECKED, tinyData } from '../fixtures/tinyData'

// The messages below are what a data editor reads in the dev notice and in
// `npm run validate-data`: file › record › field: message.

function asFiles(data: AtlasData): RawFiles {
  return {
    'categories.json': data.categories,
    'papers.json': data.papers,
    'techniques.json': data.techniques,
    'lineage.json': data.lineage,
    'tools.json': data.tools,
    'newsletter-issues.json': data.issues,
  }
}

function check(mutate: (d: AtlasData) => void) {
  const d = tinyData()
  mutate(d)
  const { data, problems } = validateDataset(asFiles(d))
  return { data, messages: problems.map(formatProblem) }
}

const technique = (d: AtlasData, id: string) => d.techniques.find((t) => t.id === id)!
const paper = (d: AtlasData, id: string) => d.papers.find((p) => p.id === id)!
const link = (child: string, parent: string) => ({
  child,
  parent,
  relation: 'extends' as const,
  reason: `${child} builds on ${parent}`,
  checked: CHECKED,
})

describe('whole files', () => {
  it('names a missing file and a file that is not a list, and still reads the others', () => {
    const files = asFiles(tinyData())
    delete files['tools.json']
    files['newsletter-issues.json'] = { issues: [] }
    const { data, problems } = validateDataset(files)
    expect(problems.map(formatProblem)).toEqual([
      'tools.json › * › *: file is missing or is not valid JSON',
      'newsletter-issues.json › * › *: must hold a JSON array of records',
    ])
    expect(data.techniques).toHaveLength(7)
    expect(data.tools).toEqual([])
    expect(data.issues).toEqual([])
  })
})

describe('naming the broken record', () => {
  it('uses the id, child<-parent for a lineage link, or the position when there is neither', () => {
    const files = asFiles(tinyData())
    const techniques = files['techniques.json'] as unknown[]
    const lineage = files['lineage.json'] as unknown[]
    files['techniques.json'] = [
      ...techniques,
      'not a record',
      null,
      { ...tinyData().techniques[1]!, id: '', year: 'soon' },
      // A technique is named by its id even if it has fields named like a link's.
      { ...tinyData().techniques[1]!, id: 'odd', child: 'x', parent: 'y', year: 'soon' },
      // An id that is not text does not name the record.
      { ...tinyData().techniques[1]!, id: 42 },
    ]
    files['lineage.json'] = [
      ...lineage,
      { ...link('f', 'e'), relation: 'inspires' },
      { ...link('f', 'e'), parent: 7 },
      { ...link('f', 'e'), child: undefined },
    ]
    const problems = validateDataset(files).problems
    const where = problems.map((p) => `${p.file} › ${p.id} › ${p.field}`)
    expect(where).toEqual([
      'techniques.json › #7 › *',
      'techniques.json › #8 › *',
      'techniques.json › #9 › id',
      'techniques.json › #9 › year',
      'techniques.json › odd › year',
      'techniques.json › #11 › id',
      'lineage.json › f<-e › relation',
      'lineage.json › #8 › parent',
      'lineage.json › #9 › child',
    ])
    // The record-level messages come from the schema library: they say what was expected.
    expect(problems[0]!.message).toMatch(/object/)
    expect(problems[1]!.message).toMatch(/object/)
  })

  it('gives the dotted path of a nested field', () => {
    const { messages } = check((d) => {
      technique(d, 'f').sources = ['https://example.org/f', 'http://example.org/f']
    })
    // The invalid record is left out, so the links to it dangle.
    expect(messages).toEqual([
      'techniques.json › f › sources.1: must be an https link',
      "lineage.json › f<-c › child: references unknown technique 'f'",
      "lineage.json › f<-d › child: references unknown technique 'f'",
    ])
  })
})

describe('duplicates', () => {
  it('reports each duplicate in its own file and keeps the first record', () => {
    const { data, messages } = check((d) => {
      d.categories.push({ ...d.categories[0]! })
      d.papers.push({ ...d.papers[0]!, title: 'Second copy' })
      d.techniques.push({ ...technique(d, 'a'), name: 'A AGAIN' })
      d.lineage.push(link('c', 'a'))
      d.tools.push({ ...d.tools[0]! })
      d.issues.push({ ...d.issues[0]!, number: 7 })
      d.issues.push({ ...d.issues[1]!, id: 'edge-9' })
    })
    expect(messages).toEqual([
      "categories.json › alpha › id: duplicate id 'alpha'",
      "papers.json › paper-root › id: duplicate id 'paper-root'",
      "techniques.json › a › id: duplicate id 'a'",
      "lineage.json › c<-a › link: duplicate link 'c<-a'",
      "tools.json › kit › id: duplicate id 'kit'",
      "newsletter-issues.json › edge-1 › id: duplicate id 'edge-1'",
      "newsletter-issues.json › edge-9 › number: duplicate number '3'",
    ])
    expect(data.categories).toHaveLength(3)
    expect(data.papers.filter((p) => p.id === 'paper-root').map((p) => p.title)).toEqual([
      'Paper for root',
    ])
    expect(technique(data, 'a').name).toBe('A')
    expect(data.techniques).toHaveLength(7)
    expect(data.lineage).toHaveLength(7)
    expect(data.tools).toHaveLength(2)
    expect(data.issues.map((i) => i.id)).toEqual(['edge-1', 'edge-3'])
  })
})

describe('papers and their arXiv ids', () => {
  it('accepts an id that agrees with its link, with or without a version', () => {
    const { messages } = check((d) => {
      Object.assign(paper(d, 'paper-a'), {
        arxivId: '1902.00751',
        url: 'https://arxiv.org/abs/1902.00751',
      })
      Object.assign(paper(d, 'paper-b'), {
        arxivId: '2005.14165',
        url: 'https://arxiv.org/abs/2005.14165v12',
      })
    })
    expect(messages).toEqual([])
  })

  it('does not take a link to the PDF, or one that merely mentions arXiv, as the abstract page', () => {
    const { messages } = check((d) => {
      Object.assign(paper(d, 'paper-a'), {
        arxivId: '1902.00751',
        url: 'https://arxiv.org/abs/1902.00751.pdf',
      })
      paper(d, 'paper-b').url = 'https://example.org/see?https://arxiv.org/abs/2005.14165'
    })
    expect(messages).toEqual([
      'papers.json › paper-a › url: must be https://arxiv.org/abs/1902.00751 to agree with arxivId',
    ])
  })

  it('asks for the id when the link points to arXiv', () => {
    const { messages } = check((d) => {
      paper(d, 'paper-a').url = 'https://arxiv.org/abs/1902.00751'
    })
    expect(messages).toEqual([
      'papers.json › paper-a › arxivId: is missing although url points to arXiv 1902.00751',
    ])
  })

  it('reports a year that disagrees with the id’s first version', () => {
    const { messages } = check((d) => {
      // paper-b is dated 2020; an id from November 2019 says otherwise.
      Object.assign(paper(d, 'paper-b'), {
        arxivId: '1911.01234',
        url: 'https://arxiv.org/abs/1911.01234',
      })
    })
    expect(messages).toEqual([
      'papers.json › paper-b › year: 2020 disagrees with arXiv id 1911.01234 (first version 2019)',
    ])
  })
})

describe('techniques', () => {
  it('drops an unknown category and keeps the technique under its known ones', () => {
    const { data, messages } = check((d) => {
      technique(d, 'c').categories = ['alpha', 'ghost', 'beta']
    })
    expect(messages).toEqual([
      "techniques.json › c › categories: references unknown category 'ghost'",
    ])
    expect(technique(data, 'c').categories).toEqual(['alpha', 'beta'])
  })

  it('leaves out a technique with no known category, and everything that pointed at it', () => {
    const { data, messages } = check((d) => {
      technique(d, 'e').categories = ['ghost']
    })
    expect(messages).toEqual([
      "techniques.json › e › categories: references unknown category 'ghost'",
      "lineage.json › e<-b › child: references unknown technique 'e'",
      "tools.json › cloud › techniques: references unknown technique 'e'",
      "newsletter-issues.json › edge-3 › concept: references unknown technique 'e'; the issue is left out",
    ])
    expect(data.techniques.map((t) => t.id)).not.toContain('e')
    expect(data.lineage.map(edgeId)).not.toContain('b->e')
    expect(data.tools.find((t) => t.id === 'cloud')!.techniques).toEqual([])
    expect(data.issues.map((i) => i.id)).toEqual(['edge-1'])
  })

  it('leaves out a technique whose paper is unknown', () => {
    const { data, messages } = check((d) => {
      technique(d, 'd').paper = 'paper-ghost'
    })
    expect(messages).toEqual([
      "techniques.json › d › paper: references unknown paper 'paper-ghost'; the technique is left out",
      "lineage.json › d<-a › child: references unknown technique 'd'",
      "lineage.json › f<-d › parent: references unknown technique 'd'",
    ])
    expect(data.techniques.map((t) => t.id)).toEqual(['root', 'a', 'b', 'c', 'e', 'f'])
  })
})

describe('lineage', () => {
  it('refuses a technique as its own parent', () => {
    const { data, messages } = check((d) => {
      d.lineage.push(link('a', 'a'))
    })
    expect(messages).toEqual(['lineage.json › a<-a › parent: a technique cannot be its own parent'])
    expect(data.lineage).toHaveLength(7)
  })

  it('names the techniques around a cycle and leaves the closing link out', () => {
    const { data, messages } = check((d) => {
      // c → f → c; c's earlier year is explained so only the cycle is reported.
      d.lineage.push(link('c', 'f'))
      technique(d, 'c').yearNote = 'named after the fact'
    })
    expect(messages).toEqual([
      'lineage.json › c<-f › parent: closes a lineage cycle (c → f → c); the link is left out',
    ])
    expect(data.lineage.map(edgeId)).toEqual([
      'root->a',
      'root->b',
      'a->c',
      'a->d',
      'b->e',
      'c->f',
      'd->f',
    ])
  })

  it('looks for cycles from the parents in id order, whatever the file order', () => {
    const { messages } = check((d) => {
      // Listed first: e is a parent of b, and b of e. From b (before e), the link back is e → b.
      d.lineage.unshift(link('b', 'e'))
      technique(d, 'b').yearNote = 'named after the fact'
    })
    expect(messages).toEqual([
      'lineage.json › b<-e › parent: closes a lineage cycle (b → e → b); the link is left out',
    ])
  })
})

describe('tools and newsletter issues', () => {
  it('drops a tool’s unknown technique', () => {
    const { data, messages } = check((d) => {
      d.tools[0]!.techniques.push('phantom')
    })
    expect(messages).toEqual([
      "tools.json › kit › techniques: references unknown technique 'phantom'",
    ])
    expect(data.tools[0]!.techniques).toEqual(['a', 'c'])
  })

  it('drops an issue’s unknown paper, tool and covered techniques, keeping the issue', () => {
    const { data, messages } = check((d) => {
      Object.assign(d.issues[0]!, {
        paper: 'paper-ghost',
        tool: 'ghost-tool',
        techniques: ['c', 'phantom'],
      })
    })
    expect(messages).toEqual([
      "newsletter-issues.json › edge-1 › paper: references unknown paper 'paper-ghost'",
      "newsletter-issues.json › edge-1 › tool: references unknown tool 'ghost-tool'",
      "newsletter-issues.json › edge-1 › techniques: references unknown technique 'phantom'",
    ])
    const issue = data.issues.find((i) => i.id === 'edge-1')!
    expect(issue.paper).toBeUndefined()
    expect(issue.tool).toBeUndefined()
    expect(issue.techniques).toEqual(['c'])
    expect(data.issues).toHaveLength(2)
  })

  it('leaves out an issue whose concept is unknown', () => {
    const { data, messages } = check((d) => {
      d.issues[1]!.concept = 'ghost'
    })
    expect(messages).toEqual([
      "newsletter-issues.json › edge-3 › concept: references unknown technique 'ghost'; the issue is left out",
    ])
    expect(data.issues.map((i) => i.id)).toEqual(['edge-1'])
  })
})
