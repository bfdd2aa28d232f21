/** Maps the domain model to Cytoscape element definitions. Pure: no Cytoscape instance needed. */
import type { ElementDefinition } from 'cytoscape'
import { edgeId, type Atlas } from '../../domain/atlas'
import type { Positions } from '../../domain/layout'

/**
 * Technique nodes carry the class `technique` and their primary category's legend index as
 * `family-N`; lineage edges run parent → child. Year labels down the left edge (class
 * `year-axis`) make the time order readable; they take no events.
 */
export function toElements(
  atlas: Atlas,
  positions: Positions,
  years: readonly { year: number; y: number }[] = [],
): ElementDefinition[] {
  const familyIndex = new Map([...atlas.categories.keys()].map((id, i) => [id, i]))
  const nodes: ElementDefinition[] = atlas.data.techniques.map((t) => ({
    group: 'nodes',
    data: { id: t.id, label: t.name, year: t.year },
    position: { ...(positions[t.id] ?? { x: 0, y: 0 }) },
    classes: `technique family-${familyIndex.get(t.categories[0]!) ?? 0}`,
    selectable: false,
    grabbable: false,
  }))
  const edges: ElementDefinition[] = atlas.data.lineage.map((l) => ({
    group: 'edges',
    data: { id: edgeId(l), source: l.parent, target: l.child, relation: l.relation },
    selectable: false,
  }))
  const xs = Object.values(positions).map((p) => p.x)
  const axisX = (xs.length ? Math.min(...xs) : 0) - YEAR_AXIS_OFFSET
  const axis: ElementDefinition[] = years.map(({ year, y }) => ({
    group: 'nodes',
    data: { id: `year-axis-${year}`, label: String(year) },
    position: { x: axisX, y },
    classes: 'year-axis',
    selectable: false,
    grabbable: false,
  }))
  return [...axis, ...nodes, ...edges]
}

/** How far left of the leftmost technique the year labels sit. */
export const YEAR_AXIS_OFFSET = 70
