import type { Core } from 'cytoscape'
import { graphSnapshot, type GraphSnapshot } from './graphSnapshot'

declare global {
  interface Window {
    /** Read-only hooks for browser tests and the benchmark. */
    __atlasGraph?: {
      ready: boolean
      /** A node's position in page coordinates, if it is drawn. */
      nodePagePosition: (id: string) => { x: number; y: number } | null
      zoom: () => number
      /** What is drawn, in container pixels (markers, labels, edge paths). */
      snapshot: () => GraphSnapshot
      /** The classes the graph applied to a technique or link. */
      classes: (id: string) => string[]
    }
  }
}

/**
 * Read-only hooks for browser tests and the benchmark, set once the graph is interactive; only
 * in ATLAS_TEST_HOOKS builds (what ships has none).
 */
export function exposeTestHooks(cy: Core, container: HTMLElement | null) {
  const hooks: NonNullable<Window['__atlasGraph']> = {
    ready: true,
    zoom: () => cy.zoom(),
    snapshot: () => graphSnapshot(cy),
    // A link drawn as two stubs answers with its pieces' classes.
    classes: (id) => {
      const el = cy.getElementById(id)
      return el.nonempty() ? el.classes() : cy.getElementById(`${id}#in`).classes()
    },
    nodePagePosition(id) {
      const node = cy.getElementById(id)
      if (node.empty() || !node.visible() || !container) return null
      const box = container.getBoundingClientRect()
      const p = node.renderedPosition()
      return { x: box.left + p.x, y: box.top + p.y }
    },
  }
  window.__atlasGraph = hooks
  // A destroyed instance (the view changed its element set) answers nothing: React removes the
  // hooks a render later, and a test must not read the old graph in between.
  cy.one('destroy', () => {
    if (window.__atlasGraph === hooks) delete window.__atlasGraph
  })
}
