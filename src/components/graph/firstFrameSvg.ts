/**
 * The first frame in index.html: the whole map as SVG, as the live graph first draws it, shown
 * before any script runs (see staticDrawing.ts for the drawing itself). Pure.
 */
import type { Atlas } from '../../domain/data/atlas'
import type { LineageLayout, Point } from '../../domain/layout/layoutGeometry'
import { LABEL_FONT_FAMILY } from './graphStyle'
import {
  CSS_PAINT,
  drawingNames,
  drawingShapes,
  namesInView,
  num,
  type View,
} from './staticDrawing'
import {
  AXIS,
  CLOSE_UP_ZOOM,
  fitExtent,
  NAME_ROOM_LEFT,
  PAD,
  READABLE_ZOOM,
  TOOLBAR,
  type Extent,
} from './viewportFit'

const TEXT_ATTRS = `font-family='${LABEL_FONT_FAMILY}' font-weight="600" paint-order="stroke" stroke-linejoin="round"`

/** The fitted map's margins in the graph's box (fitExtent's toolbar, axis and padding). */
const FIT_PAD = PAD
const FIT_LEFT = PAD + NAME_ROOM_LEFT
const FIT_TOP = TOOLBAR + PAD
const FIT_BOTTOM = AXIS + PAD

/** The canvas the first frame is laid out for: the graph's box at 1280 × 800. */
export const FIRST_FRAME_CANVAS = { width: 918, height: 543 }
/**
 * The canvas of a phone (390 × 844: the graph's box is 390 × 330 there) the close-up first frame
 * is laid out for. Names are placed for that box: on a taller phone the live graph adds names
 * at the top and bottom, on a shorter one the ones there are cut off; none moves.
 */
export const PHONE_CANVAS = { width: 390, height: 330 }

/**
 * The first frame: the whole map as the live graph first draws it. The same SVG serves two
 * cases the live graph has (see GraphView's initial focus), switched by container queries on the
 * `graph` container (src/styles/graph.css): the whole map fitted between the toolbar and the time
 * axis, and, on a canvas too small for that to be readable, a close-up at CLOSE_UP_ZOOM around
 * `centre` (closeUpCentre). Each case has its own set of names.
 */
export function firstFrameSvg(
  atlas: Atlas,
  layout: LineageLayout,
  extent: Extent,
  centre: Point,
): string {
  const fit = fitExtent(extent, FIRST_FRAME_CANVAS, { min: 0.05, max: 4 })
  const near: View = {
    ...PHONE_CANVAS,
    zoom: CLOSE_UP_ZOOM,
    pan: {
      x: PHONE_CANVAS.width / 2 - CLOSE_UP_ZOOM * centre.x,
      y: PHONE_CANVAS.height / 2 - CLOSE_UP_ZOOM * centre.y,
    },
  }
  // The toolbar's strip (at the top right; across the whole width of a phone) and the time
  // axis along the bottom: the live graph keeps its names clear of both.
  const axis = (c: { width: number; height: number }) => ({
    x0: 0,
    y0: c.height - AXIS,
    x1: c.width,
    y1: c.height,
  })
  const fitNames = namesInView(
    atlas,
    layout,
    { ...FIRST_FRAME_CANVAS, ...fit },
    {
      obstacles: [
        { x0: FIRST_FRAME_CANVAS.width - 370, y0: 0, x1: FIRST_FRAME_CANVAS.width, y1: 56 },
        axis(FIRST_FRAME_CANVAS),
      ],
    },
  )
  const nearNames = namesInView(atlas, layout, near, {
    obstacles: [{ x0: 0, y0: 0, x1: PHONE_CANVAS.width, y1: 56 }, axis(PHONE_CANVAS)],
  })
  // Where the close-up puts its centre, as a fraction of the drawing (for the CSS offsets).
  const lx = (centre.x - extent.x1) / extent.w
  const ly = (centre.y - extent.y1) / extent.h
  // The live graph opens on the close-up when the fitted map's zoom would fall below
  // READABLE_ZOOM: on a canvas narrower or shorter than these.
  const narrow = Math.ceil(FIT_LEFT + FIT_PAD + READABLE_ZOOM * extent.w)
  const short = Math.ceil(FIT_TOP + FIT_BOTTOM + READABLE_ZOOM * extent.h)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="first-frame" class="first-frame" aria-hidden="true" focusable="false"`,
    ` viewBox="${num(extent.x1)} ${num(extent.y1)} ${num(extent.w)} ${num(extent.h)}" preserveAspectRatio="xMidYMid meet"`,
    ` style="--ff-w:${num(extent.w * CLOSE_UP_ZOOM)}px;--ff-h:${num(extent.h * CLOSE_UP_ZOOM)}px;--ff-lx:${lx.toFixed(4)};--ff-ly:${ly.toFixed(4)}">`,
    // Placed as fitExtent fits the map: between the toolbar and the time axis, with its padding.
    `<style>.first-frame { left: ${FIT_LEFT}px; top: ${FIT_TOP}px; width: calc(100% - ${FIT_LEFT + FIT_PAD}px); height: calc(100% - ${FIT_TOP + FIT_BOTTOM}px) } `,
    `@container graph (max-width: ${narrow}px) or (max-height: ${short}px) { .first-frame { left: calc(50% - var(--ff-w) * var(--ff-lx)); top: calc(50% - var(--ff-h) * var(--ff-ly)); width: var(--ff-w); height: var(--ff-h) } .first-frame .ff-fit { display: none } .first-frame .ff-near { display: inline } }</style>`,
    drawingShapes(atlas, layout, fit.zoom, CSS_PAINT),
    `<g class="ff-fit" fill="var(--text)" ${TEXT_ATTRS}>${drawingNames(atlas, layout, fitNames, fit.zoom, CSS_PAINT)}</g>`,
    `<g class="ff-near" fill="var(--text)" ${TEXT_ATTRS}>${drawingNames(atlas, layout, nearNames, CLOSE_UP_ZOOM, CSS_PAINT)}</g>`,
    '</svg>',
  ].join('')
}
