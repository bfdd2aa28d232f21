import type { Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape'
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import { linkById, neighbours, type Atlas } from '../../domain/atlas'
import { RELATION_LABELS } from '../../domain/constants'
import { labelImportance } from '../../domain/labels'
import type { UnmatchedMode } from '../../domain/viewState'
import { TOKENS, type Theme } from '../../theme/tokens'
import { graphStyle, zoomStep } from './graphStyle'
import { markGraphUpdated } from './interactionTiming'
import { graphSnapshot, type GraphSnapshot } from './graphSnapshot'
import { edgeClasses, edgeMask, nodeClasses, nodeMask, withState } from './stateClasses'
import { TimeAxis } from './TimeAxis'
import { useCytoscape } from './useCytoscape'
import { useMapLabels } from './useMapLabels'
import { useViewport } from './useViewport'

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
  onSelect: (id: string | undefined) => void
  /** Text for the page's polite live region (keyboard moves). */
  onAnnounce: (text: string) => void
}

interface Hover {
  /** A technique id, or a lineage link's edge id. */
  id: string
  kind: 'technique' | 'link'
  x: number
  y: number
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
/** Below this zoom the whole map is too dense to read on a small screen. */
const READABLE_ZOOM = 0.16
/** Above this many techniques the graph switches to its large-graph style (see graphStyle). */
const LARGE_GRAPH = 1000

/** Bounding box of preset node positions, widened for their labels. */
function positionsExtent(elements: ElementDefinition[]) {
  let x1 = Infinity
  let y1 = Infinity
  let x2 = -Infinity
  let y2 = -Infinity
  for (const e of elements) {
    if (!e.position) continue
    x1 = Math.min(x1, e.position.x)
    y1 = Math.min(y1, e.position.y)
    x2 = Math.max(x2, e.position.x)
    y2 = Math.max(y2, e.position.y)
  }
  if (!Number.isFinite(x1)) return { x1: 0, y1: 0, w: 1, h: 1 }
  // Labels are centred above their marker: about 60 units each side, 24 above.
  return { x1: x1 - 60, y1: y1 - 26, w: x2 - x1 + 120, h: y2 - y1 + 36 }
}

/** The only component that knows Cytoscape: draws the lineage, reflects state as classes. */
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
  const edgeLabels = useMapLabels(cy, importance, viewport, highlight, selected, isHidden, overlays)
  const [hover, setHover] = useState<Hover | null>(null)
  const [cursor, setCursor] = useState<string | undefined>(selected)
  // The keyboard cursor jumps to each new selection (adjusted while rendering, not in an effect).
  const [cursorFor, setCursorFor] = useState(selected)
  if (selected !== cursorFor) {
    setCursorFor(selected)
    if (selected) setCursor(selected)
  }
  const [ready, setReady] = useState(false)

  // The extent of the preset positions: fitting to it needs no bounding-box pass over every
  // element and label, which dominates start-up on a large graph.
  const extent = useMemo(() => positionsExtent(elements), [elements])
  const fitAll = useCallback(() => {
    if (!cy) return
    const pad = 16
    // The toolbar takes the top strip and the time axis the bottom one.
    const toolbar = 44
    const axis = 26
    const height = cy.height() - axis - toolbar
    const zoom = Math.min(
      cy.maxZoom(),
      Math.max(
        cy.minZoom(),
        Math.min((cy.width() - 2 * pad) / extent.w, (height - 2 * pad) / extent.h),
      ),
    )
    cy.viewport({
      zoom,
      pan: {
        x: cy.width() / 2 - zoom * (extent.x1 + extent.w / 2),
        y: toolbar + height / 2 - zoom * (extent.y1 + extent.h / 2),
      },
    })
  }, [cy, extent])

  // Style follows the theme without rebuilding the instance (the first one came with it).
  const appliedStyle = useRef(style)
  useEffect(() => {
    if (!cy || appliedStyle.current === style) return
    appliedStyle.current = style
    cy.style(style)
  }, [cy, style])

