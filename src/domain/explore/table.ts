/**
 * The technique table: one row per matching technique with what a reader compares (lineage,
 * who made it, the paper, coverage), and its sort. Pure.
 */
import type { Atlas } from '../data/atlas'
import type { Technique } from '../data/schema'
import type { SortDirection, TableSort } from '../url/viewState'

export interface TableRow {
  technique: Technique
  families: string
  parents: { id: string; name: string }[]
  children: number
  organizations: string
  paper: { title: string; url: string; arxivId?: string } | undefined
  issues: number[]
  tools: number
}

/** Columns whose first click sorts most-first (counts), rather than A→Z or oldest first. */
const COUNT_COLUMNS: ReadonlySet<TableSort> = new Set(['parents', 'children', 'issues', 'tools'])

/** The direction a column sorts in when first clicked: counts most-first, the rest ascending. */
export const firstDirection = (sort: TableSort): SortDirection =>
  COUNT_COLUMNS.has(sort) ? 'desc' : 'asc'

/** The sort after clicking a column: its first direction, or flipped if it was already sorted. */
export function nextSort(
  current: { sort: TableSort; dir: SortDirection },
  clicked: TableSort,
): { sort: TableSort; dir: SortDirection } {
  if (clicked !== current.sort) return { sort: clicked, dir: firstDirection(clicked) }
  return { sort: clicked, dir: current.dir === 'asc' ? 'desc' : 'asc' }
}

export function tableRows(
  atlas: Atlas,
  matching: ReadonlySet<string>,
  sort: TableSort,
  dir: SortDirection,
): TableRow[] {
  const rows: TableRow[] = atlas.data.techniques
    .filter((t) => matching.has(t.id))
    .map((t) => {
      const paper = atlas.papers.get(t.paper)
      return {
        technique: t,
        families: t.categories.map((c) => atlas.categories.get(c)?.name ?? c).join(', '),
        parents: (atlas.parentLinks.get(t.id) ?? []).map((l) => ({
          id: l.parent,
          name: atlas.techniques.get(l.parent)?.name ?? l.parent,
        })),
        children: atlas.childLinks.get(t.id)?.length ?? 0,
        organizations: t.organizations.join(', '),
        paper: paper
          ? {
              title: paper.title,
              url: paper.url,
              ...(paper.arxivId ? { arxivId: paper.arxivId } : {}),
            }
          : undefined,
        issues: (atlas.issuesByTechnique.get(t.id) ?? [])
          .map((i) => i.number)
          .sort((a, b) => a - b),
        tools: atlas.toolsByTechnique.get(t.id)?.length ?? 0,
      }
    })
  const value = (r: TableRow): string | number => {
    switch (sort) {
      case 'name':
        return r.technique.name.toLowerCase()
      case 'year':
        return r.technique.year
      case 'categories':
        return r.families
      case 'parents':
        return r.parents.length
      case 'children':
        return r.children
      case 'organizations':
        return r.organizations.toLowerCase()
      case 'paper':
        return r.paper?.arxivId ?? r.paper?.title ?? ''
      case 'issues':
        return r.issues.length
      case 'tools':
        return r.tools
    }
  }
  // Empty text sorts last either way: a missing organization is not "first".
  return rows.sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    if (va === '' && vb !== '') return 1
    if (vb === '' && va !== '') return -1
    const c =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : String(va).localeCompare(String(vb))
    return (dir === 'asc' ? c : -c) || a.technique.name.localeCompare(b.technique.name)
  })
}
