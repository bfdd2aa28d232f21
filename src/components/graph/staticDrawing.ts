/**
 * The lineage drawn as plain SVG, without Cytoscape: the same positions, routes, marker shapes,
 * colours and map-style names as the interactive graph. The build uses it for the first frame
 * in index.html (shown before any script runs, then replaced in place by the live graph) and for
 * each technique's link-preview picture. Pure: strings in, string out.
 */
import { edgeId, lineageOf, type Atlas } from '../../domain/atlas'
import { placeMapLabels } from '../../domain/labels'
import {
  SCREEN_LABEL_FONT,
  type LabelCandidate,
  type LabelSide,
  type Rect,
} from '../../domain/labelBox'
import { labelImportance } from '../../domain/labelImportance'
import type { LineageLayout, Point } from '../../domain/layoutGeometry'
import { familyShape } from '../../theme/shapes'
import { LABEL_FONT_FAMILY, markerModelSize, markerScreenSize } from './graphStyle'
import {
  AXIS,
  CLOSE_UP_ZOOM,
  fitExtent,
  PAD,
  READABLE_ZOOM,
  TOOLBAR,
  type Extent,
} from './viewportFit'

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

const num = (n: number) => String(Math.round(n * 10) / 10)
const escapeXml = (text: string) =>
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

const TEXT_ATTRS = `font-family='${LABEL_FONT_FAMILY}' font-weight="600" paint-order="stroke" stroke-linejoin="round"`

/** The fitted map's margins in the graph's box (fitExtent's toolbar, axis and padding). */
const FIT_PAD = PAD
const FIT_TOP = TOOLBAR + PAD
const FIT_BOTTOM = AXIS + PAD

/** The canvas the first frame is laid out for: the graph's box at 1280 × 800. */
export const FIRST_FRAME_CANVAS = { width: 918, height: 543 }
/** The canvas of a phone (390 × 844) the close-up first frame is laid out for. */
export const PHONE_CANVAS = { width: 390, height: 420 }

/**
 * The first frame: the whole map as the live graph first draws it. The same SVG serves two
 * cases the live graph has (see GraphView's initial focus), switched by container queries in
 * styles.css: the whole map fitted between the toolbar and the time axis, and, on a canvas too
 * small for that to be readable, a close-up at CLOSE_UP_ZOOM around the best-known technique.
 * Each case has its own set of names.
 */
export function firstFrameSvg(
  atlas: Atlas,
  layout: LineageLayout,
  extent: Extent,
  landmark: string,
): string {
  const fit = fitExtent(extent, FIRST_FRAME_CANVAS, { min: 0.05, max: 4 })
  const centre = layout.positions[landmark] ?? { x: 0, y: 0 }
  const near: View = {
    ...PHONE_CANVAS,
    zoom: CLOSE_UP_ZOOM,
    pan: {
      x: PHONE_CANVAS.width / 2 - CLOSE_UP_ZOOM * centre.x,
      y: PHONE_CANVAS.height / 2 - CLOSE_UP_ZOOM * centre.y,
    },
  }
  // The toolbar's strip (at the top right; across the whole width of a phone).
  const fitNames = namesInView(
    atlas,
    layout,
    { ...FIRST_FRAME_CANVAS, ...fit },
    {
      obstacles: [
        { x0: FIRST_FRAME_CANVAS.width - 370, y0: 0, x1: FIRST_FRAME_CANVAS.width, y1: 56 },
      ],
    },
  )
  const nearNames = namesInView(atlas, layout, near, {
    obstacles: [{ x0: 0, y0: 0, x1: PHONE_CANVAS.width, y1: 56 }],
  })
  // Where the close-up puts the landmark, as a fraction of the drawing (for the CSS offsets).
  const lx = (centre.x - extent.x1) / extent.w
  const ly = (centre.y - extent.y1) / extent.h
  // The live graph opens on the close-up when the fitted map's zoom would fall below
  // READABLE_ZOOM: on a canvas narrower or shorter than these.
  const narrow = Math.ceil(2 * FIT_PAD + READABLE_ZOOM * extent.w)
  const short = Math.ceil(FIT_TOP + FIT_BOTTOM + READABLE_ZOOM * extent.h)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="first-frame" class="first-frame" aria-hidden="true" focusable="false"`,
    ` viewBox="${num(extent.x1)} ${num(extent.y1)} ${num(extent.w)} ${num(extent.h)}" preserveAspectRatio="xMidYMid meet"`,
    ` style="--ff-w:${num(extent.w * CLOSE_UP_ZOOM)}px;--ff-h:${num(extent.h * CLOSE_UP_ZOOM)}px;--ff-lx:${lx.toFixed(4)};--ff-ly:${ly.toFixed(4)}">`,
    // Placed as fitExtent fits the map: between the toolbar and the time axis, with its padding.
    `<style>.first-frame { left: ${FIT_PAD}px; top: ${FIT_TOP}px; width: calc(100% - ${2 * FIT_PAD}px); height: calc(100% - ${FIT_TOP + FIT_BOTTOM}px) } `,
    `@container graph (max-width: ${narrow}px) or (max-height: ${short}px) { .first-frame { left: calc(50% - var(--ff-w) * var(--ff-lx)); top: calc(50% - var(--ff-h) * var(--ff-ly)); width: var(--ff-w); height: var(--ff-h) } .first-frame .ff-fit { display: none } .first-frame .ff-near { display: inline } }</style>`,
    drawingShapes(atlas, layout, fit.zoom, CSS_PAINT),
    `<g class="ff-fit" fill="var(--text)" ${TEXT_ATTRS}>${drawingNames(atlas, layout, fitNames, fit.zoom, CSS_PAINT)}</g>`,
    `<g class="ff-near" fill="var(--text)" ${TEXT_ATTRS}>${drawingNames(atlas, layout, nearNames, CLOSE_UP_ZOOM, CSS_PAINT)}</g>`,
    '</svg>',
  ].join('')
}

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
