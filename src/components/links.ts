import type { MouseEvent } from 'react'
import type { Selection } from '../domain/explore/explorerActions'

/** Props for an in-app link: a real href (copyable, opens in a new tab) plus a client-side click. */
export type LinkTo = (selection: Selection) => {
  href: string
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void
}

/**
 * An in-app link: the real address (copyable, opens in a new tab with a modifier or the middle
 * button), and a plain left click that takes the step in the app instead of reloading.
 */
export function appLink(
  href: string,
  go: () => void,
): { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void } {
  return {
    href,
    onClick: (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return
      event.preventDefault()
      go()
    },
  }
}
