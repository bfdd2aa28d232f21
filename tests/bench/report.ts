/**
 * The benchmark's printed report: Markdown tables of the load, interaction and heap figures,
 * the heap snapshots' biggest growth, the first-view JavaScript, Lighthouse's medians and the
 * budgets, in that order (the same text goes to the console and to .bench/).
 */
import { cpus, totalmem } from 'node:os'
import { fmt, REPS, RUNS } from './common'
import { lighthouseLines, type LighthousePreset } from './lighthouse'

/** Lighthouse's medians per page, then per preset. */
export type LighthouseResults = Record<string, Record<'desktop' | 'mobile', LighthousePreset>>

export const table = (head: string[], body: string[][]) =>
  [head, head.map((h) => '-'.repeat(h.length)), ...body]
    .map((r) => `| ${r.join(' | ')} |`)
    .join('\n')

/** Constructors and how much each grew, e.g. "Array +12.0 KB, (no name) -1.5 KB". */
export const growthList = (g: [string, number][]) =>
  g.map(([n, b]) => `${n || '(no name)'} ${b >= 0 ? '+' : ''}${fmt(b / 1024, 1)} KB`).join(', ')

/** One line per script: its gzip size and its address. */
export const scriptList = (scripts: { url: string; gzip: number }[]) =>
  scripts.map((s) => `  ${fmt(s.gzip / 1024, 1).padStart(6)} KB  ${s.url}`).join('\n')

export const gzipTotal = (scripts: { gzip: number }[]) => scripts.reduce((s, x) => s + x.gzip, 0)

export interface ReportParts {
  date: string
  rows: string[][]
  interactionRows: string[][]
  memoryRows: string[][]
  heapGrowth: string
  bytesReport: string
  lighthouse: LighthouseResults | null
  /** [budget, measured, met] */
  budgets: [string, string, boolean][]
}

export function reportText(parts: ReportParts): string {
  const { date, rows, interactionRows, memoryRows, heapGrowth, bytesReport, lighthouse } = parts
  return [
    `Fine-Tuning Atlas benchmark — ${date}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${fmt(totalmem() / 2 ** 30)} GiB, headless Debian Chromium, 1280×800, ${RUNS} alternating loads per page`,
    '',
    'Load (ms from navigation start, medians; ratio = app / floor, the floor being the same graph at preset positions drawn by Cytoscape alone). "Graph visible" is the static first frame for the app, the first canvas pixel for the floor; "live graph" is the app\'s first canvas pixel.',
    table(
      [
        'dataset',
        'FCP: app',
        'floor',
        'ratio',
        'graph visible: app',
        'floor',
        'ratio',
        'live graph: app',
        'interactive: app',
        'floor',
        'ratio',
      ],
      rows,
    ),
    '',
    `Input → updated graph (ms, median / p95 over ~${REPS} repetitions each)`,
    table(
      [
        'dataset',
        'select',
        'p95',
        'category',
        'p95',
        'search key',
        'p95',
        'lineage mode',
        'p95',
        'samples',
      ],
      interactionRows,
    ),
    '',
    'JS heap (MB, after forced GC)',
    table(
      [
        'dataset',
        'after load',
        'settled',
        'after 20 selections',
        'after 200 selections',
        'growth from load',
      ],
      memoryRows,
    ),
    heapGrowth,
    '',
    bytesReport,
    '',
    lighthouse
      ? Object.entries(lighthouse)
          .flatMap(([page, presets]) => lighthouseLines(page, presets))
          .join('\n')
      : 'Lighthouse skipped',
    '',
    'Budgets (issue: instant first view)',
    table(
      ['budget', 'measured', 'met'],
      parts.budgets.map(([b, m, ok]) => [b, m, ok ? 'yes' : '**no**']),
    ),
  ].join('\n')
}
