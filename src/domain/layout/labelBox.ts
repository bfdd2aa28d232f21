/**
 * A technique's name on the map as the renderer draws it: its size, the sides of its marker it
 * may sit on, and the screen rectangle its drawn box covers there. Pure.
 */
import { labelWidth, type Point } from './layoutGeometry'

/** Screen size of a drawn label, in CSS pixels (11 px is the smallest we allow). */
export const SCREEN_LABEL_FONT = 12
/** Height of a label's text line, without its box. */
const SCREEN_TEXT_HEIGHT = 11
/** The text sits this far from its marker's edge (graphStyle's text margin). */
const SCREEN_LABEL_GAP = 3.5

/**
 * How far a drawn label's box (its background and the renderer's margin) reaches beyond its text
 * on every side, in px: measured on Chromium at 12 px, 2.6 px at zoom 0.69 and 5 px at 2.05, as
 * part of that margin is in model units (kept half a pixel beyond what was measured); 3 px up to
 * zoom 0.47.
 */
export function labelBoxMargin(zoom: number): number {
  return Math.max(3, 2.25 + 1.6 * zoom)
}

export interface LabelCandidate {
  id: string
  label: string
  /** Marker centre on screen. */
  screen: Point
  /** Higher is placed first. */
  priority: number
  /** Measured width of the label on screen, when known (otherwise estimated). */
  width?: number
  /** Drawn even over other markers (never over labels or controls): the selection's name. */
  force?: boolean
}

export interface Rect {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** Where a label may sit around its marker, in order of preference. */
export const LABEL_SIDES = ['above', 'below', 'right', 'left'] as const
export type LabelSide = (typeof LABEL_SIDES)[number]

/** The screen rectangle a label occupies on one side of its marker. */
export function labelRect(
  c: Pick<LabelCandidate, 'label' | 'screen' | 'width'>,
  markerPx: number,
  side: LabelSide = 'above',
  /** Drawn font size over SCREEN_LABEL_FONT (labels are drawn within a few % of it). */
  scale = 1,
  /** The graph's zoom (see labelBoxMargin). */
  zoom = 0.4,
): Rect {
  const e = labelBoxMargin(zoom)
  const w = (c.width ?? labelWidth(c.label, SCREEN_LABEL_FONT)) * scale + 2 * e
  const h = SCREEN_TEXT_HEIGHT * scale + 2 * e
  const { x, y } = c.screen
  const off = markerPx / 2 + SCREEN_LABEL_GAP - e
  switch (side) {
    case 'above':
      return { x0: x - w / 2, y0: y - off - h, x1: x + w / 2, y1: y - off }
    case 'below':
      return { x0: x - w / 2, y0: y + off, x1: x + w / 2, y1: y + off + h }
    case 'right':
      return { x0: x + off, y0: y - h / 2, x1: x + off + w, y1: y + h / 2 }
    case 'left':
      return { x0: x - off - w, y0: y - h / 2, x1: x - off, y1: y + h / 2 }
  }
}
