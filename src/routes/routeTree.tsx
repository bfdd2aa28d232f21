import { createRootRoute, createRoute } from '@tanstack/react-router'
import { ErrorPage } from './ErrorPage'
import { ExplorerPage } from './ExplorerPage'
import { NotFoundPage } from './NotFoundPage'
import { RootLayout } from './RootLayout'
import { validateViewSearch } from './viewSearch'

const rootRoute = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
})

/** The explorer: its whole view state is the validated query string. */
export const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateViewSearch,
  component: ExplorerPage,
})

export const routeTree = rootRoute.addChildren([explorerRoute])
