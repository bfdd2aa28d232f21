import { Link, useLocation } from '@tanstack/react-router'
import { quote } from '../domain/url/viewState'
import { DEFAULT_VIEW_SEARCH } from './viewSearch'

export function NotFoundPage() {
  const pathname = useLocation({ select: (l) => l.pathname })
  return (
    <main id="main" className="page-message" tabIndex={-1}>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{quote(pathname, 80)}</code>. The Atlas lives on a single page;
        every view is described by its link’s query string.
      </p>
      <p>
        <Link to="/" search={DEFAULT_VIEW_SEARCH} className="button button-primary">
          Open the Atlas
        </Link>
      </p>
    </main>
  )
}
