/** A technique's link-preview picture, drawn as SVG by the build (rasterised there). Pure. */
import { lineageOf, type Atlas } from '../../domain/data/atlas'
import type { LineageLayout } from '../../domain/layout/layoutGeometry'
import { markerModelSize } from './graphStyle'
import {
  drawingNames,
  drawingShapes,
  escapeXml,
  namesInView,
  num,
  type DrawingPaint,
} from './staticDrawing'

/**
 * The ring a preview draws round its own technique, as the live graph rings the selection: a
 * gap in the background colour inside an accent ring, so it shows on every family colour.
 */
function subjectRing(p: { x: number; y: number } | undefined, zoom: number, paint: DrawingPaint) {
  if (!p) return ''
  const r = (markerModelSize(zoom) * PREVIEW_SCALE) / 2 + (5 * PREVIEW_SCALE) / zoom
  const ring = (stroke: string, width: number, radius: number) =>
    `<circle class="subject-ring" cx="${num(p.x)}" cy="${num(p.y)}" r="${num(radius)}" fill="none" stroke="${stroke}" stroke-width="${num(width)}"/>`
  return (
    ring(paint.bg, (4 * PREVIEW_SCALE) / zoom, r - (2 * PREVIEW_SCALE) / zoom) +
    ring(paint.accent ?? paint.text, (2.5 * PREVIEW_SCALE) / zoom, r)
  )
}

/** Size of a link-preview picture (Open Graph's recommended 1.91:1). */
export const PREVIEW = { width: 1200, height: 630 }
/** Previews are shown shrunk in a chat or a feed: names and markers are drawn larger. */
const PREVIEW_SCALE = 1.7

/** Generations each way a link-preview picture shows around its technique. */
export const PREVIEW_DEPTH = 2

/** The techniques a preview shows: the technique and PREVIEW_DEPTH generations each way. */
export function previewLineage(atlas: Atlas, id: string): Set<string> {
  return lineageOf(atlas, id, 'both', PREVIEW_DEPTH).nodes
}

/**
 * A technique's link-preview picture: its name, year and family, and its near lineage laid out
 * on its own (`layout` covers exactly `previewLineage`), every name drawn, on the theme's
 * background.
 */
export function previewSvg(
  atlas: Atlas,
  layout: LineageLayout,
  id: string,
  paint: DrawingPaint,
  family: { name: string; index: number },
): string {
  const technique = atlas.techniques.get(id)!
  const nodes = previewLineage(atlas, id)
  const head = 150
  const area = { width: PREVIEW.width, height: PREVIEW.height - head }
  const margin = { x: 120, y: 50 }
  const zoom = Math.min(
    1.6,
    (area.width - 2 * margin.x) / Math.max(1, layout.width),
    (area.height - 2 * margin.y) / Math.max(1, layout.height),
  )
  const pan = {
    x: area.width / 2 - (zoom * layout.width) / 2,
    y: head + area.height / 2 - (zoom * layout.height) / 2,
  }
  const names = namesInView(
    atlas,
    layout,
    { width: PREVIEW.width, height: PREVIEW.height, zoom, pan },
    { only: nodes, force: new Set([id]), scale: PREVIEW_SCALE },
  )
  const all = lineageOf(atlas, id, 'both').nodes.size - 1
  const lineageLine = all
    ? `${all} related technique${all === 1 ? '' : 's'} in its lineage`
    : 'no recorded lineage yet'
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW.width}" height="${PREVIEW.height}" viewBox="0 0 ${PREVIEW.width} ${PREVIEW.height}">`,
    `<rect width="100%" height="100%" fill="${paint.bg}"/>`,
    `<g font-family="Inter" fill="${paint.text}">`,
    `<text x="56" y="78" font-size="52" font-weight="700">${escapeXml(technique.name)} <tspan font-size="30" font-weight="400">(${technique.year})</tspan></text>`,
    `<text x="56" y="122" font-size="26">${escapeXml(family.name)} · ${lineageLine} · Fine-Tuning Atlas</text>`,
    '</g>',
    `<g transform="translate(${num(pan.x)} ${num(pan.y)}) scale(${Math.round(zoom * 1000) / 1000})">`,
    drawingShapes(atlas, layout, zoom, paint, { only: nodes, scale: PREVIEW_SCALE }),
    subjectRing(layout.positions[id], zoom, paint),
    `<g fill="${paint.text}" font-family="Inter" font-weight="600" paint-order="stroke" stroke-linejoin="round">${drawingNames(atlas, layout, names, zoom, paint, PREVIEW_SCALE)}</g>`,
    '</g>',
    '</svg>',
  ].join('')
}
