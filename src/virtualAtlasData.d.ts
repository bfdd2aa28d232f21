declare module 'virtual:atlas-data' {
  import type { AtlasData, DataProblem } from './domain/data/dataset'
  import type { LineageLayout } from './domain/layout/layoutGeometry'
  export interface AtlasBundle {
    data: AtlasData
    problems: DataProblem[]
    layout: LineageLayout
  }
  /** Where a built site fetches the bundle from (undefined in dev and tests). */
  export const bundleUrl: string | undefined
  /** The bundle itself, in dev and tests (undefined in a built site). */
  export const inlineBundle: AtlasBundle | undefined
}

declare module 'virtual:atlas-tokens.css'

/** True in test and benchmark builds (ATLAS_TEST_HOOKS=1, and under Vitest): see vite.config.ts. */
declare const __ATLAS_TEST_HOOKS__: boolean

/** Elements above which the graph uses Cytoscape's WebGL renderer (ATLAS_WEBGL_ABOVE). */
declare const __ATLAS_WEBGL_ABOVE__: number
