import type { LabelCandidate, Rect } from '../../src/domain/layout/labelBox'

/** A label candidate named after its technique, at a screen point. */
export const candidate = (
  id: string,
  x: number,
  y: number,
  priority = 0,
  width = 40,
): LabelCandidate => ({ id, label: id, screen: { x, y }, priority, width })

/** The small screen the label tests place labels on. */
export const viewport = { width: 400, height: 300 }

export const rect = (x0: number, y0: number, x1: number, y1: number): Rect => ({ x0, y0, x1, y1 })

/** Four obstacles filling the test screen around a box, each touching one of its sides. */
export const boxedIn = (box: Rect): Rect[] => [
  rect(0, 0, viewport.width, box.y0),
  rect(0, box.y1, viewport.width, viewport.height),
  rect(0, 0, box.x0, viewport.height),
  rect(box.x1, 0, viewport.width, viewport.height),
]
