/**
 * The lineage drawn as plain SVG, without Cytoscape: the same positions, routes, marker shapes,
 * colours and map-style names as the interactive graph. The build uses it for the first frame
 * in index.html (firstFrameSvg.ts: shown before any script runs, then replaced in place by the
 * live graph) and for each technique's link-preview picture (previewSvg.ts). Pure: strings in,
 * string out.
 */
import { edgeId, type Atlas } from '../../domain/data/atlas'
import { placeMapLabels } from '../../domain/layout/labels'
import {
  SCREEN_LABEL_FONT,
  type LabelCandidate,
  type LabelSide,
  type Rect,
} from '../../domain/layout/labelBox'
import { labelImportance } from '../../domain/layout/labelImportance'
import type { LineageLayout, Point } from '../../domain/layout/layoutGeometry'
import { familyShape } from '../../theme/shapes'
import { markerModelSize, markerScreenSize } from './graphStyle'

/** Paint for the drawing: CSS custom properties in the page, literal colours in a picture. */
export interface DrawingPaint {
  bg: string
  text: string
  edge: string
  family: (index: number) => string
  /** The selection ring's colour (a preview rings its own technique); the text's if absent. */
  accent?: string
}

/** The page's own tokens, so the first frame follows the visitor's theme like the app does. */
export const CSS_PAINT: DrawingPaint = {
  bg: 'var(--bg)',
  text: 'var(--text)',
  edge: 'var(--edge)',
  family: (i) => `var(--family-${i})`,
}

/** A view of the model: model point (x, y) is drawn at (x·zoom + pan.x, y·zoom + pan.y). */
export interface View {
  zoom: number
  pan: Point
  width: number
  height: number
}

/** A number as the SVG is written: one decimal. */
export const num = (n: number) => String(Math.round(n * 10) / 10)
export const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** Screen pixels between a marker's edge and its name (as graphStyle draws it). */
const LABEL_GAP_PX = 3

/** The names that fit in a view, chosen exactly as the live graph chooses them. */
export function namesInView(
  atlas: Atlas,
  layout: Pick<LineageLayout, 'positions'>,
  view: View,
  options: {
    only?: ReadonlySet<string>
    force?: ReadonlySet<string>
    scale?: number
    /** Screen rectangles names must stay clear of (the toolbar). */
    obstacles?: readonly Rect[]
  } = {},
): Map<string, LabelSide> {
  const scale = options.scale ?? 1
  const importance = labelImportance(atlas)
  const candidates: LabelCandidate[] = []
  for (const t of atlas.data.techniques) {
    if (options.only && !options.only.has(t.id)) continue
    const p = layout.positions[t.id]
    if (!p) continue
    const forced = options.force?.has(t.id) ?? false
    candidates.push({
      id: t.id,
      label: t.name,
      screen: { x: p.x * view.zoom + view.pan.x, y: p.y * view.zoom + view.pan.y },
      priority: (importance.get(t.id) ?? 0) + (forced ? 1000 : 0),
      force: forced,
    })
  }
  return placeMapLabels(
    candidates,
    [],
    view,
    markerScreenSize(view.zoom) * scale,
    options.obstacles ?? [],
    scale,
  ).nodes
}

function markerSvg(id: string, shapeIndex: number, at: Point, size: number, paint: string): string {
  const shape = familyShape(shapeIndex)
  const half = size / 2
  if (shape.kind === 'ellipse')
    return `<circle data-id="${id}" cx="${num(at.x)}" cy="${num(at.y)}" r="${num(half)}" ${paint}/>`
  const points: string[] = []
  for (let i = 0; i < shape.points.length; i += 2)
    points.push(`${num(at.x + shape.points[i]! * half)},${num(at.y + shape.points[i + 1]! * half)}`)
  return `<polygon data-id="${id}" points="${points.join(' ')}" ${paint}/>`
}

