import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape'
import { useCallback, useEffect, useEffectEvent, useState, type RefObject } from 'react'
import { addInSlices, yieldToBrowser } from './addInSlices'
import { loadCytoscape } from './cytoscapeLoader'
import { markStartup } from './interactionTiming'
import { ZOOM_RANGE } from './viewportFit'

/** Where a new instance opens and the stylesheet for that zoom. */
export interface Opening {
  zoom: number
  pan: { x: number; y: number }
  style: StylesheetJson
}

/**
 * Creates the Cytoscape instance once per container and element set (once its chunk is here),
 * and destroys it on cleanup (safe under StrictMode). `failed` says the chunk could not be
 * downloaded; `retry` asks again. Positions are preset, so no layout runs in the browser. The
 * instance starts where the graph opens, with the stylesheet for that zoom (styling every
 * element twice costs seconds on a large graph), and its elements are added in slices that
 * leave the browser free to answer input (see addInSlices); it is handed out once complete.
 * Later style changes are the caller's to apply.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: ElementDefinition[],
  opening: (canvas: { width: number; height: number }) => Opening,
): { cy: Core | null; failed: boolean; retry: () => void } {
  const [cy, setCy] = useState<Core | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [failed, setFailed] = useState(false)
  const openingNow = useEffectEvent(opening)
  useEffect(() => {
    const el = container.current
    if (!el) return
    markStartup('mounted')
    let live = true
    let instance: Core | undefined
    let resize: ResizeObserver | undefined
    const build = async () => {
      let cytoscape: Awaited<ReturnType<typeof loadCytoscape>>
      try {
        cytoscape = await loadCytoscape()
      } catch {
        if (live) setFailed(true)
        return
      }
      // The page's own work (React's commit and effects) finishes first; creating the instance
      // and adding each slice are tasks of their own.
      await yieldToBrowser()
      if (!live) return
      const created = create(cytoscape, el, elements.length, openingNow(size(el)))
      instance = created
      await yieldToBrowser()
      if (!live) return
      // Measuring each slice styles it and sizes its labels now, not all at the first draw.
      const add = (slice: ElementDefinition[]) => void created.add(slice).boundingBox()
      const complete = await addInSlices(elements, add, () => live, {
        size: 8,
        budget: 12,
        now: () => performance.now(),
        yieldToBrowser,
      })
      if (!complete) return
      markStartup('cytoscape')
      setFailed(false)
      setCy(created)
      resize = new ResizeObserver(() => created.resize())
      resize.observe(el)
    }
    void build()
    return () => {
      live = false
      resize?.disconnect()
      setCy(null)
      instance?.destroy()
    }
  }, [container, elements, attempt])
  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { cy, failed, retry }
}

function size(el: HTMLElement) {
  return { width: el.clientWidth, height: el.clientHeight }
}

function create(
  cytoscape: Awaited<ReturnType<typeof loadCytoscape>>,
  el: HTMLDivElement,
  count: number,
  opening: Opening,
): Core {
  return cytoscape({
    container: el,
    style: opening.style,
    zoom: opening.zoom,
    pan: opening.pan,
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    // One wheel notch zooms about 12 % (Cytoscape's default is under 5 %).
    wheelSensitivity: 2.5,
    // Large graphs pan smoothly from a cached texture; small ones redraw live.
    textureOnViewport: count > 3000,
    hideEdgesOnViewport: count > 6000,
    // Cytoscape's experimental WebGL renderer, only where a build asks for it (see
    // vite.config.ts: measured, not adopted).
    ...(count > __ATLAS_WEBGL_ABOVE__
      ? { renderer: { name: 'canvas', webgl: true } as never }
      : {}),
  })
}
