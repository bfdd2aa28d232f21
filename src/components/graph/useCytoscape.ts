import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape'
import { useCallback, useEffect, useEffectEvent, useState, type RefObject } from 'react'
import { loadCytoscape } from './cytoscapeLoader'
import { markStartup } from './interactionTiming'

/**
 * Creates the Cytoscape instance once per container and element set (once its chunk is here),
 * and destroys it on cleanup (safe under StrictMode). `failed` says the chunk could not be
 * downloaded; `retry` asks again. Positions are preset, so no layout runs in the browser. The
 * instance starts with the current stylesheet (styling every element twice costs seconds on a
 * large graph); later style changes are the caller's to apply.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: ElementDefinition[],
  style: StylesheetJson,
): { cy: Core | null; failed: boolean; retry: () => void } {
  const [cy, setCy] = useState<Core | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [failed, setFailed] = useState(false)
  const initialStyle = useEffectEvent(() => style)
  useEffect(() => {
    const el = container.current
    if (!el) return
    markStartup('mounted')
    let live = true
    let instance: Core | undefined
    let resize: ResizeObserver | undefined
    loadCytoscape().then(
      (cytoscape) => {
        if (!live) return
        instance = create(cytoscape, el, elements, initialStyle())
        markStartup('cytoscape')
        setFailed(false)
        setCy(instance)
        const created = instance
        resize = new ResizeObserver(() => created.resize())
        resize.observe(el)
      },
      () => {
        if (live) setFailed(true)
      },
    )
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

function create(
  cytoscape: Awaited<ReturnType<typeof loadCytoscape>>,
  el: HTMLDivElement,
  elements: ElementDefinition[],
  style: StylesheetJson,
): Core {
  return cytoscape({
    container: el,
    elements,
    style,
    layout: { name: 'preset', fit: false },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    // One wheel notch zooms about 12 % (Cytoscape's default is under 5 %).
    wheelSensitivity: 2.5,
    // Large graphs pan smoothly from a cached texture; small ones redraw live.
    textureOnViewport: elements.length > 3000,
    hideEdgesOnViewport: elements.length > 6000,
    // Cytoscape's experimental WebGL renderer, only where a build asks for it (see
    // vite.config.ts: measured, not adopted).
    ...(elements.length > __ATLAS_WEBGL_ABOVE__
      ? { renderer: { name: 'canvas', webgl: true } as never }
      : {}),
  })
}
