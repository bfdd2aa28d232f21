/** Maps the domain model to Cytoscape element definitions. Pure: no Cytoscape instance needed. */
import type { ElementDefinition } from 'cytoscape'
import { edgeId, type Atlas } from '../../domain/data/atlas'
import { toSegments, type LineageLayout } from '../../domain/layout/layoutGeometry'

/**
 * Technique nodes carry the class `technique` and their primary category's legend index as
 * `family-N`; lineage edges run parent → child along the route the build-time layout computed
 * (as `segments` relative to the line between the two markers), so what is drawn is what was
 * checked: no edge over an unrelated node, none backward in time.
 */
export function toElements(
  atlas: Atlas,
  layout: Pick<LineageLayout, 'positions' | 'routes' | 'stubs'>,
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
      // A drag that starts on a marker or its name pans the map, as one on a link or on empty
      // canvas does (markers are not movable); a tap still selects.
      pannable: true,
    }))
  const edges: ElementDefinition[] = atlas.data.lineage
    .filter((l) => keep(l.parent) && keep(l.child))
    .flatMap((l): ElementDefinition[] => {
      const id = edgeId(l)
      const stub = layout.stubs?.[id]
      if (stub) return stubElements(l, id, stub)
      const route = layout.routes[id]
      const { distances, weights } = route ? toSegments(route) : { distances: [], weights: [] }
      return [
        {
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
        },
      ]
    })
  return [...nodes, ...edges]
}

/**
 * A stubbed link (see LineageLayout.stubs) as two short edges, each to an invisible end point:
 * parent → `<link>#p` and `<link>#c` → child. Both carry the link's id, parent and child, so
 * highlighting, filtering and hover treat them as the one link they draw.
 */
function stubElements(
  l: Atlas['data']['lineage'][number],
  id: string,
  stub: NonNullable<LineageLayout['stubs']>[string],
): ElementDefinition[] {
  const link = { link: id, parent: l.parent, child: l.child, relation: l.relation }
  const end = (suffix: string, position: { x: number; y: number }) => ({
    group: 'nodes' as const,
    data: { id: `${id}#${suffix}`, link: id },
    position: { ...position },
    classes: 'stub-end',
    selectable: false,
    grabbable: false,
    pannable: true,
  })
  return [
    end('p', stub.parentEnd[1]),
    end('c', stub.childEnd[0]),
    {
      group: 'edges',
      data: { ...link, id: `${id}#out`, source: l.parent, target: `${id}#p` },
      classes: 'stub stub-out',
      selectable: false,
    },
    {
      group: 'edges',
      data: { ...link, id: `${id}#in`, source: `${id}#c`, target: l.child },
      classes: 'stub stub-in',
      selectable: false,
    },
  ]
}

/** The lineage link an edge draws: its own id, or the link a stub belongs to. */
export function linkOf(data: Record<string, unknown>): {
  id: string
  parent: string
  child: string
} {
  return {
    id: String(data.link ?? data.id),
    parent: String(data.parent ?? data.source),
    child: String(data.child ?? data.target),
  }
}
