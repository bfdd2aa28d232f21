import type { StylesheetJson } from 'cytoscape'
import { LABEL_FONT, LABEL_GAP, MARKER_SIZE } from '../../domain/layoutGeometry'
import { FAMILY_SHAPES, THEME_COLORS, familyColor, familyShape, type Theme } from '../theme'

/**
 * The Cytoscape stylesheet for a theme. State is expressed as classes set by GraphView.
 * `plain` drops the app's rendering economies (the benchmark's floor draws with it); `large`
 * draws edges as haystack lines without arrowheads, which Cytoscape renders far faster — on a
 * graph of thousands of techniques arrows are sub-pixel at any overview zoom, and the
 * top-to-bottom time order still gives the direction.
 */
export function graphStyle(
  theme: Theme,
  familyCount: number,
  options: { plain?: boolean; large?: boolean } = {},
): StylesheetJson {
  const c = THEME_COLORS[theme]
  const families = Array.from({ length: Math.max(familyCount, FAMILY_SHAPES.length) }, (_, i) => ({
    selector: `node.family-${i}`,
    style: { 'background-color': familyColor(theme, i), shape: familyShape(i) },
  }))
  return [
    {
      selector: 'node',
      style: {
        width: MARKER_SIZE,
        height: MARKER_SIZE,
        label: 'data(label)',
        color: c.text,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': LABEL_FONT,
        'font-weight': 600,
        // Labels sit above their marker, where the layout reserved room for them.
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -LABEL_GAP,
        'text-background-color': c.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'border-width': 2,
        'border-color': c.background,
        'transition-property': 'opacity',
        'transition-duration': 0,
        // Labels too small to read on screen are not drawn at all.
        ...(options.plain ? {} : { 'min-zoomed-font-size': 6 }),
      },
    },
    ...families,
    {
      selector: 'edge',
      style: {
        width: 1.5,
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
      selector: 'node.year-axis',
      style: {
        shape: 'rectangle',
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        color: c.mutedText,
        'font-weight': 700,
        'font-size': 13,
        'text-halign': 'left',
        'text-background-opacity': 0,
        events: 'no',
      },
    },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    { selector: '.faded', style: { opacity: 0.22 } },
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: 'edge.lineage',
      style: { width: 3, 'line-color': c.accent, 'target-arrow-color': c.accent, opacity: 1 },
    },
    {
      selector: 'node.highlighted',
      style: { opacity: 1, 'border-color': c.accent, 'border-width': 1.5 },
    },
    {
      selector: 'node.selected',
      style: {
        width: 22,
        height: 22,
        'border-color': c.accent,
        'border-width': 4,
        'font-size': 14,
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
