import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { linkById, type Atlas } from '../../domain/data/atlas'
import { RELATION_LABELS } from '../../domain/data/constants'
import type { Rect } from '../../domain/layout/labelBox'
import { placeCard, type CardPlacement } from '../../domain/layout/overlayPlacement'

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

/** What the hover card says: a link's meaning with its reason, or a technique's first sentence. */
export function HoverCard(props: {
  atlas: Atlas
  hover: { id: string; kind: 'technique' | 'link'; x: number; y: number }
  canvas: { width: number; height: number }
  avoid: () => readonly Rect[]
}) {
  const { atlas, hover } = props
  const technique = hover.kind === 'technique' ? atlas.techniques.get(hover.id) : undefined
  const link = hover.kind === 'link' ? linkById(atlas, hover.id) : undefined
  if (!technique && !link) return null
  return (
    <GraphTooltip anchor={hover} canvas={props.canvas} avoid={props.avoid}>
      {link ? (
        <>
          <strong>{atlas.techniques.get(link.child)?.name}</strong>{' '}
          <em>{RELATION_LABELS[link.relation]}</em>{' '}
          <strong>{atlas.techniques.get(link.parent)?.name}</strong>
          <span className="graph-tooltip-summary">{link.reason}</span>
        </>
      ) : technique ? (
        <>
          <strong>{technique.name}</strong> <span className="muted">{technique.year}</span>
          <span className="graph-tooltip-summary">{firstSentence(technique.description)}</span>
        </>
      ) : null}
    </GraphTooltip>
  )
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text)
  return m ? m[1]! : text
}
