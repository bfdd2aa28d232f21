/**
 * The URL contract. Every view state lives in the query string, and this module is the only
 * place that reads or writes it. One declarative table, `URL_PARAMS`, holds each parameter's
 * name, default, parser (with its notice and "did you mean") and encoder; the `ViewState` type,
 * `DEFAULT_VIEW_STATE`, `decodeViewState`, `encodeViewState` and the README's URL table are all
 * derived from it (the table is urlParams.ts and decideParams.ts; links and tours are in
 * viewLinks.ts and tourState.ts). A new parameter is one row plus its tests.
 */
import { yearBounds, type Atlas } from '../data/atlas'
import { CUSTOM_MODEL, DEFAULT_MODEL } from '../decide/decideParams'
import { URL_PARAMS } from './urlParams'
import { quote, type Parsed, type RawSearch, type UrlNotice } from './urlRows'
import { tourById } from '../explore/tours'
import { tourStepView } from '../explore/tourView'
export { leavesTour, TOUR_VIEW_KEYS, tourStepView } from '../explore/tourView'

export {
  MAX_TEXT,
  quote,
  resolveKnownId,
  type ParamKind,
  type RawSearch,
  type UrlNotice,
} from './urlRows'
export {
  CUSTOM_MODEL,
  DEFAULT_MODEL,
  DIMS_FIELDS,
  EXAMPLES_RANGE,
  parseDims,
} from '../decide/decideParams'
export { URL_PARAMS } from './urlParams'
// The literal sets and their defaults, so the view state's callers have one module to read.
export * from './viewOptions'

type Row = (typeof URL_PARAMS)[number]

/** The whole view state, one field per row of `URL_PARAMS`. */
export type ViewState = { [R in Row as R['key']]: R['default'] }

/** The state of the plain address: every row's default. */
export const DEFAULT_VIEW_STATE: ViewState = Object.fromEntries(
  URL_PARAMS.map((r) => [r.key, r.default]),
) as ViewState

/** URL parameter name for each state field. */
export const PARAMS = Object.fromEntries(URL_PARAMS.map((r) => [r.key, r.param])) as {
  [R in Row as R['key']]: string
}

const KNOWN_PARAMS = new Set<string>(URL_PARAMS.map((r) => r.param))

/** Parses a query string into raw strings; no value is ever JSON-parsed or evaluated. */
export function parseQuery(search: string): RawSearch {
  const out: RawSearch = {}
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)
  for (const [key, value] of params) {
    const prev = out[key]
    if (prev === undefined) out[key] = value
    else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value]
  }
  return out
}

/** Writes query parameters as a query string (no leading ?). */
export function stringifyQuery(params: Record<string, string>): string {
  // Commas are legal in a query string; keeping them literal keeps category lists readable.
  return new URLSearchParams(params).toString().replace(/%2C/gi, ',')
}

/**
 * Decodes a parsed query string against the dataset. Total: never throws; anything unusable is
 * dropped (or corrected) and reported in `notices`, with a suggestion where one is close.
 */
export function decodeViewState(
  raw: RawSearch,
  atlas: Atlas,
): { state: ViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = []
  for (const key of Object.keys(raw))
    if (!KNOWN_PARAMS.has(key))
      notices.push({
        param: quote(key, 30),
        message: `Ignored the unknown link parameter “${quote(key, 30)}”.`,
      })

  const state: Record<string, unknown> = { ...DEFAULT_VIEW_STATE }
  for (const row of URL_PARAMS) {
    let value = raw[row.param]
    if (value === undefined) continue
    if (Array.isArray(value)) {
      notices.push({
        param: row.param,
        message: `The link gave “${row.param}” ${value.length} times; used the first.`,
      })
      value = value[0]!
    }
    if (value.trim() === '') continue
    const parsed = (row.parse as (raw: string, atlas: Atlas) => Parsed<unknown>)(value, atlas)
    if (parsed.value !== undefined) state[row.key] = parsed.value
    for (const p of parsed.problems ?? []) notices.push({ param: row.param, ...p })
  }
  return normalizeViewState(state as ViewState, atlas, notices)
}

