import { createRootRoute, createRoute, notFound, redirect } from '@tanstack/react-router'
import { atlas } from './atlasData'
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
 * tags): the app starts on the explorer with that technique selected. An unknown id is not a
 * page (the not-found page names it and suggests the closest technique).
 */
const techniqueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/technique/$id',
  beforeLoad: ({ params }) => {
    // An unknown id has no page: the not-found page says so and suggests the closest technique.
    if (!atlas.techniques.has(params.id)) throw notFound()
    throw redirect({
      to: '/',
      search: validateViewSearch({ technique: params.id }),
      replace: true,
    })
  },
})

export const routeTree = rootRoute.addChildren([explorerRoute, techniqueRoute])
