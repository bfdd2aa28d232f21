import type { Core, ElementDefinition } from 'cytoscape'
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
 * carry their relation. Used for every viewport after the first (useMapLabels); the first
 * view's names come with the elements (placeLabelsAt).
 */
export function placeLabels(
  cy: Core,
  scene: LabelScene,
  before: ReadonlyMap<string, LabelSide>,
): { shown: Map<string, LabelSide>; edges: PlacedEdgeLabel[] } {
  const { highlight, selected } = scene
  const nodes: Named[] = []
  cy.nodes('.technique').forEach((node) => {
    nodes.push({
      id: node.id(),
      label: node.data('label') as string,
      screen: node.renderedPosition(),
    })
  })
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
  const view = { zoom: cy.zoom(), width: cy.width(), height: cy.height() }
  const placed = place(nodes, links, view, cy.container(), scene)
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
  countShown(cy.container(), shown.size)
  return { shown, edges: placed.edges }
}

/**
 * The names that fit where a new instance opens, from its element definitions (preset
 * positions): its elements are added with them, so that each is drawn once, name included, as
 * it is added (a drawing of the whole view at once is the longest task of the start).
 */
export function placeLabelsAt(
  elements: readonly ElementDefinition[],
  view: { zoom: number; pan: { x: number; y: number }; width: number; height: number },
  container: HTMLElement,
  scene: LabelScene,
): ElementDefinition[] {
  const nodes: Named[] = []
  for (const e of elements)
    if (e.group === 'nodes' && e.position && /(^| )technique( |$)/.test(String(e.classes ?? '')))
      nodes.push({
        id: e.data.id!,
        label: e.data.label as string,
        screen: {
          x: e.position.x * view.zoom + view.pan.x,
          y: e.position.y * view.zoom + view.pan.y,
        },
      })
  const shown = place(nodes, [], view, container, scene).nodes
  markLabelsPlaced(shown.size)
  countShown(container, shown.size)
  return elements.map((e) => {
    const side = e.data.id ? shown.get(e.data.id) : undefined
    return side ? { ...e, classes: `${String(e.classes ?? '')} label-shown label-${side}` } : e
  })
}

interface Named {
  id: string
  label: string
  screen: { x: number; y: number }
}

function place(
  nodes: readonly Named[],
  links: readonly EdgeLabelCandidate[],
  view: { zoom: number; width: number; height: number },
  container: HTMLElement | null,
  { importance, highlight, selected, hidden, overlays, named }: LabelScene,
) {
  const candidates: LabelCandidate[] = []
  for (const { id, label, screen } of nodes) {
    if (hidden(id)) continue
    const base = importance.get(id) ?? 0
    // The selection and the names always drawn (a path's ends, the keyboard cursor) first.
    const always = id === selected || named.includes(id)
    const boost = always ? 10_000 : highlight?.nodes.has(id) ? 1_000 : highlight ? -100 : 0
    candidates.push({
      id,
      label,
      screen,
      priority: base + boost,
      force: always,
      width: measureLabel(label),
    })
  }
  const origin = container?.getBoundingClientRect()
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
  const { zoom } = view
  return placeMapLabels(
    candidates,
    links,
    { width: view.width, height: view.height },
    markerScreenSize(zoom),
    obstacles,
    // Label sizes follow the zoom in 3 % steps, so a label is drawn up to 3 % over its size.
    zoom / zoomStep(zoom),
    zoom,
  )
}

/**
 * The count of names on the canvas, for tests and the benchmark. Cytoscape resizes on any
 * attribute change of its container (and a resize is a new viewport, which places the labels
 * again): the count is written only when it changes.
 */
function countShown(container: HTMLElement | null, count: number) {
  if (container && container.getAttribute('data-labels-shown') !== String(count))
    container.setAttribute('data-labels-shown', String(count))
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