/** Rules that span several parameters: one selection at a time, a sane year range. */
function normalizeViewState(
  input: ViewState,
  atlas: Atlas,
  notices: UrlNotice[],
): { state: ViewState; notices: UrlNotice[] } {
  const state = { ...input }
  if (state.technique && (state.issue !== undefined || state.tool)) {
    notices.push({
      param: 'selection',
      message: 'The link selected several things; kept the technique.',
    })
    state.issue = undefined
    state.tool = undefined
  } else if (state.issue !== undefined && state.tool) {
    notices.push({
      param: 'selection',
      message: 'The link selected several things; kept the newsletter issue.',
    })
    state.tool = undefined
  }

  if (state.step !== 1 && !state.tour) state.step = 1
  const tour = state.tour ? tourById(state.tour) : undefined
  if (tour) {
    if (state.step > tour.steps.length) {
      notices.push({
        param: PARAMS.step,
        message: `The tour “${tour.title}” has ${tour.steps.length} steps; showing the last.`,
      })
      state.step = tour.steps.length
    }
    Object.assign(state, tourStepView(tour.steps[state.step - 1]!.view))
  }

  if (state.focus !== 'map' && !state.technique) {
    notices.push({
      param: PARAMS.focus,
      message: 'Showing the whole map: “focus=lineage” needs a selected technique.',
    })
    state.focus = 'map'
  }

  if (state.model === CUSTOM_MODEL && !state.dims) {
    notices.push({
      param: PARAMS.model,
      message: `“model=custom” needs its shape in dims (layers,hidden,intermediate,heads,kv-heads,vocab); showing ${DEFAULT_MODEL}.`,
    })
    state.model = DEFAULT_MODEL
  } else if (state.model !== CUSTOM_MODEL && state.dims) {
    notices.push({
      param: PARAMS.dims,
      message: 'Ignored dims: they apply only with model=custom.',
    })
    state.dims = undefined
  }

  const bounds = yearBounds(atlas)
  let { from, to } = state
  if (from !== undefined && to !== undefined && from > to) {
    notices.push({
      param: PARAMS.from,
      message: `Swapped the years: “from” ${from} was after “to” ${to}.`,
    })
    ;[from, to] = [to, from]
  }
  const clamp = (y: number | undefined, param: string, name: string) => {
    if (y === undefined || (y >= bounds.min && y <= bounds.max)) return y
    const clamped = Math.min(Math.max(y, bounds.min), bounds.max)
    notices.push({ param, message: `Moved “${name}” ${y} into the dataset’s years (${clamped}).` })
    return clamped
  }
  from = clamp(from, PARAMS.from, 'from')
  to = clamp(to, PARAMS.to, 'to')
  // The dataset's own bounds are the default: leave them out of the link.
  state.from = from !== undefined && from > bounds.min ? from : undefined
  state.to = to !== undefined && to < bounds.max ? to : undefined
  return { state, notices }
}

function isDefault(row: Row, value: unknown): boolean {
  if (value === undefined || value === '') return true
  if (Array.isArray(value)) {
    const d = row.default as unknown
    return Array.isArray(d)
      ? value.length === d.length && value.every((v, i) => v === d[i])
      : value.length === 0
  }
  return value === row.default
}

/**
 * Encodes a state as query parameters: table order, defaults and empty values left out. Fields
 * missing from a partial state count as defaults.
 */
export function encodeViewState(state: Partial<ViewState>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const row of URL_PARAMS) {
    const value = (state as Record<string, unknown>)[row.key]
    if (isDefault(row, value)) continue
    out[row.param] = (row.encode as (v: unknown) => string)(value)
  }
  return out
}

/**
 * Turns any search object the router holds (a validated state, a partial state, or raw parsed
 * strings) back into raw strings, so it can be decoded canonically.
 */
export function toRawSearch(search: Record<string, unknown>): RawSearch {
  const out: RawSearch = {}
  const rowByKey = new Map<string, Row>(URL_PARAMS.map((r) => [r.key, r]))
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || key === 'notices') continue
    const row = rowByKey.get(key)
    const param = row?.param ?? key
    if (typeof value === 'string') out[param] = value
    else if ((row?.key === 'categories' || row?.key === 'targets') && Array.isArray(value))
      out[param] = value.map(String).join(',')
    else if (row?.key === 'dims' && typeof value === 'object')
      out[param] = (row.encode as (v: unknown) => string)(value)
    else if (Array.isArray(value)) out[param] = value.map(String)
    else if (typeof value !== 'object') out[param] = String(value)
  }
  return out
}

/** The query string for a state, canonical: equal views make equal links. */
export function viewStateQuery(state: Partial<ViewState>): string {
  return stringifyQuery(encodeViewState(state))
}

/** The view a notice's "did you mean" leads to: the suggested value applied to `state`. */
export function applySuggestion(state: ViewState, notice: UrlNotice, atlas: Atlas): ViewState {
  const row = URL_PARAMS.find((r) => r.param === notice.param)
  if (!row || !notice.suggestion) return state
  const { value } = notice.suggestion
  if (row.key === 'categories') {
    const wanted = new Set([...state.categories, value])
    return { ...state, categories: [...atlas.categories.keys()].filter((c) => wanted.has(c)) }
  }
  if (row.key === 'issue') return { ...state, issue: Number(value) }
  return normalizeViewState({ ...state, [row.key]: value }, atlas, []).state
}
