/** The dataset, indexed once for the whole app (the boot has loaded it before this runs). */
import { createAtlas } from '../domain/data/atlas'
import { toElements } from '../components/graph/elements'
import { atlasBundle } from './dataset'

const bundle = atlasBundle()
export const atlas = createAtlas(bundle.data)
export const layout = bundle.layout
/** Problems the dataset had when it was bundled (a build refuses any; dev shows them). */
export const dataProblems = bundle.problems
export const graphElements = toElements(atlas, layout)
