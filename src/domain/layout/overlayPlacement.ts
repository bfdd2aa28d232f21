/**
 * Where a card drawn over the graph (the hover card) goes: beside what it describes, inside the
 * canvas, covering as little as possible of what the reader is looking at. Pure geometry.
 */
import type { Rect } from './labelBox'
import type { Point } from './layoutGeometry'

const CARD_SIDES = ['below', 'above', 'right', 'left'] as const
export type CardSide = (typeof CARD_SIDES)[number]

export interface CardPlacement {
  side: CardSide
  /** Top-left corner, in canvas pixels. */
  x: number
  y: number
}

const area = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0))

/**
 * Tries each side of the anchor (below, above, right, left), slides the card along that side
 * to stay inside the canvas, and keeps the one that covers the least of `avoid` (the anchor
 * itself always counts). Ties go to the earlier side.
 */
export function placeCard(
  anchor: Point,
  card: { width: number; height: number },
  canvas: { width: number; height: number },
  avoid: readonly Rect[],
  gap = 14,
): CardPlacement {
  const { width: w, height: h } = card
  const clampX = (x: number) => Math.max(4, Math.min(x, canvas.width - w - 4))
  const clampY = (y: number) => Math.max(4, Math.min(y, canvas.height - h - 4))
  const own = { x0: anchor.x - gap, y0: anchor.y - gap, x1: anchor.x + gap, y1: anchor.y + gap }
  let best: (CardPlacement & { cost: number }) | undefined
  for (const side of CARD_SIDES) {
    const x =
      side === 'right'
        ? anchor.x + gap
        : side === 'left'
          ? anchor.x - gap - w
          : clampX(anchor.x - w / 2)
    const y =
      side === 'below'
        ? anchor.y + gap
        : side === 'above'
          ? anchor.y - gap - h
          : clampY(anchor.y - h / 2)
    const rect = { x0: x, y0: y, x1: x + w, y1: y + h }
    // Whatever sticks out of the canvas is hidden: it costs as much as covering the lineage.
    const outside = w * h - area(rect, { x0: 0, y0: 0, x1: canvas.width, y1: canvas.height })
    const cost =
      outside * 4 + area(rect, own) * 8 + avoid.reduce((sum, r) => sum + area(rect, r), 0)
    if (!best || cost < best.cost) best = { side, x, y, cost }
  }
  return { side: best!.side, x: best!.x, y: best!.y }
}
