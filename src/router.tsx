import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { routeTree } from './routes/routeTree'
import { parseViewSearch, stringifyViewSearch } from './routes/viewSearch'

/**
 * Query strings are read as plain strings (never JSON-evaluated), decoded once per location
 * against the dataset, and written in canonical form.
 */
export function createAtlasRouter(options: { history?: RouterHistory } = {}) {
  return createRouter({
    routeTree,
    basepath: import.meta.env.BASE_URL,
    parseSearch: parseViewSearch,
    stringifySearch: stringifyViewSearch,
    scrollRestoration: false,
    defaultPreload: false,
    ...options,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAtlasRouter>
  }
}
