import type { ElementDefinition } from 'cytoscape'
import { useCallback, useMemo } from 'react'
import { closeUpCentre } from '../../domain/layout/landmarks'
import type { ViewAt } from '../../domain/url/viewState'
import type { GraphHighlight } from './graphHighlight'
import { boxAround, fitExtent, openingView, positionsExtent, ZOOM_RANGE } from './viewportFit'

/**
 * Where the graph opens for a canvas size (see openingView), and the whole map fitted into it
 * (`whole`), from the element set's preset
 * positions alone: the same answer before the instance exists (it is created there) and after
 * (the camera makes it again when the canvas changes size).
 */
export function useOpening(
  elements: ElementDefinition[],
  importance: ReadonlyMap<string, number>,
  view: { at: ViewAt | undefined; highlight: GraphHighlight | null; selected: string | undefined },
) {
  const { at, highlight, selected } = view
  const positions = useMemo(
    () => new Map(elements.flatMap((e) => (e.position ? [[e.data.id!, e.position]] : []))),
    [elements],
  )
  const extent = useMemo(() => positionsExtent(elements), [elements])
  // Where a small screen opens with nothing selected: the series' chains as this set draws them.
  const landmark = useMemo(
    () => closeUpCentre((id) => positions.get(id), importance),
    [positions, importance],
  )
  // The whole map fitted into a canvas (Reset), from the preset positions' extent: no
  // bounding-box pass over every element and label, which dominates start-up on a large graph.
  const whole = useCallback(
    (canvas: { width: number; height: number }) => fitExtent(extent, canvas, ZOOM_RANGE),
    [extent],
  )
  const opening = useCallback(
    (canvas: { width: number; height: number }) => {
      const focus = highlight
        ? boxAround([...highlight.nodes].flatMap((id) => positions.get(id) ?? []))
        : null
      const chosen = selected ? positions.get(selected) : undefined
      return openingView({
        canvas,
        extent,
        at,
        focus: focus ?? undefined,
        centre: chosen ?? (highlight ? undefined : landmark),
      })
    },
    [positions, extent, landmark, at, highlight, selected],
  )
  return { opening, whole }
}
