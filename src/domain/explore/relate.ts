/**
 * How two techniques relate: the shortest chain of descent when one descends from the other,
 * otherwise the chains from their nearest common ancestors (every one at the smallest combined
 * distance, up to a cap), or nothing at all. Breadth-first over parent links with visited sets,
 * so it ends on any graph, cycles included. Pure.
 */
import { edgeId, type Atlas } from '../data/atlas'
import type { LineageLink } from '../data/schema'

export type Relation =
  | { kind: 'same'; a: string }
  | { kind: 'descends'; ancestor: string; descendant: string; chain: LineageLink[] }
  | {
      kind: 'common'
      a: string
      b: string
      /** One entry per nearest common ancestor: its chains down to a and to b. */
      via: { ancestor: string; toA: LineageLink[]; toB: LineageLink[] }[]
      /** Common ancestors at the same distance that were left out (over the cap). */
      more: number
    }
  | { kind: 'unrelated'; a: string; b: string }

/** Up to this many nearest common ancestors are told. */
export const COMMON_ANCESTOR_CAP = 3

/** Distance up from `id` to every ancestor, and the link each was first reached through. */
function upward(atlas: Atlas, id: string) {
  const distance = new Map<string, number>([[id, 0]])
  // For each ancestor, the link from it down towards `id` on a shortest path.
  const via = new Map<string, LineageLink>()
  let frontier = [id]
  for (let d = 1; frontier.length; d++) {
    const next: string[] = []
    for (const node of frontier)
      for (const link of atlas.parentLinks.get(node) ?? []) {
        if (distance.has(link.parent)) continue
        distance.set(link.parent, d)
        via.set(link.parent, link)
        next.push(link.parent)
      }
    frontier = next
  }
  return { distance, via }
}

/** The links from `ancestor` down to the technique `up` was computed from, oldest first. */
function chainDown(up: ReturnType<typeof upward>, ancestor: string): LineageLink[] {
  const chain: LineageLink[] = []
  let at = ancestor
  for (let link = up.via.get(at); link; link = up.via.get(at)) {
    chain.push(link)
    at = link.child
  }
  return chain
}

export function relate(atlas: Atlas, a: string, b: string): Relation {
  if (a === b) return { kind: 'same', a }
  const upA = upward(atlas, a)
  const upB = upward(atlas, b)
  if (upA.distance.has(b))
    return { kind: 'descends', ancestor: b, descendant: a, chain: chainDown(upA, b) }
  if (upB.distance.has(a))
    return { kind: 'descends', ancestor: a, descendant: b, chain: chainDown(upB, a) }
  const common = [...upA.distance.keys()]
    .filter((id) => upB.distance.has(id))
    .map((id) => ({ id, total: upA.distance.get(id)! + upB.distance.get(id)! }))
  if (!common.length) return { kind: 'unrelated', a, b }
  const best = Math.min(...common.map((c) => c.total))
  const name = (id: string) => atlas.techniques.get(id)?.name ?? id
  const nearest = common
    .filter((c) => c.total === best)
    .sort((x, y) => name(x.id).localeCompare(name(y.id)))
  return {
    kind: 'common',
    a,
    b,
    via: nearest.slice(0, COMMON_ANCESTOR_CAP).map((c) => ({
      ancestor: c.id,
      toA: chainDown(upA, c.id),
      toB: chainDown(upB, c.id),
    })),
    more: Math.max(0, nearest.length - COMMON_ANCESTOR_CAP),
  }
}

/** Every technique and link a relation passes through (for the graph's highlight). */
export function relationHighlight(relation: Relation): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>()
  const edges = new Set<string>()
  const add = (chain: readonly LineageLink[]) => {
    for (const l of chain) {
      nodes.add(l.parent)
      nodes.add(l.child)
      edges.add(edgeId(l))
    }
  }
  switch (relation.kind) {
    case 'same':
      nodes.add(relation.a)
      break
    case 'descends':
      nodes.add(relation.ancestor)
      nodes.add(relation.descendant)
      add(relation.chain)
      break
    case 'common':
      nodes.add(relation.a)
      nodes.add(relation.b)
      for (const v of relation.via) {
        add(v.toA)
        add(v.toB)
      }
      break
    case 'unrelated':
      nodes.add(relation.a)
      nodes.add(relation.b)
  }
  return { nodes, edges }
}
