import type { Core, NodeCollection } from 'cytoscape'
import { useCallback, useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react'
import type { Point } from '../../domain/layout/layoutGeometry'
import type { ViewAt } from '../../domain/url/viewState'
import type { GraphHighlight } from './graphHighlight'
import { exposeTestHooks } from './testHooks'
import { registerViewportReader } from './viewportLink'
import { fitExtent } from './viewportFit'

/**
 * Where the graph looks: the first view (a shared link's `at`, else the whole map, a lineage's
 * close-up or a landmark's on a small screen), made again when the canvas changes size until the
 * visitor moves it; the toolbar's and keys' zoom, fit and reset; readiness once the first frame
 * is painted (the static first frame steps aside then: useFirstFrame).
 */
export function useGraphCamera(
  cy: Core | null,
  containerRef: RefObject<HTMLDivElement | null>,
  options: {
    highlight: GraphHighlight | null
    /** Where the graph opens for a canvas size (the instance was created there). */
    opening: (canvas: { width: number; height: number }) => { zoom: number; pan: Point }
    /** The whole map fitted into a canvas size. */
    whole: (canvas: { width: number; height: number }) => { zoom: number; pan: Point }
    at: ViewAt | undefined
    onReady: (() => void) | undefined
  },
) {
  const { highlight, opening, whole, at, onReady } = options
  const fitAll = useCallback(() => {
    if (cy) cy.viewport(whole({ width: cy.width(), height: cy.height() }))
  }, [cy, whole])
  const userMovedRef = useRef(false)
  // Fits some techniques between the toolbar and the time axis (plain cy.fit would put some
  // under the toolbar), never zooming in past a comfortable reading size.
  const fitTo = (eles: NodeCollection) => {
    if (!cy) return
    // Names are drawn only where they fit, and they keep their size on screen: room is kept
    // for them in screen pixels (about half a long name each side, a line above and below).
    const b = eles.boundingBox({ includeLabels: false, includeOverlays: false })
    const view = fitExtent(
      { x1: b.x1, y1: b.y1 - 10, w: b.w, h: b.h + 20 },
      { width: cy.width(), height: cy.height() },
      { min: cy.minZoom(), max: Math.min(cy.maxZoom(), 2) },
      70,
    )
    cy.viewport(view)
  }
  const zoomBy = (factor: number) => {
    if (!cy) return
    userMovedRef.current = true
    cy.zoom({
      level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)),
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    })
  }
  const fitVisible = () => {
    if (!cy) return
    userMovedRef.current = true
    const techniques = cy.nodes('.technique')
    const focus = highlight
      ? techniques.filter((n) => highlight.nodes.has(n.id()))
      : techniques.filter(':visible')
    fitTo(focus.nonempty() ? focus : techniques)
  }
  // The opening view (see openingView), made again when the canvas changes size; readiness
  // is signalled after the first painted frame.
  const initialFocus = useEffectEvent(() => {
    if (cy) cy.viewport(opening({ width: cy.width(), height: cy.height() }))
  })
  const [ready, setReady] = useState(false)
  const readyOnce = useEffectEvent(() => onReady?.())
  const openedAt = useEffectEvent(() => !!at)
  useEffect(() => {
    if (!cy) return
    initialFocus()
    // Copy link writes the viewport once the visitor has zoomed or panned (by hand, wheel, pinch,
    // toolbar or keys; not when the Atlas itself moved to show a selection).
    userMovedRef.current = false
    const markMoved = () => {
      userMovedRef.current = true
    }
    cy.on('dragpan pinchzoom scrollzoom', markMoved)
    const given = openedAt()
    const unregister = registerViewportReader(() => {
      if (!userMovedRef.current && !given) return null
      const zoom = cy.zoom()
      const pan = cy.pan()
      return { zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom }
    })
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        setReady(true)
        readyOnce()
        // Hooks for browser tests and the benchmark; what ships has none (ATLAS_TEST_HOOKS).
        if (!__ATLAS_TEST_HOOKS__) return
        performance.mark('atlas:graph-interactive')
        exposeTestHooks(cy, containerRef.current)
      })
    })
    // A notice or banner above the graph, or the side panel opening or folding, changes the
    // canvas's size: the first view is made again for the new size, unless the visitor has
    // moved the view since (or the link said where to look).
    // (Cytoscape also reports a resize when nothing changed, e.g. when first observed.)
    let size = `${cy.width()}×${cy.height()}`
    const refit = () => {
      const now = `${cy.width()}×${cy.height()}`
      if (now === size) return
      size = now
      if (!userMovedRef.current && !given) initialFocus()
    }
    cy.on('resize', refit)
    return () => {
      cy.off('resize', refit)
      cy.off('dragpan pinchzoom scrollzoom', markMoved)
      unregister()
      cancelAnimationFrame(frame)
      setReady(false)
      if (__ATLAS_TEST_HOOKS__) delete window.__atlasGraph
    }
  }, [cy, containerRef])

  return { ready, fitAll, fitVisible, zoomBy }
}
