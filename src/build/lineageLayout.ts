/**
 * Node-only: the full lineage layout, computed at build time with ELK's layered algorithm (the
 * graph and its reading are in src/domain/layeredLayout.ts), so the first view ships no layout
 * engine. ELK's crossing minimisation is a randomised heuristic: a few fixed seeds are tried and
 * the drawing with the fewest crossings kept, so the same data always gives the same picture
 * (above ELK_LIMIT techniques a plain year-column layout is used instead).
 * Results are cached on disk by input, because a run takes seconds.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { bestLayout, type LayoutInput } from '../domain/layout/layeredLayout.ts'
import { OPTIONS, type ElkGraph } from '../domain/layout/elkOptions.ts'
import type { LineageLayout } from '../domain/layout/layoutGeometry.ts'
import { columnLayout } from '../domain/layout/columnLayout.ts'
import { familyTreeLayout } from '../domain/layout/familyTree.ts'
import { TREE_GRID } from '../domain/layout/familyTreeDrawing.ts'
import { LARGE_LAYOUT } from '../domain/layout/elkOptions.ts'
import { SEED_ENTITIES } from '../domain/data/dataset.ts'

export type { LayoutInput }

/** Bump when the layout options change, so cached layouts are recomputed. */
const LAYOUT_VERSION = 8
const SEEDS = [1, 2, 3, 4]
/**
 * Above this many techniques (synthetic benchmark sets only) ELK is not used: at 5,000 it ran
 * out of 6 GB of memory, and the plain year-column layout (src/domain/columnLayout.ts) takes the
 * place of its drawing.
 */
export const ELK_LIMIT = 2500

/** Lays the lineage out (see the module comment); deterministic for a given input. */
export async function computeLineageLayout(
  input: LayoutInput,
  options: { cacheDir?: string } = {},
): Promise<LineageLayout> {
  const key = createHash('sha256')
    .update(JSON.stringify({ v: LAYOUT_VERSION, input, OPTIONS, SEEDS, TREE_GRID }))
    .digest('hex')
    .slice(0, 24)
  const cacheFile = options.cacheDir ? join(options.cacheDir, `layout-${key}.json`) : null
  if (cacheFile && existsSync(cacheFile))
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as LineageLayout
  // The real lineage is drawn as a family tree (src/domain/familyTree.ts); synthetic benchmark
  // sets above LARGE_LAYOUT keep ELK's drawing, and above ELK_LIMIT the year-column layout.
  const layout =
    input.techniques.length <= LARGE_LAYOUT
      ? familyTreeLayout(input, { ...TREE_GRID, pinned: SEED_ENTITIES.techniques })
      : input.techniques.length > ELK_LIMIT
        ? columnLayout(input)
        : await bestLayout(input, SEEDS, runElk)
  if (cacheFile) {
    mkdirSync(options.cacheDir!, { recursive: true })
    writeFileSync(cacheFile, JSON.stringify(layout))
  }
  return layout
}

/**
 * Runs ELK in a worker thread with a large stack and heap: its layered algorithm recurses deeply
 * on graphs of thousands of nodes and overflows the main thread's stack.
 */
function runElk(graph: ElkGraph): Promise<ElkGraph> {
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
      // A 5,000-technique benchmark graph needs more than a worker's default heap.
      resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 },
    })
    worker.once('message', (m: { out?: ElkGraph; error?: string }) => {
      void worker.terminate()
      if (m.out) resolve(m.out)
      else reject(new Error(`ELK layout failed: ${m.error}`))
    })
    worker.once('error', reject)
  })
}
