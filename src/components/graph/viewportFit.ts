/** Fitting the preset positions into the canvas: pure maths over element positions. */
import type { ElementDefinition } from 'cytoscape'

export interface Extent {
  x1: number
  y1: number
  w: number
  h: number
}

/** Bounding box of preset node positions, widened for their labels. */
export function positionsExtent(elements: readonly ElementDefinition[]): Extent {
  let x1 = Infinity
  let y1 = Infinity
  let x2 = -Infinity
  let y2 = -Infinity
  for (const e of elements) {
    if (!e.position) continue
    x1 = Math.min(x1, e.position.x)
    y1 = Math.min(y1, e.position.y)
    x2 = Math.max(x2, e.position.x)
    y2 = Math.max(y2, e.position.y)
  }
  if (!Number.isFinite(x1)) return { x1: 0, y1: 0, w: 1, h: 1 }
  // Labels are centred above their marker: about 60 units on the left, 24 above. The newest
  // techniques, on the right edge, can put their names left of them: 20 units there.
  return { x1: x1 - 60, y1: y1 - 26, w: x2 - x1 + 80, h: y2 - y1 + 36 }
}

/** The toolbar takes the canvas's top strip and the time axis its bottom one. */
export const TOOLBAR = 44
export const AXIS = 26
export const PAD = 16
/**
 * Extra room left of the map, in screen pixels. Time runs left to right, so the oldest
 * techniques are at the left edge, where a name (a hundred pixels or so) can only sit above,
 * below or right of its marker, and those sides are often taken in the first years' crowd.
 */
export const NAME_ROOM_LEFT = 20
/** Below this zoom the whole map is too dense to read: the graph opens on a close-up instead. */
export const READABLE_ZOOM = 0.38
/**
 * The zoom of that close-up: markers 10 px and rows 11 px apart, so every link stays clear of
 * the techniques it passes (a phone's first view).
 */
export const CLOSE_UP_ZOOM = 0.5

/** Zoom and pan that show the whole extent between the toolbar and the time axis. */
export function fitExtent(
  extent: Extent,
  canvas: { width: number; height: number },
  zoomRange: { min: number; max: number },
  /** Screen margin on each side, in pixels. */
  pad = PAD,
): { zoom: number; pan: { x: number; y: number } } {
  const height = canvas.height - AXIS - TOOLBAR
  const width = canvas.width - 2 * pad - NAME_ROOM_LEFT
  const zoom = Math.min(
    zoomRange.max,
    Math.max(zoomRange.min, Math.min(width / extent.w, (height - 2 * pad) / extent.h)),
  )
  return {
    zoom,
    pan: {
      x: pad + NAME_ROOM_LEFT + width / 2 - zoom * (extent.x1 + extent.w / 2),
      y: TOOLBAR + height / 2 - zoom * (extent.y1 + extent.h / 2),
    },
  }
}

/** The zoom range of the live graph. */
export const ZOOM_RANGE = { min: 0.05, max: 4 } as const

/**
 * Where the graph opens: a shared link's `at`, else the whole map; a highlighted lineage too
 * small to read that way is fitted on its own; and a view still too far out to read opens on a
 * close-up of `centre` (the selection, or with no highlight, the series' landmark). Pure, so the
 * instance can be created already there, styled once for that zoom.
 */
export function openingView(input: {
  canvas: { width: number; height: number }
  extent: Extent
  at?: { zoom: number; x: number; y: number } | undefined
  /** The highlighted lineage's markers, when there is one. */
  focus?: Extent | undefined
  centre?: { x: number; y: number } | undefined
}): { zoom: number; pan: { x: number; y: number } } {
  const { canvas, at, focus, centre } = input
  const around = (zoom: number, p: { x: number; y: number }) => ({
    zoom,
    pan: { x: canvas.width / 2 - zoom * p.x, y: canvas.height / 2 - zoom * p.y },
  })
  if (at) return around(at.zoom, at)
  let view = fitExtent(input.extent, canvas, ZOOM_RANGE)
  if (focus && view.zoom < 0.6) {
    // Names are drawn only where they fit, and keep their size on screen: room is kept for
    // them in screen pixels (about half a long name each side, a line above and below).
    const box = { x1: focus.x1, y1: focus.y1 - 10, w: focus.w, h: focus.h + 20 }
    view = fitExtent(box, canvas, { min: ZOOM_RANGE.min, max: 2 }, 70)
  }
  return view.zoom < READABLE_ZOOM && centre ? around(CLOSE_UP_ZOOM, centre) : view
}

/** The box around some positions (null when none is known). */
export function boxAround(points: readonly { x: number; y: number }[]): Extent | null {
  if (!points.length) return null
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const x1 = Math.min(...xs)
  const y1 = Math.min(...ys)
  return { x1, y1, w: Math.max(...xs) - x1, h: Math.max(...ys) - y1 }
}
