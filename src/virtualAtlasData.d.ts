declare module 'virtual:atlas-data' {
  import type { AtlasData, DataProblem } from './domain/dataset'
  import type { Positions } from './domain/layout'
  const bundle: {
    data: AtlasData
    problems: DataProblem[]
    layout: { positions: Positions; years: { year: number; y: number }[] }
  }
  export default bundle
}
