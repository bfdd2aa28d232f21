/**
 * The dataset indexed once for fast lookups, and the lineage queries built on it.
 * Pure functions over plain maps: no React, no Cytoscape.
 */
import type { AtlasData } from './dataset'
import type { Category, LineageLink, NewsletterIssue, Paper, Technique, Tool } from './schema'

export interface Atlas {
  data: AtlasData
  techniques: ReadonlyMap<string, Technique>
  papers: ReadonlyMap<string, Paper>
  tools: ReadonlyMap<string, Tool>
  categories: ReadonlyMap<string, Category>
  /** Newsletter issues by their number. */
  issues: ReadonlyMap<number, NewsletterIssue>
  /** Links in which the key is the child (its parents). */
  parentLinks: ReadonlyMap<string, readonly LineageLink[]>
  /** Links in which the key is the parent (its children). */
  childLinks: ReadonlyMap<string, readonly LineageLink[]>
  issuesByTechnique: ReadonlyMap<string, readonly NewsletterIssue[]>
  toolsByTechnique: ReadonlyMap<string, readonly Tool[]>
}

function group<T>(items: readonly T[], keys: (item: T) => readonly string[]) {
  const map = new Map<string, T[]>()
  for (const item of items)
    for (const key of keys(item)) {
      const list = map.get(key)
      if (list) list.push(item)
      else map.set(key, [item])
    }
  return map
}

/** Indexes a validated dataset. O(records). */
export function createAtlas(data: AtlasData): Atlas {
  return {
    data,
    techniques: new Map(data.techniques.map((t) => [t.id, t])),
    papers: new Map(data.papers.map((p) => [p.id, p])),
    tools: new Map(data.tools.map((t) => [t.id, t])),
    categories: new Map(data.categories.map((c) => [c.id, c])),
    issues: new Map(data.issues.map((i) => [i.number, i])),
    parentLinks: group(data.lineage, (l) => [l.child]),
    childLinks: group(data.lineage, (l) => [l.parent]),
    issuesByTechnique: group(data.issues, (i) => [...new Set([i.concept, ...i.techniques])]),
    toolsByTechnique: group(data.tools, (t) => t.techniques),
  }
}

/** Stable id of the graph edge drawn for a lineage link. */
export const edgeId = (link: { parent: string; child: string }) => `${link.parent}->${link.child}`

function walk(
  start: string,
  next: (id: string) => readonly LineageLink[],
  end: 'parent' | 'child',
  depth: number,
): { nodes: Map<string, number>; edges: Set<string> } {
  const nodes = new Map<string, number>([[start, 0]])
  const edges = new Set<string>()
  let frontier = [start]
  for (let d = 1; d <= depth && frontier.length; d++) {
    const nextFrontier: string[] = []
    for (const id of frontier)
      for (const link of next(id)) {
        edges.add(edgeId(link))
        const other = link[end]
        if (!nodes.has(other)) {
          nodes.set(other, d)
          nextFrontier.push(other)
        }
      }
    frontier = nextFrontier
  }
  return { nodes, edges }
}

/** Ancestors of a technique up to `depth` generations, with their distance (the start is 0). */
export function ancestors(atlas: Atlas, id: string, depth = Infinity) {
  return walk(id, (t) => atlas.parentLinks.get(t) ?? [], 'parent', depth)
}

/** Descendants of a technique up to `depth` generations, with their distance (the start is 0). */
export function descendants(atlas: Atlas, id: string, depth = Infinity) {
  return walk(id, (t) => atlas.childLinks.get(t) ?? [], 'child', depth)
}

export const LINEAGE_MODES = ['both', 'ancestors', 'descendants', 'none'] as const
export type LineageMode = (typeof LINEAGE_MODES)[number]

/**
 * The techniques and links highlighted around a selection: its ancestors, its descendants,
 * both, or just itself, up to `depth` generations each way.
 */
export function lineageOf(
  atlas: Atlas,
  id: string,
  mode: LineageMode,
  depth = Infinity,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([id])
  const edges = new Set<string>()
  if (!atlas.techniques.has(id)) return { nodes: new Set(), edges }
  if (mode === 'both' || mode === 'ancestors') {
    const up = ancestors(atlas, id, depth)
    up.nodes.forEach((_, n) => nodes.add(n))
    up.edges.forEach((e) => edges.add(e))
  }
  if (mode === 'both' || mode === 'descendants') {
    const down = descendants(atlas, id, depth)
    down.nodes.forEach((_, n) => nodes.add(n))
    down.edges.forEach((e) => edges.add(e))
  }
  return { nodes, edges }
}

/** Parents, children and siblings (sharing a parent) of a technique, for keyboard moves. */
export function neighbours(atlas: Atlas, id: string) {
  const parents = (atlas.parentLinks.get(id) ?? []).map((l) => l.parent)
  const children = (atlas.childLinks.get(id) ?? []).map((l) => l.child)
  const siblingSet = new Set<string>()
  for (const p of parents) for (const l of atlas.childLinks.get(p) ?? []) siblingSet.add(l.child)
  const byYearName = (a: string, b: string) => {
    const ta = atlas.techniques.get(a)!
    const tb = atlas.techniques.get(b)!
    return ta.year - tb.year || ta.name.localeCompare(tb.name)
  }
  // Siblings keep their own position so left/right can step from it.
  const siblings = [...siblingSet].sort(byYearName)
  if (!siblings.includes(id)) siblings.push(id)
  return { parents: parents.sort(byYearName), children: children.sort(byYearName), siblings }
}

/** Techniques with no parents, oldest first: the roots of the lineage outline. */
export function roots(atlas: Atlas): Technique[] {
  return atlas.data.techniques
    .filter((t) => !atlas.parentLinks.has(t.id))
    .sort((a, b) => a.year - b.year || a.name.localeCompare(b.name))
}

/** The earliest and latest years in the dataset. */
export function yearBounds(atlas: Atlas): { min: number; max: number } {
  let min = Infinity
  let max = -Infinity
  for (const t of atlas.data.techniques) {
    min = Math.min(min, t.year)
    max = Math.max(max, t.year)
  }
  return Number.isFinite(min) ? { min, max } : { min: 2015, max: 2025 }
}

/**
 * The lineage links whose two ends are both in `ids`: what a newsletter issue or a tool lights up
 * between the techniques it covers (e.g. RLHF → Constitutional AI → RLAIF for Edge 349).
 */
export function linksWithin(atlas: Atlas, ids: Iterable<string>): Set<string> {
  const set = new Set(ids)
  const out = new Set<string>()
  for (const id of set)
    for (const link of atlas.childLinks.get(id) ?? [])
      if (set.has(link.child)) out.add(edgeId(link))
  return out
}

/** The lineage link an edge id (`parent->child`) stands for, if there is one. */
export function linkById(atlas: Atlas, id: string): LineageLink | undefined {
  const arrow = id.indexOf('->')
  if (arrow < 0) return undefined
  const parent = id.slice(0, arrow)
  const child = id.slice(arrow + 2)
  return atlas.parentLinks.get(child)?.find((l) => l.parent === parent)
}
