import type { MouseEvent } from 'react'

/** What a link in a panel can select. */
export type Selection = { technique: string } | { issue: number } | { tool: string }

/** Props for an in-app link: a real href (copyable, opens in a new tab) plus a client-side click. */
export type LinkTo = (selection: Selection) => {
  href: string
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void
}
