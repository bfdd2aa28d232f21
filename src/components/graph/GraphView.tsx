import type { ElementDefinition } from 'cytoscape'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { Atlas } from '../../domain/data/atlas'
import { labelImportance } from '../../domain/layout/labelImportance'
import type { UnmatchedMode, ViewAt } from '../../domain/url/viewState'
import type { Theme } from '../../theme/tokens'
import { StateLegend } from '../StateLegend'
import { GraphToolbar } from './GraphToolbar'
import type { GraphHighlight } from './graphHighlight'
import { useFirstFrame } from './useFirstFrame'
import { HoverCard, useHoverCardLoaded } from './useHoverCard'
import { useFrameSelection } from './useFrameSelection'
import { TimeAxis } from './TimeAxis'
import { useCytoscape } from './useCytoscape'
import { useLineageRects } from './useLineageRects'
import { useGraphEvents, type Hover } from './useGraphEvents'
import { useGraphKeyboard } from './useGraphKeyboard'
import { useMapLabels } from './useMapLabels'
import { placeLabelsAt } from './mapLabels'
import { useStateClasses } from './useStateClasses'
import { withViewState } from './stateClasses'
import { useViewport, type Viewport } from './useViewport'
import { useGraphCamera } from './useGraphCamera'
import { useOpening } from './useOpening'
import { useFollowZoom, useZoomStyle } from './useZoomStyle'

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

const ZOOM_STEP = 1.25
const NO_NAMES: readonly string[] = []
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
  const importance = useMemo(() => labelImportance(atlas), [atlas])
  const { opening, whole } = useOpening(elements, importance, {
    at: props.at,
    highlight,
    selected,
  })
  // Created where the graph opens, with the stylesheet for that zoom (see useZoomStyle).
  const sheet = useZoomStyle({
    theme,
    categories: atlas.categories.size,
    large: atlas.techniques.size > LARGE_GRAPH,
  })
  const isHidden = useCallback(
    (id: string) => !matching.has(id) && unmatched === 'hide',
    [matching, unmatched],
  )
  const overlaysRef = useRef<HTMLDivElement>(null)
  const overlays = useCallback(
    () => [...(overlaysRef.current?.querySelectorAll('.graph-controls, .time-axis') ?? [])],
    [],
  )
  const named = props.named ?? NO_NAMES
  const filtered = matching.size < atlas.techniques.size
  const viewState = { matching, unmatched, highlight, selected, filtered }
  const labelScene = { importance, highlight, selected, hidden: isHidden, overlays, named }
  // Where the instance opens, for the time axis while its elements are still being added.
  const [opened, setOpened] = useState<Viewport | null>(null)
  const {
    cy,
    failed: codeFailed,
    retry,
  } = useCytoscape(
    containerRef,
    elements,
    (canvas) => {
      const view = opening(canvas)
      setOpened({ zoom: view.zoom, pan: view.pan, ...canvas })
      return { ...view, style: sheet.atOpening(view.zoom) }
    },
    // Each element is drawn as the view wants it from the start, name and state included:
    // useMapLabels and useStateClasses start from these.
    (defs, view) =>
      placeLabelsAt(withViewState(defs, viewState), view, containerRef.current!, labelScene),
  )
  const viewport = useViewport(cy)
  useFollowZoom(cy, viewport, sheet)
  useStateClasses(cy, viewState)
  const [hover, setHover] = useState<Hover | null>(null)
  const [keyOpen, setKeyOpen] = useState(false)
  useGraphEvents(cy, props.onSelect, setHover)

  const { ready, fitAll, fitVisible, zoomBy } = useGraphCamera(cy, containerRef, {
    highlight,
    opening,
    whole,
    at: props.at,
    onReady: props.onReady,
  })
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

  // The keyboard cursor's technique is named while the cursor is on it: its marker alone, ringed,
  // would leave a keyboard user guessing which technique it is.
  const cursorNamed = keyboard.drawnCursor
  const namedNow = useMemo(
    () => (cursorNamed && !named.includes(cursorNamed) ? [...named, cursorNamed] : named),
    [named, cursorNamed],
  )
  const edgeLabels = useMapLabels(cy, viewport, { ...labelScene, named: namedNow })

  useFrameSelection(cy, selected, reducedMotion)
  const { frame, frameHidden, frameHostRef } = useFirstFrame(ready)
  const cardLoaded = useHoverCardLoaded(ready, hover)

  // The hover card keeps clear of the highlighted lineage's markers and labels.
  const lineageRects = useLineageRects(cy, highlight)

  const cursorName = keyboard.cursor ? atlas.techniques.get(keyboard.cursor)?.name : undefined
  const canvas = viewport ? { width: viewport.width, height: viewport.height } : null

  return (
    <div className="graph" ref={overlaysRef}>
      {frame ? (
        <div
          id="first-frame-host"
          ref={frameHostRef}
          hidden={frameHidden}
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
      {codeFailed ? (
        <p className="graph-failed" role="alert">
          The interactive graph could not be downloaded; the drawing above is the map as built.{' '}
          <button type="button" className="button" onClick={retry}>
            Retry
          </button>
        </p>
      ) : null}
      <div className="edge-labels" aria-hidden="true">
        {edgeLabels.map((l) => (
          <span key={l.id} className="edge-label" style={{ left: l.x, top: l.y }}>
            {l.text}
          </span>
        ))}
      </div>
      {viewport || opened ? (
        <TimeAxis
          years={years}
          viewport={(viewport ?? opened)!}
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
        onExport={(format) => {
          // The exporter loads on first use: the first view does not need it.
          if (cy)
            void import('./exportView').then((m) =>
              m.exportView(cy, atlas, theme, selected, format),
            )
        }}
        keyOpen={keyOpen}
        onKey={() => setKeyOpen((open) => !open)}
      />
      {keyOpen ? (
        <div className="graph-key" id="graph-key">
          <StateLegend theme={theme} />
        </div>
      ) : null}
      {hover && canvas && cardLoaded ? (
        <HoverCard atlas={atlas} hover={hover} canvas={canvas} avoid={lineageRects} />
      ) : null}
    </div>
  )
}
