import { useEffect, useState } from 'react'
import { retryableLazy } from '../retryableLazy'

/** The hover card loads once the graph is up: the first view does not need it. */
export const HoverCard = retryableLazy(
  () => import('./GraphTooltip').then((m) => m.HoverCard),
  'hover card',
)

/**
 * Whether the hover card's code is here. The card shows only then (a loading placeholder under
 * the pointer would end the hover); a failed download is tried again on the next hover.
 */
export function useHoverCardLoaded(ready: boolean, hover: unknown): boolean {
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    if (!ready || loaded) return
    let live = true
    void HoverCard.preload().then(() => {
      if (live) setLoaded(HoverCard.loaded())
    })
    return () => {
      live = false
    }
  }, [ready, loaded, hover])
  return loaded
}
