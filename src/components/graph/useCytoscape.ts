import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape'
import { useEffect, useEffectEvent, useState, type RefObject } from 'react'
import { markStartup } from './interactionTiming'

/**
 * Creates the Cytoscape instance once per container and element set, and destroys it on
 * cleanup (safe under StrictMode). Positions are preset, so no layout runs in the browser. The
 * instance starts with the current stylesheet (styling every element twice costs seconds on a
 * large graph); later style changes are the caller's to apply.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: ElementDefinition[],
  style: StylesheetJson,
): Core | null {
  const [cy, setCy] = useState<Core | null>(null)
  const initialStyle = useEffectEvent(() => style)
  useEffect(() => {
    const el = container.current
    if (!el) return
    markStartup('mounted')
    const instance = cytoscape({
      container: el,
      elements,
      style: initialStyle(),
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
    markStartup('cytoscape')
    // Publishing the new external instance to the sibling effects is what this state is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCy(instance)
    const resize = new ResizeObserver(() => instance.resize())
    resize.observe(el)
    return () => {
      resize.disconnect()
      setCy(null)
      instance.destroy()
    }
  }, [container, elements])
  return cy
}
