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

/** The id a technique page's address asks for (`/technique/<id>/`), if that is what it is. */
function techniquePageId(pathname: string): string | undefined {
  const id = /\/technique\/([^/]+)\/?$/.exec(pathname)?.[1]
  if (!id) return undefined
  try {
    return decodeURIComponent(id)
  } catch {
    return id
  }
}

export function NotFoundPage() {
  const pathname = useLocation({ select: (l) => l.pathname })
  const near = meant(pathname)
  const asked = techniquePageId(pathname)
  return (
    <main id="main" className="page-message" tabIndex={-1}>
      <h1>Page not found</h1>
      {asked ? (
        <p>
          There is no technique <code>{quote(asked, 80)}</code> in the Atlas, so there is no page at{' '}
          <code>{quote(pathname, 80)}</code>.
        </p>
      ) : (
        <p>
          There is no page at <code>{quote(pathname, 80)}</code>. The Atlas lives on a single page;
          every view is described by its link’s query string.
        </p>
      )}
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