  // First fit, then signal readiness after the first painted frame. On a small screen, a link
  // with a selection opens on its lineage rather than on an unreadably small whole graph.
  const initialFocus = useEffectEvent(() => {
    if (!cy) return
    fitAll()
    if (highlight && cy.zoom() < 0.6) {
      const focus = cy.nodes('.technique').filter((n) => highlight.nodes.has(n.id()))
      if (focus.nonempty()) cy.fit(focus, 32)
    }
    // Never open too far out to read: on a small screen a long lineage opens around the
    // selection (or, with none, around the best-known technique); the rest is a pinch away.
    const centre = selected ?? (highlight ? undefined : landmark)
    if (cy.zoom() < READABLE_ZOOM && centre) {
      cy.zoom(READABLE_ZOOM)
      cy.center(cy.getElementById(centre))
    }
  })
  useEffect(() => {
    if (!cy) return
    initialFocus()
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        setReady(true)
        performance.mark('atlas:graph-interactive')
        const container = containerRef.current
        window.__atlasGraph = {
          ready: true,
          zoom: () => cy.zoom(),
          snapshot: () => graphSnapshot(cy),
          classes: (id) => cy.getElementById(id).classes(),
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
      cancelAnimationFrame(frame)
      setReady(false)
      delete window.__atlasGraph
    }
  }, [cy])

  // Filters, selection and lineage are classes, applied in one batch. Only elements whose state
  // changed are touched: Cytoscape restyles every element whose classes are set, which is what
  // costs time on a large graph.
  const applied = useRef(new Map<string, number>())
  // A new instance starts with no classes (declared first, so it runs before the update below).
  useEffect(() => {
    applied.current = new Map()
  }, [cy])
  useEffect(() => {
    if (!cy) return
    const last = applied.current
    cy.batch(() => {
      cy.nodes('.technique').forEach((node) => {
        const id = node.id()
        const mask = nodeMask({
          matches: matching.has(id),
          unmatched,
          inHighlight: highlight ? highlight.nodes.has(id) : null,
          selected: id === selected,
        })
        // Fresh elements carry no state classes, so a missing entry means 0.
        if ((last.get(id) ?? 0) === mask) return
        last.set(id, mask)
        node.classes(withState(node.classes(), nodeClasses(mask)))
      })
      cy.edges().forEach((edge) => {
        const id = edge.id()
        const mask = edgeMask({
          endsMatch:
            matching.has(edge.data('source') as string) &&
            matching.has(edge.data('target') as string),
          unmatched,
          inHighlight: highlight ? highlight.edges.has(id) : null,
        })
        if ((last.get(id) ?? 0) === mask) return
        last.set(id, mask)
        edge.classes(withState(edge.classes(), edgeClasses(mask)))
      })
    })
    markGraphUpdated()
  }, [cy, matching, unmatched, highlight, selected])
  // The keyboard cursor is drawn as an overlay, only while the graph has keyboard focus (so it
  // never shows in a screenshot or an export).
  const [focused, setFocused] = useState(false)
  useEffect(() => {
    if (!cy) return
    cy.batch(() => {
      cy.nodes('.cursor').removeClass('cursor')
      if (cursor && focused) cy.getElementById(cursor).addClass('cursor')
    })
  }, [cy, cursor, focused])

  // Bring a new selection into view without moving anything else.
  useEffect(() => {
    if (!cy || !selected) return
    const node = cy.getElementById(selected)
    if (node.empty()) return
    const p = node.renderedPosition()
    const margin = 40
    const inView =
      p.x > margin && p.y > margin && p.x < cy.width() - margin && p.y < cy.height() - margin
    if (inView) return
    if (reducedMotion) cy.center(node)
    else cy.animate({ center: { eles: node } }, { duration: 250 })
  }, [cy, selected, reducedMotion])

  const select = useEffectEvent((id: string | undefined) => props.onSelect(id))
  const hoverLink = useEffectEvent((id: string, at: { x: number; y: number } | undefined) => {
    if (at) setHover({ id, kind: 'link', x: at.x, y: at.y })
  })
  const hoverNode = useEffectEvent((node: NodeSingular | null) => {
    if (!node) return setHover(null)
    const p = node.renderedPosition()
    setHover({ id: node.id(), kind: 'technique', x: p.x, y: p.y })
  })

