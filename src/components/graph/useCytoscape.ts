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
 * element twice costs seconds on a large graph); `prepare` gives the elements as they are first
 * drawn there (with their names), and they are added in slices that leave the browser free to
 * answer input (see addInSlices). Cytoscape draws what each slice added while the canvas is still
 * hidden, so no single drawing of the whole view is left for the end, and nothing is drawn twice
 * for a change made after it. The instance is handed out once complete; later style changes are
 * the caller's to apply.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: ElementDefinition[],
  opening: (canvas: { width: number; height: number }) => Opening,
  /** The element definitions as first drawn where the graph opens (e.g. with their names). */
  prepare: (
    elements: ElementDefinition[],
    view: Opening & { width: number; height: number },
  ) => ElementDefinition[],
): { cy: Core | null; failed: boolean; retry: () => void } {
  const [cy, setCy] = useState<Core | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [failed, setFailed] = useState(false)
  const openingNow = useEffectEvent(opening)
  const prepareNow = useEffectEvent(prepare)
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
      const canvas = size(el)
      const opening = openingNow(canvas)
      const created = create(cytoscape, el, elements.length, opening)
      instance = created
      withoutLayerCache(created, elements.length)
      // What the caller draws from the opening view (the time axis) is in the page first.
      await nextFrame()
      if (!live) return
      const prepared = prepareNow(elements, { ...opening, ...canvas })
      // Measuring each slice styles it and sizes its labels now, not all at the first draw.
      const add = (slice: ElementDefinition[]) => void created.add(slice).boundingBox()
      const complete = await addInSlices(prepared, add, () => live, {
        // Lighthouse's phone figures are this machine's tasks times four: at 4 ms (plus the
        // last add's overshoot) a slice stays under its 50 ms "long task" there. Small slices
        // cost no time here: interactive at 1280 × 800 in 882 ms against 886 with 12 ms
        // slices of 8 (medians of 8 loads).
        size: 4,
        budget: 4,
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

/**
 * Cytoscape's canvas renderer keeps, besides a texture per element, "layers": the whole graph
 * drawn into large textures, rebuilt in the background after every change, so that a huge
 * graph pans as a few images. At a few hundred elements drawing each from its own texture is
 * fast, and building the layers was the longest work of the start (the whole map drawn several
 * times while its elements were still being added): for graphs under LAYERS_ABOVE elements the
 * renderer is told there are no layers, and draws its elements directly. (Not an option of
 * Cytoscape's: the renderer's own fallback when it has no layers; if a version stops having
 * this cache, nothing is changed.)
 */
function withoutLayerCache(cy: Core, count: number) {
  if (count > LAYERS_ABOVE) return
  const renderer = (cy as unknown as { renderer?: () => unknown }).renderer?.() as
    { data?: { lyrTxrCache?: { getLayers?: unknown } } } | undefined
  const layers = renderer?.data?.lyrTxrCache
  if (layers && typeof layers.getLayers === 'function') layers.getLayers = () => null
}

/** The element count above which the layers are kept (where panning from textures starts). */
const LAYERS_ABOVE = 3000

/** The next frame, and a turn after it; or 50 ms, where frames do not come (a hidden tab). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const late = setTimeout(resolve, 50)
    requestAnimationFrame(() => {
      clearTimeout(late)
      setTimeout(resolve, 0)
    })
  })
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
    textureOnViewport: count > LAYERS_ABOVE,
    hideEdgesOnViewport: count > 6000,
    // Cytoscape's experimental WebGL renderer, only where a build asks for it (see
    // vite.config.ts: measured, not adopted).
    ...(count > __ATLAS_WEBGL_ABOVE__
      ? { renderer: { name: 'canvas', webgl: true } as never }
      : {}),
  })
}
