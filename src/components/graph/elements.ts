/** Maps the domain model to Cytoscape element definitions. Pure: no Cytoscape instance needed. */
import type { ElementDefinition } from 'cytoscape'
import { edgeId, type Atlas } from '../../domain/atlas'
import { toSegments, type LineageLayout } from '../../domain/layoutGeometry'

/**
 * Technique nodes carry the class `technique` and their primary category's legend index as
 * `family-N`; lineage edges run parent → child along the route the build-time layout computed
 * (as `segments` relative to the line between the two markers), so what is drawn is what was
 * checked: no edge over an unrelated node, none backward in time.
 */
export function toElements(
  atlas: Atlas,
  layout: Pick<LineageLayout, 'positions' | 'routes'>,
  /** Only these techniques and the links among them (a re-packed view); all when absent. */
  only?: ReadonlySet<string>,
): ElementDefinition[] {
  const keep = (id: string) => !only || only.has(id)
  const familyIndex = new Map([...atlas.categories.keys()].map((id, i) => [id, i]))
  const nodes: ElementDefinition[] = atlas.data.techniques
    .filter((t) => keep(t.id))
    .map((t) => ({
      group: 'nodes',
      data: { id: t.id, label: t.name, year: t.year },
      position: { ...(layout.positions[t.id] ?? { x: 0, y: 0 }) },
      classes: `technique family-${familyIndex.get(t.categories[0]!) ?? 0}`,
      selectable: false,
      grabbable: false,
    }))
  const edges: ElementDefinition[] = atlas.data.lineage
    .filter((l) => keep(l.parent) && keep(l.child))
    .map((l) => {
      const id = edgeId(l)
      const route = layout.routes[id]
      const { distances, weights } = route ? toSegments(route) : { distances: [], weights: [] }
      return {
        group: 'edges',
        data: {
          id,
          source: l.parent,
          target: l.child,
          relation: l.relation,
          ...(weights.length ? { segmentDistances: distances, segmentWeights: weights } : {}),
        },
        classes: weights.length ? 'routed' : '',
        selectable: false,
      }
    })
  return [...nodes, ...edges]
}
