import { createRootRoute, createRoute, redirect } from '@tanstack/react-router'
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

/**
 * A technique's own page (technique/<id>/, a real file in the built site with its own preview
 * tags): the app starts on the explorer with that technique selected. An unknown id gets the
 * explorer's usual notice.
 */
const techniqueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/technique/$id',
  beforeLoad: ({ params }) => {
    throw redirect({
      to: '/',
      search: validateViewSearch({ technique: params.id }),
      replace: true,
    })
  },
})

export const routeTree = rootRoute.addChildren([explorerRoute, techniqueRoute])