/** An arrowhead whose tip touches the child's marker, along the route's last leg. */
function arrowSvg(route: readonly Point[], markerSize: number, zoom: number, fill: string) {
  const end = route[route.length - 1]!
  const from = route[route.length - 2]!
  const dx = end.x - from.x
  const dy = end.y - from.y
  const length = Math.hypot(dx, dy)
  if (!length) return ''
  const ux = dx / length
  const uy = dy / length
  const tip = { x: end.x - (ux * markerSize) / 2, y: end.y - (uy * markerSize) / 2 }
  const back = 7 / zoom
  const wing = 3 / zoom
  const base = { x: tip.x - ux * back, y: tip.y - uy * back }
  return `<path d="M${num(tip.x)} ${num(tip.y)}L${num(base.x - uy * wing)} ${num(base.y + ux * wing)}L${num(base.x + uy * wing)} ${num(base.y - ux * wing)}Z" fill="${fill}"/>`
}

/** Where a name sits around its marker, in model units (SVG text anchor and baseline). */
function nameSvg(
  name: string,
  at: Point,
  side: LabelSide,
  zoom: number,
  paint: DrawingPaint,
  scale: number,
) {
  const font = (SCREEN_LABEL_FONT * scale) / zoom
  const off = ((markerScreenSize(zoom) * scale) / 2 + LABEL_GAP_PX) / zoom
  const [x, y, anchor] =
    side === 'above'
      ? [at.x, at.y - off - 0.28 * font, 'middle']
      : side === 'below'
        ? [at.x, at.y + off + 0.95 * font, 'middle']
        : side === 'right'
          ? [at.x + off, at.y + 0.36 * font, 'start']
          : [at.x - off, at.y + 0.36 * font, 'end']
  return `<text x="${num(x)}" y="${num(y)}" text-anchor="${anchor}" font-size="${num(font)}" stroke="${paint.bg}" stroke-width="${num((3 * scale) / zoom)}">${escapeXml(name)}</text>`
}

/**
 * The links and markers of the drawing, in model units for a given zoom (sizes follow the
 * graph's stylesheet at that zoom). `faded` techniques and links are drawn at low opacity.
 */
export function drawingShapes(
  atlas: Atlas,
  layout: Pick<LineageLayout, 'positions' | 'routes' | 'stubs'>,
  zoom: number,
  paint: DrawingPaint,
  options: { only?: ReadonlySet<string>; scale?: number } = {},
): string {
  const keep = (id: string) => !options.only || options.only.has(id)
  const scale = options.scale ?? 1
  const marker = markerModelSize(zoom) * scale
  const edgeWidth = Math.max(1.5, 1.3 / zoom) * scale
  const familyIndex = new Map([...atlas.categories.keys()].map((id, i) => [id, i]))
  const links: string[] = []
  const arrows: string[] = []
  for (const link of atlas.data.lineage) {
    if (!keep(link.parent) || !keep(link.child)) continue
    const from = layout.positions[link.parent]
    const to = layout.positions[link.child]
    if (!from || !to) continue
    const stub = layout.stubs?.[edgeId(link)]
    const pieces = stub
      ? [stub.parentEnd, stub.childEnd]
      : [layout.routes[edgeId(link)] ?? [from, to]]
    for (const route of pieces)
      links.push(`M${route.map((p) => `${num(p.x)} ${num(p.y)}`).join('L')}`)
    arrows.push(arrowSvg(pieces[pieces.length - 1]!, marker, zoom / scale, paint.edge))
  }
  const markers = atlas.data.techniques
    .filter((t) => keep(t.id) && layout.positions[t.id])
    .map((t) => {
      const i = familyIndex.get(t.categories[0]!) ?? 0
      return markerSvg(
        t.id,
        i,
        layout.positions[t.id]!,
        marker,
        `fill="${paint.family(i)}" stroke="${paint.bg}" stroke-width="${num((2 * scale) / zoom)}"`,
      )
    })
  return [
    `<path d="${links.join('')}" fill="none" stroke="${paint.edge}" stroke-width="${num(edgeWidth)}" stroke-linejoin="round"/>`,
    ...arrows,
    ...markers,
  ].join('')
}

/** The names placed by `namesInView`, as SVG text in model units. */
export function drawingNames(
  atlas: Atlas,
  layout: Pick<LineageLayout, 'positions'>,
  names: ReadonlyMap<string, LabelSide>,
  zoom: number,
  paint: DrawingPaint,
  scale = 1,
): string {
  return [...names]
    .map(([id, side]) =>
      nameSvg(atlas.techniques.get(id)!.name, layout.positions[id]!, side, zoom, paint, scale),
    )
    .join('')
}
