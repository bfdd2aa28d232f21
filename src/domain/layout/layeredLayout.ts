/**
 * The layered lineage layout as ELK sees it: the graph handed to ELK's layered algorithm and the
 * reading of its answer back into a LineageLayout. Pure (ELK itself runs elsewhere: in a worker
 * thread at build time, in a Web Worker in the browser for re-packed views). Time is a hard
 * constraint (one partition per year, so no technique is drawn before its parents), edges are
 * routed orthogonally around nodes and labels, and edges leaving one technique share a trunk.
 */
import { edgeId } from '../data/atlas.ts'
import { techniqueBox, type LineageLayout, type Point } from './layoutGeometry.ts'
import { crossings } from './drawingChecks.ts'
import {
  LARGE_LAYOUT,
  LARGE_OPTIONS,
  OPTIONS,
  QUICK_BOUNDED,
  QUICK_LARGE_OPTIONS,
  QUICK_OPTIONS,
  type ElkGraph,
} from './elkOptions.ts'

export interface LayoutInput {
  techniques: readonly { id: string; name: string; year: number; categories: readonly string[] }[]
  lineage: readonly { parent: string; child: string }[]
  /** Category ids in legend order. */
  categoryOrder: readonly string[]
}

/**
 * A family-grouped depth-first order of techniques (roots first, children after their parent).
 * ELK's crossing minimisation starts from the input order, and this one already keeps
 * families together, which roughly halves the crossings of an arbitrary order.
 */
export function modelOrder(input: LayoutInput): string[] {
  const family = new Map(input.categoryOrder.map((c, i) => [c, i]))
  const byId = new Map(input.techniques.map((t) => [t.id, t]))
  const children = new Map<string, string[]>()
  const hasParent = new Set<string>()
  for (const l of input.lineage) {
    if (!byId.has(l.parent) || !byId.has(l.child)) continue
    children.set(l.parent, [...(children.get(l.parent) ?? []), l.child])
    hasParent.add(l.child)
  }
  const rank = (id: string) => {
    const t = byId.get(id)!
    return [family.get(t.categories[0] ?? '') ?? family.size, t.year] as const
  }
  const compare = (a: string, b: string) => {
    const [fa, ya] = rank(a)
    const [fb, yb] = rank(b)
    return fa - fb || ya - yb || a.localeCompare(b)
  }
  const order: string[] = []
  const seen = new Set<string>()
  const visit = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    order.push(id)
    for (const c of [...(children.get(id) ?? [])].sort(compare)) visit(c)
  }
  for (const id of input.techniques
    .map((t) => t.id)
    .filter((id) => !hasParent.has(id))
    .sort(compare))
    visit(id)
  // Anything left (only possible with a cycle, which validation rejects) keeps its file order.
  for (const t of input.techniques) visit(t.id)
  return order
}

export function elkGraph(input: LayoutInput, seed: number, quick = false): ElkGraph {
  const large = input.techniques.length > LARGE_LAYOUT
  const years = [...new Set(input.techniques.map((t) => t.year))].sort((a, b) => a - b)
  const byId = new Map(input.techniques.map((t) => [t.id, t]))
  const order = modelOrder(input)
  const position = new Map(order.map((id, i) => [id, i]))
  const links = input.lineage
    .filter((l) => byId.has(l.parent) && byId.has(l.child))
    .sort(
      (a, b) =>
        position.get(a.child)! - position.get(b.child)! ||
        position.get(a.parent)! - position.get(b.parent)!,
    )
  return {
    id: 'atlas',
    layoutOptions: {
      ...OPTIONS,
      ...(large
        ? LARGE_OPTIONS
        : !quick
          ? {}
          : input.techniques.length > QUICK_BOUNDED
            ? QUICK_LARGE_OPTIONS
            : QUICK_OPTIONS),
      'elk.randomSeed': String(seed),
    },
    children: order.map((id) => {
      const t = byId.get(id)!
      // The node is the whole marker + label box, so edges are routed around labels too; its
      // one port on each side sits at the marker's height, so edges meet the marker, not the text.
      const box = techniqueBox({ x: 0, y: 0 }, t.name)
      const portY = -box.y
      return {
        id,
        width: box.w,
        height: box.h,
        ports: [
          {
            id: `${id}:in`,
            x: 0,
            y: portY,
            width: 0,
            height: 0,
            layoutOptions: { 'elk.port.side': 'WEST' },
          },
          {
            id: `${id}:out`,
            x: box.w,
            y: portY,
            width: 0,
            height: 0,
            layoutOptions: { 'elk.port.side': 'EAST' },
          },
        ],
        layoutOptions: {
          'elk.partitioning.partition': String(years.indexOf(t.year)),
          'elk.portConstraints': 'FIXED_POS',
        },
      }
    }),
    edges: links.map((l) => ({
      id: edgeId(l),
      sources: [`${l.parent}:out`],
      targets: [`${l.child}:in`],
    })),
  }
}

