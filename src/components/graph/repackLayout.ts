/**
 * Lays out a part of the lineage afresh in the browser, for re-packed views (a focused lineage,
 * or only what matches a filter). ELK runs in a Web Worker and is downloaded the first time it
 * is needed, so the first view never pays for it. A failed download is retried next time, not
 * remembered as a failure.
 */
import type { Atlas } from '../../domain/data/atlas'
import type { bestLayout, LayoutInput } from '../../domain/layout/layeredLayout'
import type { ElkGraph } from '../../domain/layout/elkOptions'
import type { LineageLayout } from '../../domain/layout/layoutGeometry'

interface Engine {
  layout: (graph: ElkGraph) => Promise<ElkGraph>
  bestLayout: typeof bestLayout
}

let engine: Promise<Engine> | null = null

function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
    // The ELK graph and its reading: only needed here, so not in the first view's code.
    import('../../domain/layout/layeredLayout'),
  ]).then(
    ([api, worker, layered]) => {
      const elk = new api.default({ workerUrl: worker.default })
      return {
        layout: (graph) => elk.layout(graph as never) as unknown as Promise<ElkGraph>,
        bestLayout: layered.bestLayout,
      }
    },
    (error: unknown) => {
      engine = null
      throw error
    },
  )
  return engine
}

/** The layout input for a subset of the techniques and the links among them. */
function subsetInput(atlas: Atlas, ids: ReadonlySet<string>): LayoutInput {
  return {
    techniques: atlas.data.techniques.filter((t) => ids.has(t.id)),
    lineage: atlas.data.lineage.filter((l) => ids.has(l.parent) && ids.has(l.child)),
    categoryOrder: [...atlas.categories.keys()],
  }
}

const cache = new Map<string, LineageLayout>()
const CACHE_SIZE = 24

/** A stable key for a set of ids. */
export const subsetKey = (ids: ReadonlySet<string>) => [...ids].sort().join(',')

/**
 * The re-packed layout of a subset: one ELK run with its quick settings (a person is waiting),
 * remembered for the last few subsets so Back and Forward are instant.
 */
export async function repackLayout(atlas: Atlas, ids: ReadonlySet<string>): Promise<LineageLayout> {
  const key = subsetKey(ids)
  const known = cache.get(key)
  if (known) return known
  const elk = await loadEngine()
  const layout = await elk.bestLayout(subsetInput(atlas, ids), [1], elk.layout, true)
  cache.set(key, layout)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return layout
}

/** A cached layout for a subset, if one was made (lets a revisit draw at once). */
export const cachedRepack = (ids: ReadonlySet<string>) => cache.get(subsetKey(ids))
