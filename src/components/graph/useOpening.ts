import type { ElementDefinition } from 'cytoscape'
import { useCallback, useMemo } from 'react'
import { closeUpCentre } from '../../domain/layout/landmarks'
import type { ViewAt } from '../../domain/url/viewState'
import type { GraphHighlight } from './graphHighlight'
import { boxAround, openingView, positionsExtent } from './viewportFit'

/**
 * Where the graph opens for a canvas size (see openingView), from the element set's preset
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
  return useCallback(
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
}
