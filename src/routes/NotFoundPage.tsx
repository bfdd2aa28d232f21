import { Link, useLocation } from '@tanstack/react-router'
import { closest } from '../domain/explore/suggest'
import { quote } from '../domain/url/viewState'
import { atlas } from './atlasData'
import { DEFAULT_VIEW_SEARCH } from './viewSearch'

/** The technique a mistyped path most likely meant: its last segment, read as a name or id. */
function meant(pathname: string) {
  const segment = pathname.split('/').filter(Boolean).pop() ?? ''
  let last: string
  try {
    last = decodeURIComponent(segment)
  } catch {
    // A malformed escape (`%E0%A4%A`): nothing to suggest.
    return undefined
  }
  if (!last) return undefined
  const candidates = [...atlas.techniques.values()].map((t) => ({ id: t.id, label: t.name }))
  return closest(last, candidates)
}

export function NotFoundPage() {
  const pathname = useLocation({ select: (l) => l.pathname })
  const near = meant(pathname)
  return (
    <main id="main" className="page-message" tabIndex={-1}>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{quote(pathname, 80)}</code>. The Atlas lives on a single page;
        every view is described by its link’s query string.
      </p>
      {near ? (
        <p>
          Did you mean{' '}
          <Link to="/" search={{ ...DEFAULT_VIEW_SEARCH, technique: near.id }}>
            {near.label}
          </Link>
          ?
        </p>
      ) : null}
      <p>
        <Link to="/" search={DEFAULT_VIEW_SEARCH} className="button button-primary">
          Open the Atlas
        </Link>
      </p>
    </main>
  )
}
