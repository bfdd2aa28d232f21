import { useEffect, type RefObject } from 'react'

/**
 * Scrolls the selected card or row into view when the selection changes, including when a
 * shared link opens on it: a link to a tool, an issue or an outline row shows that item.
 */
export function useRevealSelected(
  container: RefObject<HTMLElement | null>,
  selector: string,
  selected: unknown,
) {
  useEffect(() => {
    if (selected === undefined) return
    container.current?.querySelector(selector)?.scrollIntoView?.({ block: 'nearest' })
  }, [container, selector, selected])
}
