import { createRouter, type RouterHistory } from '@tanstack/react-router'
import {
  decodeViewState,
  encodeViewState,
  parseQuery,
  stringifyQuery,
  toRawSearch,
} from './domain/viewState'
import { atlas } from './routes/atlasData'
import { routeTree } from './routes/routeTree'

/**
 * Query strings are read as plain strings (never JSON-evaluated) and always written in canonical
 * form: whatever object the router holds is decoded against the dataset and encoded again.
 */
export function createAtlasRouter(options: { history?: RouterHistory } = {}) {
  return createRouter({
    routeTree,
    basepath: import.meta.env.BASE_URL,
    parseSearch: (search) => parseQuery(search),
    stringifySearch: (search) => {
      const { state } = decodeViewState(toRawSearch(search), atlas)
      const query = stringifyQuery(encodeViewState(state))
      return query ? `?${query}` : ''
    },
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
