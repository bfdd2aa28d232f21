import type { Css, StylesheetJson } from 'cytoscape'
import { SCREEN_LABEL_FONT } from '../../domain/layout/labelBox'
import { LABEL_FONT, LABEL_GAP, MARKER_SIZE } from '../../domain/layout/layoutGeometry'
import { FAMILY_SHAPES, familyShape } from '../../theme/shapes'
import { TOKENS, familyColor, type Theme } from '../../theme/tokens'

/**
 * The Cytoscape stylesheet for a theme. State is expressed as classes set by GraphView.
 * `plain` drops the app's rendering economies (the benchmark's floor draws with it); `large`
 * draws edges as haystack lines without arrowheads, which Cytoscape renders far faster — on a
 * graph of thousands of techniques arrows are sub-pixel at any overview zoom, and the
 * left-to-right time order still gives the direction.
 */
export function graphStyle(
  theme: Theme,
  familyCount: number,
  options: { plain?: boolean; large?: boolean; zoom?: number } = {},
): StylesheetJson {
  const c = TOKENS[theme]
  // Sizes that stay readable on screen at any zoom, like a map's symbols and place names.
  const z = options.plain ? 1 : (options.zoom ?? 1)
  const marker = markerModelSize(z)
  const base = clearOfRoutes(marker, 2 / z)
  const selected = clearOfRoutes(Math.max(marker, marker * 1.5), 2.5 / z)
  const edgeWidth = Math.max(1.5, 1.3 / z)
  const families = Array.from({ length: Math.max(familyCount, FAMILY_SHAPES.length) }, (_, i) => ({
    selector: `node.family-${i}`,
    style: { 'background-color': familyColor(theme, i), ...shapeStyle(i) },
  }))
  return [
    {
      selector: 'node',
      style: {
        width: base.width,
        height: base.width,
        label: 'data(label)',
        color: c.text,
        'font-family': LABEL_FONT_FAMILY,
        'font-size': options.plain ? LABEL_FONT : SCREEN_LABEL_FONT / z,
        'font-weight': 600,
        // Labels sit above their marker, where the layout reserved room for them.
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -LABEL_GAP / z,
        // Map-style: a label is drawn only where it fits (class label-shown, see useMapLabels).
        ...(options.plain ? {} : { 'text-opacity': 0, 'text-events': 'no' }),
        'text-background-color': c.bg,
        'text-background-opacity': 0.85,
        'text-background-padding': `${1 / z}px`,
        'text-background-shape': 'roundrectangle',
        'border-width': base.border,
        'border-color': c.bg,
        'transition-property': 'opacity',
        'transition-duration': 0,
      },
    },
    ...families,
    {
      selector: 'edge',
      style: {
        width: edgeWidth,
        'line-color': c.edge,
        'target-arrow-color': c.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'straight',
        ...(options.large && !options.plain
          ? { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' }
          : {}),
      },
    },
    {
      // Edges follow the routes the build-time layout computed around every node.
      selector: 'edge.routed',
      style: {
        'curve-style': 'round-segments',
        'segment-radii': [6],
        'segment-distances': 'data(segmentDistances)',
        'segment-weights': 'data(segmentWeights)',
        'edge-distances': 'node-position',
      },
    },
    {
      // The far end of a stub: a point, never drawn and never in the way of a click.
      selector: 'node.stub-end',
      style: { width: 1, height: 1, opacity: 0, events: 'no', label: '' },
    },
    { selector: 'edge.stub-out', style: { 'target-arrow-shape': 'none' } },
    { selector: 'node.label-shown', style: { 'text-opacity': 1, 'text-events': 'yes' } },
    {
      selector: 'node.label-below',
      style: { 'text-valign': 'bottom', 'text-margin-y': LABEL_GAP / z },
    },
    {
      selector: 'node.label-right',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-y': 0,
        'text-margin-x': LABEL_GAP / z,
      },
    },
    {
      selector: 'node.label-left',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-y': 0,
        'text-margin-x': -LABEL_GAP / z,
      },
    },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    { selector: '.faded', style: { opacity: 0.22 } },
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: 'edge.lineage',
      style: {
        width: edgeWidth * 2,
        'line-color': c.accent,
        'target-arrow-color': c.accent,
        opacity: 1,
      },
    },
    {
      selector: 'node.highlighted',
      style: {
        opacity: 1,
        'border-color': c.accent,
        width: base.width,
        height: base.width,
        'border-width': base.border,
      },
    },
    {
      selector: 'node.selected',
      style: {
        // Larger, but never past the size the layout's routes clear (else its links vanish).
        width: selected.width,
        height: selected.width,
        // A two-tone ring shows on every family colour: a gap in the background colour (3:1 or
        // more against every family, see tokens.test.ts) inside an accent ring (3:1 or more
        // against the background).
        'border-color': c.bg,
        'border-width': selected.border,
        'outline-color': c.accent,
        'outline-width': 3.5 / z,
        'outline-offset': 0,
        'font-size': (options.plain ? LABEL_FONT : SCREEN_LABEL_FONT / z) * 1.1,
        'font-weight': 800,
        opacity: 1,
      },
    },
    {
      selector: 'node.cursor',
      style: {
        'overlay-color': c.accent,
        'overlay-opacity': 0.18,
        'overlay-padding': 10,
        'overlay-shape': 'round-rectangle',
      },
    },
  ]
}

/** A family's marker shape as Cytoscape style. */
function shapeStyle(index: number): Css.Node {
  const shape = familyShape(index)
  return shape.kind === 'ellipse'
    ? { shape: 'ellipse' }
    : { shape: 'polygon', 'shape-polygon-points': shape.points.join(' ') }
}

export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

/** Smallest marker on screen, in CSS pixels. */
const MIN_MARKER_PX = 10

/**
 * Largest marker, in model units, that still clears the edges the layout routed past it (the
 * layout keeps edges 12 units from each node's box, and a box reaches 7 units below its marker).
 */
export const SAFE_MARKER = 36

/**
 * A marker's width and border (model units) whose outer size, the box Cytoscape ends its links
 * at, stays within SAFE_MARKER: a link whose last bend falls inside its end's box is not drawn
 * at all ("invalid endpoints"). The border gives way first when zoomed far out.
 */
export function clearOfRoutes(width: number, border: number): { width: number; border: number } {
  const ring = Math.min(border, SAFE_MARKER / 6)
  return { width: Math.min(width, SAFE_MARKER - ring), border: ring }
}

/**
 * Marker size in model units at a zoom: the layout's size, larger when zoomed out so markers stay
 * visible, but never so large that an edge routed past a marker would appear to run through it.
 */
export function markerModelSize(zoom: number): number {
  return Math.min(SAFE_MARKER, Math.max(MARKER_SIZE, MIN_MARKER_PX / zoom))
}

/** Marker size on screen at a zoom, in CSS pixels. */
export function markerScreenSize(zoom: number): number {
  return markerModelSize(zoom) * zoom
}

/**
 * Zoom rounded down to 3 % steps: the stylesheet is rebuilt only when the zoom crosses a step.
 * Down, so that sizes set for the step (names at 12 px) are never drawn smaller, only up to 3 %
 * larger.
 */
export function zoomStep(zoom: number): number {
  const step = Math.log(1.03)
  return Math.floor(Math.exp(Math.floor(Math.log(zoom) / step + 1e-9) * step) * 1000) / 1000
}
