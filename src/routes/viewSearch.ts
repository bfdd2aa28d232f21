import {
  DEFAULT_VIEW_STATE,
  decodeViewState,
  parseQuery,
  toRawSearch,
  viewStateQuery,
  type UrlNotice,
  type ViewState,
} from '../domain/url/viewState'
import { atlas } from './atlasData'

/**
 * The explorer's search object: the decoded view state plus what the address asked for but could
 * not get. Notices are never written back into a link.
 */
export type ViewSearch = ViewState & { notices: readonly UrlNotice[] }

/** Decodes a query string once, on arrival of each location. */
export function parseViewSearch(search: string): ViewSearch {
  const { state, notices } = decodeViewState(parseQuery(search), atlas)
  return { ...state, notices }
}

function isDecoded(search: Record<string, unknown>): search is ViewSearch {
  return Array.isArray(search.notices)
}

/**
 * The route's validator. Searches decoded by `parseViewSearch`, and the app's own navigations
 * (which spread a decoded search), pass through; anything else (a hand-written partial object)
 * is decoded from its string form.
 */
export function validateViewSearch(search: Record<string, unknown>): ViewSearch {
  if (isDecoded(search)) return search
  const { state, notices } = decodeViewState(toRawSearch(search), atlas)
  return { ...state, notices }
}

/** Writes the canonical query string: table order, defaults left out, notices never. */
export function stringifyViewSearch(search: Record<string, unknown>): string {
  const query = viewStateQuery(search as Partial<ViewState>)
  return query ? `?${query}` : ''
}

/** The plain address: every default, nothing to report. */
export const DEFAULT_VIEW_SEARCH: ViewSearch = { ...DEFAULT_VIEW_STATE, notices: [] }
