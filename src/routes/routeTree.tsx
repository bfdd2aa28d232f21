import { createRootRoute, createRoute } from '@tanstack/react-router'
import { decodeViewState, toRawSearch } from '../domain/viewState'
import { atlas } from './atlasData'
import { ErrorPage } from './ErrorPage'
import { ExplorerPage } from './ExplorerPage'
import { NotFoundPage } from './NotFoundPage'
import { RootLayout } from './RootLayout'

const rootRoute = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
})

/** The explorer: its whole view state is the validated query string. */
export const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  // Called with raw strings on load and with validated state afterwards: both normalize the same way.
  validateSearch: (search: Record<string, unknown>) =>
    decodeViewState(toRawSearch(search), atlas).state,
  component: ExplorerPage,
})

export const routeTree = rootRoute.addChildren([explorerRoute])