  useEffect(() => {
    if (!cy) return
    const onTap = (event: EventObject) => {
      hoverNode(null)
      const target: unknown = event.target
      if (target === cy) {
        // A tap close to a technique selects it: 24 px on touch, 10 px with a mouse.
        const touch = (event.originalEvent as PointerEvent | undefined)?.pointerType === 'touch'
        const near = nearestTechnique(cy, event.renderedPosition, touch ? 24 : 10)
        return select(near)
      }
      const node = target as NodeSingular
      if (typeof node.isNode === 'function' && node.isNode() && node.hasClass('technique'))
        select(node.id())
    }
    const container = cy.container()
    const onOver = (event: EventObject) => {
      if (container) container.style.cursor = 'pointer'
      hoverNode(event.target as NodeSingular)
    }
    const onOut = () => {
      if (container) container.style.cursor = ''
      hoverNode(null)
    }
    // Hovering a link says what it means: "QLoRA quantizes LoRA", with the reason.
    const onEdgeOver = (event: EventObject) =>
      hoverLink((event.target as { id: () => string }).id(), event.renderedPosition)
    cy.on('tap', onTap)
    cy.on('mouseover', 'node.technique', onOver)
    cy.on('mouseout', 'node', onOut)
    cy.on('mouseover', 'edge', onEdgeOver)
    cy.on('mouseout', 'edge', onOut)
    cy.on('viewport', onOut)
    return () => {
      cy.off('tap', onTap)
      cy.off('mouseover', 'node.technique', onOver)
      cy.off('mouseout', 'node', onOut)
      cy.off('mouseover', 'edge', onEdgeOver)
      cy.off('mouseout', 'edge', onOut)
      cy.off('viewport', onOut)
    }
  }, [cy])

