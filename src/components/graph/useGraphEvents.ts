import type { Core, EventObject, NodeSingular } from 'cytoscape'
import { useEffect, useEffectEvent } from 'react'
import { linkOf } from './elements'

export interface Hover {
  /** A technique id, or a lineage link's edge id. */
  id: string
  kind: 'technique' | 'link'
  x: number
  y: number
}

/**
 * Pointer events: a tap on a technique's marker or drawn name (or within reach of a marker: 24
 * px on touch, 10 px with a mouse) selects it, a tap on empty canvas clears the selection;
 * hovering a technique or a link reports it (and any tap or pan closes the hover card).
 */
export function useGraphEvents(
  cy: Core | null,
  onSelect: (id: string | undefined) => void,
  onHover: (hover: Hover | null) => void,
) {
  const select = useEffectEvent(onSelect)
  const hover = useEffectEvent(onHover)
  useEffect(() => {
    if (!cy) return
    const onTap = (event: EventObject) => {
      hover(null)
      const target: unknown = event.target
      const node = target as NodeSingular
      const technique =
        target !== cy &&
        typeof node.isNode === 'function' &&
        node.isNode() &&
        node.hasClass('technique')
      // A drawn name selects its technique...
      if (technique && node.hasClass('label-shown') && onLabel(node, event.position))
        return select(node.id())
      // ...and otherwise the marker nearest the tap, within reach. Not Cytoscape's own target:
      // at the exact centre of some polygon markers its hit test misses the marker and answers
      // with a link ending there, so that a tap dead on LoRA selected nothing.
      const touch = (event.originalEvent as PointerEvent | undefined)?.pointerType === 'touch'
      const near = nearestTechnique(cy, event.renderedPosition, touch ? 24 : 10)
      if (near || target === cy) return select(near)
      if (technique) select(node.id())
    }
    const container = cy.container()
    const onOver = (event: EventObject) => {
      if (container) container.style.cursor = 'pointer'
      const node = event.target as NodeSingular
      const p = node.renderedPosition()
      hover({ id: node.id(), kind: 'technique', x: p.x, y: p.y })
    }
    const onOut = () => {
      if (container) container.style.cursor = ''
      hover(null)
    }
    // Hovering a link says what it means: "QLoRA quantizes LoRA", with the reason.
    const onEdgeOver = (event: EventObject) => {
      const at = event.renderedPosition
      const edge = event.target as { data: () => Record<string, unknown> }
      if (at) hover({ id: linkOf(edge.data()).id, kind: 'link', ...at })
    }
    cy.on('tap', onTap)
    cy.on('mouseover', 'node.technique', onOver)
    cy.on('mouseout', 'node', onOut)
    cy.on('mouseover', 'edge', onEdgeOver)
    cy.on('mouseout', 'edge', onOut)
    cy.on('viewport', onOut)
    return () => {
      cy.off('tap', onTap)
      cy.off('mouseover', 'node.technique', onOver)
      cy.off('mouseout', 'node', onOut)
      cy.off('mouseover', 'edge', onEdgeOver)
      cy.off('mouseout', 'edge', onOut)
      cy.off('viewport', onOut)
    }
  }, [cy])
}

/** Whether a point (model coordinates) is on a node's drawn name. */
function onLabel(node: NodeSingular, at: { x: number; y: number } | undefined): boolean {
  if (!at) return false
  const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })
  return at.x >= box.x1 && at.x <= box.x2 && at.y >= box.y1 && at.y <= box.y2
}

/** The technique whose marker is closest to a point on screen, within `radius` pixels. */
function nearestTechnique(
  cy: Core,
  point: { x: number; y: number } | undefined,
  radius: number,
): string | undefined {
  if (!point) return undefined
  let best: string | undefined
  let bestDistance = radius
  cy.nodes('.technique').forEach((node) => {
    if (!node.visible()) return
    const p = node.renderedPosition()
    const d = Math.hypot(p.x - point.x, p.y - point.y) - node.renderedWidth() / 2
    if (d <= bestDistance) {
      best = node.id()
      bestDistance = d
    }
  })
  return best
}
