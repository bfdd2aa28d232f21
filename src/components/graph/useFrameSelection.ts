import type { Core } from 'cytoscape'
import { useEffect, useRef } from 'react'
import { READABLE_ZOOM } from './viewportFit'

/**
 * Brings a new selection and its parents and children into view: pan if they fit at this zoom,
 * zoom out if they fit at a zoom that stays readable, else centre the selection. (The selection
 * an instance opens with was framed by its first view.)
 */
export function useFrameSelection(
  cy: Core | null,
  selected: string | undefined,
  reducedMotion: boolean,
) {
  // zoom, zoom out if they fit at a zoom that stays readable, else centre the selection.
  const shownSelectionRef = useRef<{ cy: Core | null; id: string | undefined }>({
    cy: null,
    id: undefined,
  })
  useEffect(() => {
    const last = shownSelectionRef.current
    shownSelectionRef.current = { cy, id: selected }
    if (!cy || !selected || last.cy !== cy || last.id === selected) return
    const node = cy.getElementById(selected)
    if (node.empty() || !node.visible()) return
    const near = node.union(node.incomers('node')).union(node.outgoers('node')).filter(':visible')
    const box = near.renderedBoundingBox({ includeLabels: false, includeOverlays: false })
    const margin = 48
    // The toolbar and the time axis cover the top and bottom strips.
    const [top, bottom] = [margin + 40, cy.height() - margin - 26]
    const inView =
      box.x1 > margin && box.x2 < cy.width() - margin && box.y1 > top && box.y2 < bottom
    if (inView) return
    const zoom = cy.zoom()
    const fitZoom = Math.min(
      zoom,
      (cy.width() - 2 * margin) / Math.max(1, box.w / zoom),
      (bottom - top) / Math.max(1, box.h / zoom),
    )
    const target =
      fitZoom >= READABLE_ZOOM
        ? {
            zoom: fitZoom,
            pan: {
              x: cy.width() / 2 - (fitZoom * ((box.x1 + box.x2) / 2 - cy.pan().x)) / zoom,
              y: (top + bottom) / 2 - (fitZoom * ((box.y1 + box.y2) / 2 - cy.pan().y)) / zoom,
            },
          }
        : {
            zoom,
            pan: {
              x: cy.width() / 2 - zoom * node.position().x,
              y: (top + bottom) / 2 - zoom * node.position().y,
            },
          }
    if (reducedMotion) cy.viewport(target)
    else cy.animate(target, { duration: 250 })
  }, [cy, selected, reducedMotion])
}
