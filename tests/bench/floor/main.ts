/**
 * The benchmark's floor: the same graph (same elements, positions and stylesheet) drawn by
 * Cytoscape alone, with no React, no router and none of the app's rendering choices.
 */
import cytoscape from 'cytoscape'
import { bundleUrl, inlineBundle, type AtlasBundle } from 'virtual:atlas-data'
import { toElements } from '../../../src/components/graph/elements'
import { graphSnapshot } from '../../../src/components/graph/graphSnapshot'
import { graphStyle } from '../../../src/components/graph/graphStyle'
import { createAtlas } from '../../../src/domain/data/atlas'

const bundle: AtlasBundle =
  inlineBundle ?? ((await (await fetch(bundleUrl!)).json()) as AtlasBundle)
const atlas = createAtlas(bundle.data)
const container = document.getElementById('graph')!
const cy = cytoscape({
  container,
  elements: toElements(atlas, bundle.layout),
  style: graphStyle('light', atlas.categories.size, { plain: true }),
  layout: { name: 'preset', fit: false },
})
cy.fit(undefined, 24)
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    performance.mark('atlas:graph-interactive')
    window.__atlasGraph = {
      ready: true,
      zoom: () => cy.zoom(),
      nodePagePosition: () => null,
      snapshot: () => graphSnapshot(cy),
      classes: (id: string) => cy.getElementById(id).classes(),
    }
  }),
)
