import type { Core } from 'cytoscape'
import { useEffect, useRef } from 'react'
import {
  SCREEN_LABEL_FONT,
  placeLabels,
  type LabelCandidate,
  type LabelSide,
} from '../../domain/labels'
import { LABEL_FONT_FAMILY, markerScreenSize } from './graphStyle'
import type { GraphHighlight } from './GraphView'
import type { Viewport } from './useViewport'

/**
 * Map-style labels: after every viewport change, marks with `label-shown` the techniques whose
 * labels fit (selection and its lineage first, then by importance). Only nodes whose state
 * changed are touched.
 */
export function useMapLabels(
  cy: Core | null,
  importance: ReadonlyMap<string, number>,
  viewport: Viewport | null,
  highlight: GraphHighlight | null,
  selected: string | undefined,
  hidden: (id: string) => boolean,
  /** Elements drawn over the graph (toolbar, time axis) that labels must stay clear of. */
  overlays: () => readonly Element[],
) {
  const shownBefore = useRef(new Map<string, LabelSide>())
  useEffect(() => {
    shownBefore.current = new Map()
  }, [cy])
  useEffect(() => {
    if (!cy || !viewport) return
    const candidates: LabelCandidate[] = []
    cy.nodes('.technique').forEach((node) => {
      const id = node.id()
      if (hidden(id)) return
      const base = importance.get(id) ?? 0
      const boost =
        id === selected ? 10_000 : highlight?.nodes.has(id) ? 1_000 : highlight ? -100 : 0
      candidates.push({
        id,
        label: node.data('label') as string,
        screen: node.renderedPosition(),
        priority: base + boost,
        width: measureLabel(node.data('label') as string),
      })
    })
    const origin = cy.container()?.getBoundingClientRect()
    const obstacles = origin
      ? overlays().map((el) => {
          const r = el.getBoundingClientRect()
          return {
            x0: r.left - origin.left,
            y0: r.top - origin.top,
            x1: r.right - origin.left,
            y1: r.bottom - origin.top,
          }
        })
      : []
    const shown = placeLabels(
      candidates,
      { width: viewport.width, height: viewport.height },
      markerScreenSize(viewport.zoom),
      obstacles,
    )
    const before = shownBefore.current
    cy.batch(() => {
      for (const [id, side] of before)
        if (shown.get(id) !== side) cy.getElementById(id).removeClass(`label-shown label-${side}`)
      for (const [id, side] of shown)
        if (before.get(id) !== side) cy.getElementById(id).addClass(`label-shown label-${side}`)
    })
    shownBefore.current = shown
    cy.container()?.setAttribute('data-labels-shown', String(shown.size))
  }, [cy, viewport, importance, highlight, selected, hidden, overlays])
}

const measured = new Map<string, number>()
let context: CanvasRenderingContext2D | null | undefined

/** A label's width on screen, measured once with the font the graph draws it in. */
function measureLabel(text: string): number | undefined {
  const known = measured.get(text)
  if (known !== undefined) return known
  if (context === undefined) context = document.createElement('canvas').getContext('2d')
  if (!context) return undefined
  context.font = `600 ${SCREEN_LABEL_FONT}px ${LABEL_FONT_FAMILY}`
  const width = Math.ceil(context.measureText(text).width)
  measured.set(text, width)
  return width
}
