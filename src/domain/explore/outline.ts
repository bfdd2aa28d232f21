/**
 * The lineage as an outline: a tree in which each technique sits under one home parent — its
 * most recent parent, the nearest in time (ties: the deeper in the tree, then by name) — and is
 * mentioned, not repeated, under its other parents. With a set of techniques to keep (Hide
 * non-matching), the tree is built over those alone, each under its nearest kept ancestor.
 * Pure.
 */
import type { Atlas } from '../data/atlas'
import type { LineageLink } from '../data/schema'

export interface OutlineRow {
  id: string
  level: number
  /** Key of the row this one sits under; null for a root. */
  parentKey: string | null
  key: string
  hasChildren: boolean
  /** How it relates to the parent it is listed under (absent for a root). */
  relation?: LineageLink['relation'] | 'descends-from'
  /** Listed here, expanded under its home parent (named here). */
  homeParent?: string
}

export function outlineRows(atlas: Atlas, keep: ReadonlySet<string> | null): OutlineRow[] {
  const kept = (id: string) => !keep || keep.has(id)
  // Parents within the kept set: direct ones, or the nearest kept ancestors through dropped ones.
  const parentsOf = new Map<string, { id: string; relation: OutlineRow['relation'] }[]>()
  const keptAncestors = (id: string, seen: Set<string>): string[] => {
    const out: string[] = []
    for (const l of atlas.parentLinks.get(id) ?? []) {
      if (seen.has(l.parent)) continue
      seen.add(l.parent)
      if (kept(l.parent)) out.push(l.parent)
      else out.push(...keptAncestors(l.parent, seen))
    }
    return out
  }
  for (const t of atlas.data.techniques) {
    if (!kept(t.id)) continue
    const direct = (atlas.parentLinks.get(t.id) ?? [])
      .filter((l) => kept(l.parent))
      .map((l) => ({ id: l.parent, relation: l.relation as OutlineRow['relation'] }))
    const indirect = keptAncestors(t.id, new Set())
      .filter((p) => !direct.some((d) => d.id === p))
      .map((p) => ({ id: p, relation: 'descends-from' as const }))
    parentsOf.set(t.id, [...direct, ...new Map(indirect.map((p) => [p.id, p])).values()])
  }
  // An ancestor reached only through a dropped technique adds nothing when another parent
  // already descends from it.
  const above = (id: string, acc = new Set<string>()): Set<string> => {
    for (const p of parentsOf.get(id) ?? [])
      if (!acc.has(p.id)) {
        acc.add(p.id)
        above(p.id, acc)
      }
    return acc
  }
  for (const [id, parents] of parentsOf) {
    const reduced = parents.filter(
      (p) =>
        p.relation !== 'descends-from' ||
        !parents.some((q) => q.id !== p.id && above(q.id).has(p.id)),
    )
    parentsOf.set(id, reduced)
  }
  // Depth (longest path from a root) breaks ties between equally recent parents.
  const depth = new Map<string, number>()
  const depthOf = (id: string, guard = 0): number => {
    const known = depth.get(id)
    if (known !== undefined) return known
    const parents = parentsOf.get(id) ?? []
    const d =
      parents.length && guard < 500
        ? 1 + Math.max(...parents.map((p) => depthOf(p.id, guard + 1)))
        : 0
    depth.set(id, d)
    return d
  }
  const year = (id: string) => atlas.techniques.get(id)!.year
  const name = (id: string) => atlas.techniques.get(id)!.name
  const home = new Map<string, string>()
  for (const [id, parents] of parentsOf) {
    const best = [...parents].sort(
      (a, b) =>
        year(b.id) - year(a.id) ||
        depthOf(b.id) - depthOf(a.id) ||
        name(a.id).localeCompare(name(b.id)),
    )[0]
    if (best) home.set(id, best.id)
  }
  const childrenOf = new Map<string, { id: string; relation: OutlineRow['relation'] }[]>()
  for (const [id, parents] of parentsOf)
    for (const p of parents)
      childrenOf.set(p.id, [...(childrenOf.get(p.id) ?? []), { id, relation: p.relation }])
  const order = (a: { id: string }, b: { id: string }) =>
    year(a.id) - year(b.id) || name(a.id).localeCompare(name(b.id))

  const rows: OutlineRow[] = []
  const visit = (
    id: string,
    level: number,
    parentKey: string | null,
    relation?: OutlineRow['relation'],
  ) => {
    const key = parentKey ? `${parentKey}/${id}` : id
    const parentId = parentKey?.split('/').pop()
    const elsewhere = parentId !== undefined && home.get(id) !== parentId
    const children = elsewhere ? [] : [...(childrenOf.get(id) ?? [])].sort(order)
    rows.push({
      id,
      level,
      parentKey,
      key,
      hasChildren: children.length > 0,
      ...(relation ? { relation } : {}),
      ...(elsewhere ? { homeParent: home.get(id)! } : {}),
    })
    for (const c of children) visit(c.id, level + 1, key, c.relation)
  }
  const roots = atlas.data.techniques
    .filter((t) => kept(t.id) && !(parentsOf.get(t.id) ?? []).length)
    .map((t) => ({ id: t.id }))
    .sort(order)
  for (const r of roots) visit(r.id, 1, null)
  return rows
}