  const zoomBy = (factor: number) => {
    if (!cy) return
    cy.zoom({
      level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)),
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    })
  }
  const fitVisible = () => {
    if (!cy) return
    const techniques = cy.nodes('.technique')
    const focus = highlight
      ? techniques.filter((n) => highlight.nodes.has(n.id()))
      : techniques.filter(':visible')
    cy.fit(focus.nonempty() ? focus : undefined, 32)
  }
  const resetView = fitAll
  const exportAs = async (format: 'png' | 'svg') => {
    if (!cy) return
    const { exportPng, exportSvg } = await import('./exportGraph')
    const name = `fine-tuning-atlas${selected ? `-${selected}` : ''}.${format}`
    const background = TOKENS[theme].bg
    if (format === 'png') exportPng(cy, background, name)
    else exportSvg(cy, background, name)
  }

  const describe = (id: string) => {
    const t = atlas.techniques.get(id)
    if (!t) return ''
    const n = neighbours(atlas, id)
    return `${t.name}, ${t.year}. ${n.parents.length} parent${n.parents.length === 1 ? '' : 's'}, ${n.children.length} child${n.children.length === 1 ? '' : 'ren'}. Press Enter to open.`
  }

  const moveCursor = (id: string | undefined) => {
    if (!id) return
    setCursor(id)
    props.onAnnounce(describe(id))
    const node = cy?.getElementById(id)
    if (cy && node && node.nonempty()) {
      const p = node.renderedPosition()
      if (p.x < 20 || p.y < 20 || p.x > cy.width() - 20 || p.y > cy.height() - 20) cy.center(node)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Only what is drawn: a re-packed view leaves the rest of the map out.
    const visible = (id: string) =>
      !!cy?.getElementById(id).nonempty() && (matching.has(id) || unmatched === 'dim')
    const current = cursor && atlas.techniques.has(cursor) ? cursor : undefined
    const first = () => atlas.data.techniques.find((t) => visible(t.id))?.id
    const n = current ? neighbours(atlas, current) : null
    const step = (list: string[], delta: number) => {
      const options = list.filter(visible)
      const i = options.indexOf(current!)
      return options[(i + delta + options.length) % options.length]
    }
    switch (event.key) {
      case 'ArrowUp':
        moveCursor(n ? n.parents.filter(visible)[0] : first())
        break
      case 'ArrowDown':
        moveCursor(n ? n.children.filter(visible)[0] : first())
        break
      case 'ArrowLeft':
        moveCursor(n ? step(n.siblings, -1) : first())
        break
      case 'ArrowRight':
        moveCursor(n ? step(n.siblings, 1) : first())
        break
      case 'Enter':
      case ' ':
        if (current) props.onSelect(current)
        else moveCursor(first())
        break
      case 'Escape':
        if (!selected) return
        props.onSelect(undefined)
        break
      case '+':
      case '=':
        zoomBy(ZOOM_STEP)
        break
      case '-':
      case '_':
        zoomBy(1 / ZOOM_STEP)
        break
      case 'f':
      case 'F':
        fitVisible()
        break
      case '0':
        resetView()
        break
      default:
        return
    }
    event.preventDefault()
  }

  const hovered = hover?.kind === 'technique' ? atlas.techniques.get(hover.id) : undefined
  const hoveredLink = hover?.kind === 'link' ? linkById(atlas, hover.id) : undefined
  const cursorName = cursor ? atlas.techniques.get(cursor)?.name : undefined

  return (
    <div className="graph" ref={overlaysRef}>
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
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true)
          if (!cursor) setCursor(selected ?? atlas.data.techniques[0]?.id)
        }}
        onBlur={() => setFocused(false)}
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
          marked={selected ? atlas.techniques.get(selected)?.year : undefined}
        />
      ) : null}
      <p id="graph-help" className="visually-hidden">
        Arrow keys move between connected techniques: up to a parent, down to a child, left and
        right among siblings. Enter opens the technique, Escape clears the selection, plus and minus
        zoom, F fits the view, 0 resets it. Press question mark for all shortcuts.
      </p>
      <div className="graph-controls" role="toolbar" aria-label="Graph view">
        <button
          type="button"
          onClick={() => zoomBy(ZOOM_STEP)}
          aria-label="Zoom in"
          title="Zoom in (+)"
        >
          +
        </button>
        <button
          type="button"
          onClick={() => zoomBy(1 / ZOOM_STEP)}
          aria-label="Zoom out"
          title="Zoom out (−)"
        >
          −
        </button>
        <button
          type="button"
          onClick={fitVisible}
          title="Fit the highlighted or visible techniques (F)"
        >
          Fit
        </button>
        <button type="button" onClick={resetView} title="Show the whole graph (0)">
          Reset
        </button>
        <button
          type="button"
          onClick={() => void exportAs('png')}
          title="Download the graph as a PNG image"
        >
          PNG
        </button>
        <button
          type="button"
          onClick={() => void exportAs('svg')}
          title="Download the graph as an SVG drawing"
        >
          SVG
        </button>
      </div>
      {hoveredLink && hover ? (
        <div className="graph-tooltip" role="presentation" style={{ left: hover.x, top: hover.y }}>
          <strong>{atlas.techniques.get(hoveredLink.child)?.name}</strong>{' '}
          <em>{RELATION_LABELS[hoveredLink.relation]}</em>{' '}
          <strong>{atlas.techniques.get(hoveredLink.parent)?.name}</strong>
          <span className="graph-tooltip-summary">{hoveredLink.reason}</span>
        </div>
      ) : null}
      {hovered && hover ? (
        <div className="graph-tooltip" role="presentation" style={{ left: hover.x, top: hover.y }}>
          <strong>{hovered.name}</strong> <span className="muted">{hovered.year}</span>
          <span className="graph-tooltip-summary">{firstSentence(hovered.description)}</span>
        </div>
      ) : null}
    </div>
  )
}

/** The technique whose marker is closest to a point on screen, within `radius` pixels. */
function nearestTechnique(
  cy: Core,
  point: { x: number; y: number } | undefined,
  radius: number,
): string | undefined {
  if (!point) return undefined
  let best: string | undefined
  let bestDistance = radius
  cy.nodes('.technique').forEach((node) => {
    if (!node.visible()) return
    const p = node.renderedPosition()
    const d = Math.hypot(p.x - point.x, p.y - point.y) - node.renderedWidth() / 2
    if (d <= bestDistance) {
      best = node.id()
      bestDistance = d
    }
  })
  return best
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text)
  return m ? m[1]! : text
}
