declare module 'virtual:atlas-data' {
  import type { AtlasData, DataProblem } from './domain/dataset'
  import type { LineageLayout } from './domain/layoutGeometry'
  const bundle: {
    data: AtlasData
    problems: DataProblem[]
    layout: LineageLayout
  }
  export default bundle
}

declare module 'virtual:atlas-tokens.css'
