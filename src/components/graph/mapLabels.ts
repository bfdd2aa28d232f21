import type { Core } from 'cytoscape'
import { RELATION_LABELS } from '../../domain/data/constants'
import {
  EDGE_LABEL_FONT,
  placeMapLabels,
  type EdgeLabelCandidate,
  type PlacedEdgeLabel,
} from '../../domain/layout/labels'
import {
  LABEL_SIDES,
  SCREEN_LABEL_FONT,
  type LabelCandidate,
  type LabelSide,
} from '../../domain/layout/labelBox'
import type { LineageLink } from '../../domain/data/schema'
import { renderedRoute } from './graphSnapshot'
import { LABEL_FONT_FAMILY, markerScreenSize, zoomStep } from './graphStyle'
import type { GraphHighlight } from './graphHighlight'
import { markLabelsPlaced } from './interactionTiming'

/** What decides which names fit, besides the instance and its viewport. */
export interface LabelScene {
  importance: ReadonlyMap<string, number>
  highlight: GraphHighlight | null
  selected: string | undefined
  hidden: (id: string) => boolean
  /** Elements drawn over the graph (toolbar, time axis) that labels must stay clear of. */
  overlays: () => readonly Element[]
  /** Names always drawn besides the selection's (e.g. both ends of a path). */
  named: readonly string[]
}

/**
 * Marks with `label-shown` (and its side) the techniques whose names fit in the instance's
 * current viewport (selection and its lineage first, then by importance), touching only the
 * nodes whose state changed from `before`, and says where the selected lineage's links can
 * carry their relation. Used for every viewport (useMapLabels) and, before the first drawing,
 * by the instance's creator: a first drawing without names, then one with them, is two
 * drawings of the whole view where one does.
 */
export function placeLabels(
  cy: Core,
  scene: LabelScene,
  before: ReadonlyMap<string, LabelSide>,
): { shown: Map<string, LabelSide>; edges: PlacedEdgeLabel[] } {
  const { importance, highlight, selected, hidden, overlays, named } = scene
  const candidates: LabelCandidate[] = []
  cy.nodes('.technique').forEach((node) => {
    const id = node.id()
    if (hidden(id)) return
    const base = importance.get(id) ?? 0
    const boost = id === selected ? 10_000 : highlight?.nodes.has(id) ? 1_000 : highlight ? -100 : 0
    candidates.push({
      id,
      label: node.data('label') as string,
      screen: node.renderedPosition(),
      priority: base + boost,
      force: id === selected || named.includes(id),
      width: measureLabel(node.data('label') as string),
    })
  })
  const origin = cy.container()?.getBoundingClientRect()
  const obstacles = origin
    ? overlays().map((el) => {
        const r = el.getBoundingClientRect()
        return {
          x0: r.left - origin.left,
          y0: r.top - origin.top,
          x1: r.right - origin.left,
          y1: r.bottom - origin.top,
        }
      })
    : []
  // The selected technique's lineage says what each link means, where there is room.
  const links: EdgeLabelCandidate[] = []
  if (selected && highlight)
    cy.edges().forEach((edge) => {
      // Stubs are too short to carry their relation; their hover card says it.
      if (edge.hasClass('stub') || !highlight.edges.has(edge.id()) || !edge.visible()) return
      const text = RELATION_LABELS[edge.data('relation') as LineageLink['relation']]
      const route = renderedRoute(edge)
      if (!route) return
      links.push({
        id: edge.id(),
        text,
        route,
        width: measureLabel(text, `italic 500 ${EDGE_LABEL_FONT}px`),
        // After the lineage's own names (1,000 and up), before everything else's.
        priority: 500,
      })
    })
  const zoom = cy.zoom()
  const placed = placeMapLabels(
    candidates,
    links,
    { width: cy.width(), height: cy.height() },
    markerScreenSize(zoom),
    obstacles,
    // Label sizes follow the zoom in 3 % steps, so a label is drawn up to 3 % over its size.
    zoom / zoomStep(zoom),
    zoom,
  )
  const shown = placed.nodes
  let changed = 0
  cy.batch(() => {
    for (const [id, side] of before)
      if (shown.get(id) !== side) {
        cy.getElementById(id).removeClass(`label-shown label-${side}`)
        changed++
      }
    for (const [id, side] of shown)
      if (before.get(id) !== side) {
        cy.getElementById(id).addClass(`label-shown label-${side}`)
        if (!before.has(id)) changed++
      }
  })
  markLabelsPlaced(changed)
  // Cytoscape resizes on any attribute change of its container (and a resize is a new
  // viewport, which places the labels again): the count is written only when it changes.
  const container = cy.container()
  if (container && container.getAttribute('data-labels-shown') !== String(shown.size))
    container.setAttribute('data-labels-shown', String(shown.size))
  return { shown, edges: placed.edges }
}

/** The names an instance shows now, as placeLabels marked them. */
export function labelsShown(cy: Core): Map<string, LabelSide> {
  const shown = new Map<string, LabelSide>()
  cy.nodes('.label-shown').forEach((node) => {
    const side = LABEL_SIDES.find((s) => node.hasClass(`label-${s}`))
    if (side) shown.set(node.id(), side)
  })
  return shown
}

const measured = new Map<string, number>()
let context: CanvasRenderingContext2D | null | undefined

/** A label's width on screen, measured once with the font the graph draws it in. */
function measureLabel(text: string, font = `600 ${SCREEN_LABEL_FONT}px`): number | undefined {
  const key = `${font}|${text}`
  const known = measured.get(key)
  if (known !== undefined) return known
  if (context === undefined) context = document.createElement('canvas').getContext('2d')
  if (!context) return undefined
  context.font = `${font} ${LABEL_FONT_FAMILY}`
  const width = Math.ceil(context.measureText(text).width)
  measured.set(key, width)
  return width
}
