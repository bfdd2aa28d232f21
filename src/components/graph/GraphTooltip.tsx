import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import type { Rect } from '../../domain/labels'
import { placeCard, type CardPlacement } from '../../domain/overlayPlacement'

/**
 * The hover card: measured once drawn, then placed beside its anchor where it stays inside the
 * canvas and covers the least of `avoid` (the highlighted lineage). Invisible until placed.
 */
export function GraphTooltip(props: {
  anchor: { x: number; y: number }
  canvas: { width: number; height: number }
  avoid: () => readonly Rect[]
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const [placement, setPlacement] = useState<(CardPlacement & { for: string }) | null>(null)
  const { anchor, canvas, avoid } = props
  const key = `${anchor.x},${anchor.y},${canvas.width},${canvas.height}`
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const card = { width: el.offsetWidth, height: el.offsetHeight }
    // Measuring the drawn card is what this state is for.
    setPlacement({ ...placeCard(anchor, card, canvas, avoid()), for: key })
    // The key stands for the anchor and the canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  const placed = placement?.for === key ? placement : null
  return (
    <div
      ref={ref}
      className="graph-tooltip"
      role="presentation"
      data-side={placed?.side}
      style={{
        left: placed?.x ?? 0,
        top: placed?.y ?? 0,
        maxWidth: Math.min(320, canvas.width - 8),
        visibility: placed ? 'visible' : 'hidden',
      }}
    >
      {props.children}
    </div>
  )
}
