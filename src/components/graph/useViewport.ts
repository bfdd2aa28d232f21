import type { Core } from 'cytoscape'
import { useEffect, useState } from 'react'

export interface Viewport {
  zoom: number
  pan: { x: number; y: number }
  width: number
  height: number
}

export function sameViewport(a: Viewport, b: Viewport): boolean {
  return (
    a.zoom === b.zoom &&
    a.pan.x === b.pan.x &&
    a.pan.y === b.pan.y &&
    a.width === b.width &&
    a.height === b.height
  )
}

/**
 * The graph's viewport as React state, updated at most once per animation frame, and only
 * when it changed. A new instance has none until it is read: an earlier instance's viewport
 * (a re-packed view's, say) would restyle the new one for the wrong zoom.
 */
export function useViewport(cy: Core | null): Viewport | null {
  const [read, setRead] = useState<{ cy: Core; viewport: Viewport } | null>(null)
  useEffect(() => {
    if (!cy) return
    let frame = 0
    const readNow = () => {
      frame = 0
      const next = { zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() }
      // Cytoscape reports resizes and viewport events that change nothing (e.g. when an
      // attribute of its container changes): the same viewport is not new state.
      setRead((now) =>
        now && now.cy === cy && sameViewport(now.viewport, next) ? now : { cy, viewport: next },
      )
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(readNow)
    }
    schedule()
    cy.on('viewport resize', schedule)
    return () => {
      cy.off('viewport resize', schedule)
      cancelAnimationFrame(frame)
    }
  }, [cy])
  return read && read.cy === cy ? read.viewport : null
}