export function toLayout(input: LayoutInput, out: ElkGraph): LineageLayout {
  const byId = new Map(input.techniques.map((t) => [t.id, t]))
  const positions: Record<string, Point> = {}
  const boxes: LineageLayout['boxes'] = {}
  for (const n of out.children ?? []) {
    const name = byId.get(n.id)!.name
    const offset = techniqueBox({ x: 0, y: 0 }, name)
    const p = { x: round((n.x ?? 0) - offset.x), y: round((n.y ?? 0) - offset.y) }
    positions[n.id] = p
    boxes[n.id] = techniqueBox(p, name)
  }
  const routes: Record<string, Point[]> = {}
  for (const e of out.edges ?? []) {
    const s = positions[e.sources[0]!.replace(/:out$/, '')]!
    const t = positions[e.targets[0]!.replace(/:in$/, '')]!
    const section = e.sections?.[0]
    // The section starts and ends at the ports, level with the markers' centres, so the route
    // from centre to centre needs only the bends. Keeping the port points would put a segment
    // point inside a marker drawn larger than the layout's (zoomed out), which Cytoscape cannot
    // draw.
    const inner = section?.bendPoints ?? []
    routes[e.id] = [s, ...inner.map((p) => ({ x: round(p.x), y: round(p.y) })), t]
  }
  const columns = new Map<number, { x0: number; x1: number }>()
  for (const t of input.techniques) {
    const box = boxes[t.id]
    if (!box) continue
    const c = columns.get(t.year) ?? { x0: Infinity, x1: -Infinity }
    c.x0 = Math.min(c.x0, box.x)
    c.x1 = Math.max(c.x1, box.x + box.w)
    columns.set(t.year, c)
  }
  const years = [...columns]
    .sort(([a], [b]) => a - b)
    .map(([year, c]) => ({ year, x0: round(c.x0), x1: round(c.x1) }))
  return {
    positions,
    boxes,
    routes,
    years,
    width: round(out.width ?? 0),
    height: round(out.height ?? 0),
  }
}

const round = (n: number) => Math.round(n * 10) / 10

/** Crossings of a layout's routes: the score a seed's drawing is chosen by (lower is better). */
export function layoutCrossings(input: LayoutInput, layout: LineageLayout): number {
  const edges = input.lineage
    .map((l) => ({
      id: edgeId(l),
      source: l.parent,
      target: l.child,
      route: layout.routes[edgeId(l)]!,
    }))
    .filter((e) => e.route)
  return crossings(edges).points
}

/** Runs ELK with each seed and keeps the drawing with the fewest crossings. */
export async function bestLayout(
  input: LayoutInput,
  seeds: readonly number[],
  run: (graph: ElkGraph) => Promise<ElkGraph>,
  quick = false,
): Promise<LineageLayout> {
  let best: { layout: LineageLayout; score: number } | null = null
  for (const seed of input.techniques.length > LARGE_LAYOUT ? seeds.slice(0, 1) : seeds) {
    const layout = toLayout(input, await run(elkGraph(input, seed, quick)))
    const score = layoutCrossings(input, layout)
    if (!best || score < best.score) best = { layout, score }
  }
  if (!best) throw new Error('No layout seed given')
  return best.layout
}
