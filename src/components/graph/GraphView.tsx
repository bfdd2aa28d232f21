import type { Core, ElementDefinition, NodeCollection } from 'cytoscape'
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import { linkById, type Atlas } from '../../domain/atlas'
import { RELATION_LABELS } from '../../domain/constants'
import { labelImportance, type Rect } from '../../domain/labels'
import type { UnmatchedMode, ViewAt } from '../../domain/viewState'
import { familyShape, shapePath } from '../../theme/shapes'
import { TOKENS, familyColor, type Theme } from '../../theme/tokens'
import { StateLegend } from '../StateLegend'
import { GraphToolbar } from './GraphToolbar'
import { GraphTooltip } from './GraphTooltip'
import { graphStyle, zoomStep } from './graphStyle'
import { graphSnapshot, type GraphSnapshot } from './graphSnapshot'
import { TimeAxis } from './TimeAxis'
import { useCytoscape } from './useCytoscape'
import { useGraphEvents, type Hover } from './useGraphEvents'
import { useGraphKeyboard } from './useGraphKeyboard'
import { useMapLabels } from './useMapLabels'
import { useStateClasses } from './useStateClasses'
import { useViewport } from './useViewport'
import { registerViewportReader } from './viewportLink'
import { CLOSE_UP_ZOOM, fitExtent, positionsExtent, READABLE_ZOOM } from './viewportFit'
import { firstFrameMarkup, releaseFirstFrame } from './firstFrame'

export interface GraphHighlight {
  nodes: ReadonlySet<string>
  edges: ReadonlySet<string>
}

export interface GraphViewProps {
  atlas: Atlas
  elements: ElementDefinition[]
  /** The year columns of the layout, for the time axis. */
  years: readonly { year: number; x0: number; x1: number }[]
  theme: Theme
  matching: ReadonlySet<string>
  unmatched: UnmatchedMode
  highlight: GraphHighlight | null
  selected: string | undefined
  reducedMotion: boolean
  /** Techniques whose names are always drawn (both ends of a path). */
  named?: readonly string[]
  /** Years the time axis marks; the selection's year when absent. */
  markedYears?: readonly number[]
  /** Where to look when the graph opens (from a shared link); fit to the map otherwise. */
  at?: ViewAt
  onSelect: (id: string | undefined) => void
  /** Text for the page's polite live region (keyboard moves). */
  onAnnounce: (text: string) => void
  /** Once, when the graph has first drawn and is interactive. */
  onReady?: () => void
}

declare global {
  interface Window {
    /** Read-only hooks for browser tests and the benchmark. */
    __atlasGraph?: {
      ready: boolean
      /** A node's position in page coordinates, if it is drawn. */
      nodePagePosition: (id: string) => { x: number; y: number } | null
      zoom: () => number
      /** What is drawn, in container pixels (markers, labels, edge paths). */
      snapshot: () => GraphSnapshot
      /** The classes the graph applied to a technique or link. */
      classes: (id: string) => string[]
    }
  }
}

const ZOOM_STEP = 1.25
/** Above this many techniques the graph switches to its large-graph style (see graphStyle). */
const LARGE_GRAPH = 1000

/**
 * The only component that knows Cytoscape: draws the lineage and reflects state as classes.
 * Composition only; each concern is its own hook or component (instance, viewport, labels,
 * state classes, pointer events, keyboard, toolbar, hover card, time axis).
 */
