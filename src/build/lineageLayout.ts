/**
 * Node-only: the lineage layout, computed at build time with ELK's layered algorithm so neither
 * ELK nor any layout code ships to the browser. Time is a hard constraint (one partition per
 * year, so no technique is drawn before its parents), edges are routed orthogonally around
 * nodes and labels, and edges leaving one technique share a trunk. ELK's crossing minimisation
 * is a randomised heuristic: a few fixed seeds are tried and the drawing with the fewest
 * crossings kept, so the same data always gives the same picture. Results are cached on disk
 * by input, because a run takes seconds.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { ElkNode } from 'elkjs/lib/elk.bundled.js'
import { edgeId } from '../domain/atlas.ts'
import {
  crossings,
  techniqueBox,
  type LineageLayout,
  type Point,
} from '../domain/layoutGeometry.ts'

export interface LayoutInput {
  techniques: readonly { id: string; name: string; year: number; categories: readonly string[] }[]
  lineage: readonly { parent: string; child: string }[]
  /** Category ids in legend order. */
  categoryOrder: readonly string[]
}

/** Bump when the options below change, so cached layouts are recomputed. */
const LAYOUT_VERSION = 7
const SEEDS = [1, 2, 3, 4]

/**
 * Above this many techniques (synthetic benchmark sets), ELK's thorough settings take minutes:
 * one seed, network-simplex layering and a single crossing-minimisation pass are used instead.
 */
export const LARGE_LAYOUT = 300
const LARGE_OPTIONS: Record<string, string> = {
  'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.thoroughness': '1',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
}

const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.partitioning.activate': 'true',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.mergeEdges': 'true',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.nodeNode': '6',
  // Bounded layer width: a busy year spreads over several columns instead of one tall one,
  // which keeps the drawing about as wide as a laptop screen is.
  'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
  'elk.layered.layering.coffmanGraham.layerBound': '10',
  'elk.spacing.edgeNode': '12',
  'elk.spacing.edgeEdge': '6',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  // Greedy switching is off by default above 40 nodes; it pays for itself here.
  'elk.layered.crossingMinimization.greedySwitch.activationThreshold': '0',
  'elk.layered.crossingMinimization.greedySwitch.type': 'ONE_SIDED',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
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

function elkGraph(input: LayoutInput, seed: number): ElkNode {
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
      ...(large ? LARGE_OPTIONS : {}),
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

function toLayout(input: LayoutInput, out: ElkNode): LineageLayout {
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
  for (const e of (out.edges ?? []) as {
    id: string
    sources: string[]
    targets: string[]
    sections?: { startPoint: Point; endPoint: Point; bendPoints?: Point[] }[]
  }[]) {
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

/** Lays the lineage out (see the module comment); deterministic for a given input. */
export async function computeLineageLayout(
  input: LayoutInput,
  options: { cacheDir?: string } = {},
): Promise<LineageLayout> {
  const key = createHash('sha256')
    .update(JSON.stringify({ v: LAYOUT_VERSION, input, OPTIONS, SEEDS }))
    .digest('hex')
    .slice(0, 24)
  const cacheFile = options.cacheDir ? join(options.cacheDir, `layout-${key}.json`) : null
  if (cacheFile && existsSync(cacheFile))
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as LineageLayout
  let best: { layout: LineageLayout; score: number } | null = null
  for (const seed of input.techniques.length > LARGE_LAYOUT ? SEEDS.slice(0, 1) : SEEDS) {
    const layout = toLayout(input, await runElk(elkGraph(input, seed)))
    const edges = input.lineage
      .map((l) => ({
        id: edgeId(l),
        source: l.parent,
        target: l.child,
        route: layout.routes[edgeId(l)]!,
      }))
      .filter((e) => e.route)
    const score = crossings(edges).points
    if (!best || score < best.score) best = { layout, score }
  }
  const layout = best!.layout
  if (cacheFile) {
    mkdirSync(options.cacheDir!, { recursive: true })
    writeFileSync(cacheFile, JSON.stringify(layout))
  }
  return layout
}

/**
 * Runs ELK in a worker thread with a large stack: its layered algorithm recurses deeply on
 * graphs of thousands of nodes and overflows the main thread's stack.
 */
function runElk(graph: ElkNode): Promise<ElkNode> {
  const elkPath = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js')
  const code = `
    const { parentPort, workerData } = require('node:worker_threads')
    const ELK = require(workerData.elkPath)
    new ELK().layout(workerData.graph).then(
      (out) => parentPort.postMessage({ out }),
      (error) => parentPort.postMessage({ error: String(error && error.stack || error) }),
    )`
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, {
      eval: true,
      workerData: { elkPath, graph },
      resourceLimits: { stackSizeMb: 256 },
    })
    worker.once('message', (m: { out?: ElkNode; error?: string }) => {
      void worker.terminate()
      if (m.out) resolve(m.out)
      else reject(new Error(`ELK layout failed: ${m.error}`))
    })
    worker.once('error', reject)
  })
}
