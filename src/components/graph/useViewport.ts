import type { Core } from 'cytoscape'
import { useEffect, useState } from 'react'

export interface Viewport {
  zoom: number
  pan: { x: number; y: number }
  width: number
  height: number
}

/** The graph's viewport as React state, updated at most once per animation frame. */
export function useViewport(cy: Core | null): Viewport | null {
  const [viewport, setViewport] = useState<Viewport | null>(null)
  useEffect(() => {
    if (!cy) return
    let frame = 0
    const read = () => {
      frame = 0
      setViewport({ zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() })
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