export function GraphView(props: GraphViewProps) {
  const { atlas, elements, years, theme, matching, unmatched, highlight, selected, reducedMotion } =
    props
  const containerRef = useRef<HTMLDivElement>(null)
  const large = atlas.techniques.size > LARGE_GRAPH
  // The instance starts at zoom 1; sizes follow the zoom (in steps) once it is fitted.
  const [styleZoom, setStyleZoom] = useState(1)
  const style = useMemo(
    () => graphStyle(theme, atlas.categories.size, { large, zoom: styleZoom }),
    [theme, atlas, large, styleZoom],
  )
  const cy = useCytoscape(containerRef, elements, style)
  const viewport = useViewport(cy)
  const viewportStep = viewport ? zoomStep(viewport.zoom) : null
  if (viewportStep !== null && viewportStep !== styleZoom) setStyleZoom(viewportStep)

  // Style follows the theme and zoom without rebuilding the instance (the first came with it).
  const appliedStyle = useRef(style)
  useEffect(() => {
    if (!cy || appliedStyle.current === style) return
    appliedStyle.current = style
    cy.style(style)
  }, [cy, style])

  const isHidden = useCallback(
    (id: string) => !matching.has(id) && unmatched === 'hide',
    [matching, unmatched],
  )
  const overlaysRef = useRef<HTMLDivElement>(null)
  const overlays = useCallback(
    () => [...(overlaysRef.current?.querySelectorAll('.graph-controls, .time-axis') ?? [])],
    [],
  )
  const importance = useMemo(() => labelImportance(atlas), [atlas])
  const landmark = useMemo(() => [...importance].sort((a, b) => b[1] - a[1])[0]?.[0], [importance])
  const edgeLabels = useMapLabels(
    cy,
    importance,
    viewport,
    highlight,
    selected,
    isHidden,
    overlays,
    props.named,
  )
  useStateClasses(
    cy,
    matching,
    unmatched,
    highlight,
    selected,
    matching.size < atlas.techniques.size,
  )
  const [hover, setHover] = useState<Hover | null>(null)
  const [keyOpen, setKeyOpen] = useState(false)
  useGraphEvents(cy, props.onSelect, setHover)

  // The extent of the preset positions: fitting to it needs no bounding-box pass over every
  // element and label, which dominates start-up on a large graph.
  const extent = useMemo(() => positionsExtent(elements), [elements])
  const fitAll = useCallback(() => {
    if (!cy) return
    cy.viewport(
      fitExtent(
        extent,
        { width: cy.width(), height: cy.height() },
        { min: cy.minZoom(), max: cy.maxZoom() },
      ),
    )
  }, [cy, extent])
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
  const exportAs = async (format: 'png' | 'svg') => {
    if (!cy) return
    const { exportPng, exportSvg } = await import('./exportGraph')
    const name = `fine-tuning-atlas${selected ? `-${selected}` : ''}.${format}`
    const t = TOKENS[theme]
    const subject = selected ? atlas.techniques.get(selected)?.name : undefined
    // The families drawn, in legend order.
    const drawn = new Set<number>()
    cy.nodes('.technique')
      .filter(':visible')
      .forEach((n) => {
        const m = /family-(\d+)/.exec(n.classes().join(' '))
        if (m) drawn.add(Number(m[1]))
      })
    const meta = {
      title: subject
        ? `${subject} in the Fine-Tuning Atlas`
        : 'Fine-Tuning Atlas: the lineage of fine-tuning techniques',
      source: `Fine-Tuning Atlas · ${window.location.href} · data CC BY 4.0 · ${new Date().toISOString().slice(0, 10)}`,
      legend: [...atlas.categories.values()]
        .map((c, i) => ({
          name: c.name,
          color: familyColor(theme, i),
          path: shapePath(familyShape(i)),
          i,
        }))
        .filter((f) => drawn.has(f.i)),
      text: t.text,
      muted: t.muted,
    }
    if (format === 'png') await exportPng(cy, t.bg, meta, name)
    else exportSvg(cy, t.bg, meta, name)
  }

  const keyboard = useGraphKeyboard(cy, atlas, {
    selected,
    // Only what is drawn: a re-packed view leaves the rest of the map out.
    isVisible: (id) =>
      !!cy?.getElementById(id).nonempty() && (matching.has(id) || unmatched === 'dim'),
    onSelect: props.onSelect,
    onAnnounce: props.onAnnounce,
    zoomIn: () => zoomBy(ZOOM_STEP),
    zoomOut: () => zoomBy(1 / ZOOM_STEP),
    fit: fitVisible,
    reset: fitAll,
  })

  // First fit, then signal readiness after the first painted frame. On a small screen, a link
  // with a selection opens on its lineage rather than on an unreadably small whole graph.
  const initialFocus = useEffectEvent(() => {
    if (!cy) return
    const at = props.at
    if (at) {
      cy.viewport({
        zoom: at.zoom,
        pan: { x: cy.width() / 2 - at.zoom * at.x, y: cy.height() / 2 - at.zoom * at.y },
      })
      return
    }
    fitAll()
    if (highlight && cy.zoom() < 0.6) {
      const focus = cy.nodes('.technique').filter((n) => highlight.nodes.has(n.id()))
      if (focus.nonempty()) fitTo(focus)
    }
    // Never open too far out to read: on a small screen a long lineage opens around the
    // selection (or, with none, around the best-known technique); the rest is a pinch away.
    const centre = selected ?? (highlight ? undefined : landmark)
    if (cy.zoom() < READABLE_ZOOM && centre) {
      cy.zoom(CLOSE_UP_ZOOM)
      cy.center(cy.getElementById(centre))
    }
  })
  const [ready, setReady] = useState(false)
  const readyOnce = useEffectEvent(() => props.onReady?.())
  const [frame] = useState(firstFrameMarkup)
  useEffect(() => {
    if (ready) releaseFirstFrame()
  }, [ready])
  const openedAt = useEffectEvent(() => !!props.at)
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
        const container = containerRef.current
        window.__atlasGraph = {
          ready: true,
          zoom: () => cy.zoom(),
          snapshot: () => graphSnapshot(cy),
          // A link drawn as two stubs answers with its pieces' classes.
          classes: (id) => {
            const el = cy.getElementById(id)
            return el.nonempty() ? el.classes() : cy.getElementById(`${id}#in`).classes()
          },
          nodePagePosition(id) {
            const node = cy.getElementById(id)
            if (node.empty() || !node.visible() || !container) return null
            const box = container.getBoundingClientRect()
            const p = node.renderedPosition()
            return { x: box.left + p.x, y: box.top + p.y }
          },
        }
      })
    })
    return () => {
      cy.off('dragpan pinchzoom scrollzoom', markMoved)
      unregister()
      cancelAnimationFrame(frame)
      setReady(false)
      if (__ATLAS_TEST_HOOKS__) delete window.__atlasGraph
    }
  }, [cy])

  // Bring a new selection and its parents and children into view: pan if they fit at this
  // zoom, zoom out if they fit at a zoom that stays readable, else centre the selection.
  // (The selection an instance opens with was framed by its initial focus.)
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

  // The hover card keeps clear of the highlighted lineage's markers and labels.
  const lineageRects = useCallback((): Rect[] => {
    if (!cy || !highlight) return []
    return cy
      .nodes('.technique')
      .filter((n) => highlight.nodes.has(n.id()))
      .map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false })
        return { x0: b.x1, y0: b.y1, x1: b.x2, y1: b.y2 }
      })
  }, [cy, highlight])

  const hovered = hover?.kind === 'technique' ? atlas.techniques.get(hover.id) : undefined
  const hoveredLink = hover?.kind === 'link' ? linkById(atlas, hover.id) : undefined
  const cursorName = keyboard.cursor ? atlas.techniques.get(keyboard.cursor)?.name : undefined
  const canvas = viewport ? { width: viewport.width, height: viewport.height } : null

  return (
    <div className="graph" ref={overlaysRef}>
      {frame && !ready ? (
        <div
          id="first-frame-host"
          className="first-frame-host"
          aria-hidden="true"
          // The build's own drawing (names escaped there), read back from the page it wrote.
          // eslint-disable-next-line no-restricted-syntax
          dangerouslySetInnerHTML={{ __html: frame }}
        />
      ) : null}
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-ready={ready ? 'true' : 'false'}
        tabIndex={0}
        role="application"
        aria-roledescription="lineage graph"
        aria-label={`Technique lineage graph${cursorName ? `, on ${cursorName}` : ''}`}
        aria-describedby="graph-help"
        onKeyDown={keyboard.onKeyDown}
        onFocus={keyboard.onFocus}
        onBlur={keyboard.onBlur}
      />
      <div className="edge-labels" aria-hidden="true">
        {edgeLabels.map((l) => (
          <span key={l.id} className="edge-label" style={{ left: l.x, top: l.y }}>
            {l.text}
          </span>
        ))}
      </div>
      {viewport ? (
        <TimeAxis
          years={years}
          viewport={viewport}
          marked={
            props.markedYears ??
            (selected && atlas.techniques.has(selected)
              ? [atlas.techniques.get(selected)!.year]
              : [])
          }
        />
      ) : null}
      <p id="graph-help" className="visually-hidden">
        Arrow keys move between connected techniques: up to a parent, down to a child, left and
        right among siblings. Enter opens the technique, Escape clears the selection, plus and minus
        zoom, F fits the view, 0 resets it. Press question mark for all shortcuts.
      </p>
      <GraphToolbar
        onZoomIn={() => zoomBy(ZOOM_STEP)}
        onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
        onFit={fitVisible}
        onReset={fitAll}
        onExport={(format) => void exportAs(format)}
        keyOpen={keyOpen}
        onKey={() => setKeyOpen((open) => !open)}
      />
      {keyOpen ? (
        <div className="graph-key" id="graph-key">
          <StateLegend theme={theme} />
        </div>
      ) : null}
      {hover && canvas && (hoveredLink || hovered) ? (
        <GraphTooltip anchor={hover} canvas={canvas} avoid={lineageRects}>
          {hoveredLink ? (
            <>
              <strong>{atlas.techniques.get(hoveredLink.child)?.name}</strong>{' '}
              <em>{RELATION_LABELS[hoveredLink.relation]}</em>{' '}
              <strong>{atlas.techniques.get(hoveredLink.parent)?.name}</strong>
              <span className="graph-tooltip-summary">{hoveredLink.reason}</span>
            </>
          ) : hovered ? (
            <>
              <strong>{hovered.name}</strong> <span className="muted">{hovered.year}</span>
              <span className="graph-tooltip-summary">{firstSentence(hovered.description)}</span>
            </>
          ) : null}
        </GraphTooltip>
      ) : null}
    </div>
  )
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text)
  return m ? m[1]! : text
}
