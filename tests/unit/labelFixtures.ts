import type { LabelCandidate } from '../../src/domain/layout/labelBox'

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
