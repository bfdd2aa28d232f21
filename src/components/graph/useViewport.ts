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
 * when it changed.
 */
export function useViewport(cy: Core | null): Viewport | null {
  const [viewport, setViewport] = useState<Viewport | null>(null)
  useEffect(() => {
    if (!cy) return
    let frame = 0
    const read = () => {
      frame = 0
      const next = { zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() }
      // Cytoscape reports resizes and viewport events that change nothing (e.g. when an
      // attribute of its container changes): the same viewport is not new state.
      setViewport((now) => (now && sameViewport(now, next) ? now : next))
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read)
    }
    schedule()
    cy.on('viewport resize', schedule)
    return () => {
      cy.off('viewport resize', schedule)
      cancelAnimationFrame(frame)
    }
  }, [cy])
  return viewport
}
