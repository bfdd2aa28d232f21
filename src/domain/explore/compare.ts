/**
 * Techniques side by side: one column per technique, one row per aspect (year, family, paper,
 * organizations, what it changed relative to its parents, the structured traits, tools,
 * newsletter issues, "use it"), each row marked when its cells differ. Pure.
 */
import type { Atlas } from '../data/atlas'
import { RELATION_LABELS } from '../data/constants'
import type { Usage } from '../data/schema'

export { MAX_COMPARED } from '../data/constants'

export type CompareCell =
  | { kind: 'text'; text: string }
  | { kind: 'links'; items: { label: string; technique?: string; issue?: number; tool?: string }[] }
  | { kind: 'paper'; title: string; url: string; detail: string }
  | { kind: 'usage'; items: Usage[] }

export interface CompareRow {
  label: string
  cells: CompareCell[]
  /** The cells say different things (a difference worth the reader's eye). */
  differs: boolean
}

const NONE = '—'

/** Rows comparing `ids` (known techniques only, in the order given). */
export function compareRows(atlas: Atlas, ids: readonly string[]): CompareRow[] {
  const techniques = ids.flatMap((id) => {
    const t = atlas.techniques.get(id)
    return t ? [t] : []
  })
  const text = (value: string): CompareCell => ({ kind: 'text', text: value || NONE })
  const rows: { label: string; cells: CompareCell[] }[] = [
    { label: 'Year', cells: techniques.map((t) => text(String(t.year))) },
    {
      label: 'Family',
      cells: techniques.map((t) =>
        text(t.categories.map((c) => atlas.categories.get(c)?.name ?? c).join(', ')),
      ),
    },
    {
      label: 'Paper',
      cells: techniques.map((t): CompareCell => {
        const p = atlas.papers.get(t.paper)
        if (!p) return text('')
        const detail = [p.arxivId ? `arXiv ${p.arxivId}` : '', String(p.year)]
          .filter(Boolean)
          .join(' · ')
        return { kind: 'paper', title: p.title, url: p.url, detail }
      }),
    },
    { label: 'Organizations', cells: techniques.map((t) => text(t.organizations.join(', '))) },
    {
      label: 'What it changed',
      cells: techniques.map((t) => {
        const links = atlas.parentLinks.get(t.id) ?? []
        if (!links.length) return text('A root of the lineage.')
        return text(
          links
            .map(
              (l) =>
                `${RELATION_LABELS[l.relation]} ${atlas.techniques.get(l.parent)?.name ?? l.parent}: ${l.reason}`,
            )
            .join(' '),
        )
      }),
    },
    {
      label: 'Trainable parameters',
      cells: techniques.map((t) => text(t.traits?.trainableParameters ?? '')),
    },
    { label: 'Memory', cells: techniques.map((t) => text(t.traits?.memory ?? '')) },
    { label: 'Data it needs', cells: techniques.map((t) => text(t.traits?.data ?? '')) },
    {
      label: 'Tools',
      cells: techniques.map((t) => ({
        kind: 'links' as const,
        items: (atlas.toolsByTechnique.get(t.id) ?? []).map((tool) => ({
          label: tool.name,
          tool: tool.id,
        })),
      })),
    },
    {
      label: 'Newsletter issues',
      cells: techniques.map((t) => ({
        kind: 'links' as const,
        items: (atlas.issuesByTechnique.get(t.id) ?? []).map((i) => ({
          label: `Edge ${i.number}`,
          issue: i.number,
        })),
      })),
    },
    {
      label: 'Use it',
      cells: techniques.map((t) => ({ kind: 'usage' as const, items: t.usage ?? [] })),
    },
  ]
  return rows.map((r) => ({ ...r, differs: new Set(r.cells.map(cellKey)).size > 1 }))
}

/** What a cell says, for telling cells apart. */
function cellKey(cell: CompareCell): string {
  switch (cell.kind) {
    case 'text':
      return cell.text
    case 'paper':
      return cell.url
    case 'links':
      return cell.items.map((i) => i.label).join('|')
    case 'usage':
      return cell.items.map((u) => `${u.tool}:${u.api}`).join('|')
  }
}
