/**
 * The graph's viewport for a shared link: Copy link asks the graph on screen (if any) where it
 * is looking, and writes that into the address only when the visitor has zoomed or panned away
 * from the view the page opened with (or the page was opened with one).
 */
import type { ViewAt } from '../../domain/url/viewState'

let reader: (() => ViewAt | null) | null = null

/** Called by the graph on screen; returns the unregister function. */
export function registerViewportReader(read: () => ViewAt | null): () => void {
  reader = read
  return () => {
    if (reader === read) reader = null
  }
}

/** Where the graph on screen is looking, when that belongs in a shared link. */
export const currentViewAt = (): ViewAt | null => reader?.() ?? null
