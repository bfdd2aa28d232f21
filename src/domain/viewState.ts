/**
 * The URL contract. Every view state lives in the query string, and this module is the only
 * place that reads or writes it. One declarative table, `URL_PARAMS`, holds each parameter's
 * name, default, parser (with its notice and "did you mean") and encoder; the `ViewState` type,
 * `DEFAULT_VIEW_STATE`, `decodeViewState`, `encodeViewState` and the README's URL table are all
 * derived from it. A new parameter is one row plus its tests.
 */
import { LINEAGE_MODES, yearBounds, type Atlas, type LineageMode } from './atlas'
import { MAX_COMPARED, TOOL_KINDS, type ToolKind } from './constants'
import { CUSTOM_MODEL, DECIDE_PARAMS, DEFAULT_MODEL } from './decideParams'
import {
  categoryCandidates,
  choiceRow,
  knownTechniques,
  quote,
  resolveKnownId,
  techniqueRow,
  textRow,
  yearRow,
  type Parsed,
  type Problem,
  type RawSearch,
  type UrlNotice,
} from './urlRows'

export {
  MAX_TEXT,
  quote,
  resolveKnownId,
  type ParamKind,
  type RawSearch,
  type UrlNotice,
} from './urlRows'
export { CUSTOM_MODEL, DEFAULT_MODEL, DIMS_FIELDS, EXAMPLES_RANGE, parseDims } from './decideParams'
import { TOURS, tourById, type TourStep } from './tours'

export const PANELS = ['details', 'issues', 'tools'] as const
export type Panel = (typeof PANELS)[number]
export const DEFAULT_PANEL: Panel = 'details'

export const SIDE_STATES = ['open', 'closed'] as const
export type SideState = (typeof SIDE_STATES)[number]

export const VIEWS = ['graph', 'outline', 'table', 'calculator', 'chooser'] as const
export type View = (typeof VIEWS)[number]
export const DEFAULT_VIEW: View = 'graph'

export const DEFAULT_LINEAGE: LineageMode = 'both'

export const UNMATCHED_MODES = ['dim', 'hide'] as const
/** The whole map, or only the selection's lineage, laid out afresh. */
export const FOCUS_MODES = ['map', 'lineage'] as const
export type FocusMode = (typeof FOCUS_MODES)[number]
export type UnmatchedMode = (typeof UNMATCHED_MODES)[number]
export const DEFAULT_UNMATCHED: UnmatchedMode = 'dim'

export const MAX_DEPTH = 9
export type Depth = number | 'all'
export const DEFAULT_DEPTH: Depth = 'all'

export const TABLE_SORTS = [
  'name',
  'year',
  'categories',
  'parents',
  'children',
  'organizations',
  'paper',
  'issues',
  'tools',
] as const
export type TableSort = (typeof TABLE_SORTS)[number]
export const DEFAULT_SORT: TableSort = 'year'
export const SORT_DIRECTIONS = ['asc', 'desc'] as const
export type SortDirection = (typeof SORT_DIRECTIONS)[number]
export const DEFAULT_DIRECTION: SortDirection = 'asc'

export const OPEN_SOURCE_FILTERS = ['any', 'yes', 'no'] as const
export type OpenSourceFilter = (typeof OPEN_SOURCE_FILTERS)[number]
export const DEFAULT_OPEN_SOURCE: OpenSourceFilter = 'any'

/** A graph viewport: the zoom and the model point at the canvas centre. */
export interface ViewAt {
  zoom: number
  x: number
  y: number
}
export const AT_ZOOM = { min: 0.05, max: 4 } as const

/** Every URL parameter, in the order they are written. */
export const URL_PARAMS = [
  techniqueRow('technique', 'technique'),
  {
    key: 'issue',
    param: 'issue',
    default: undefined as number | undefined,
    kind: 'other' as const,
    parse: (raw: string, atlas: Atlas): Parsed<number | undefined> => {
      const m = /^(?:edge-?)?(\d{1,6})$/i.exec(raw.trim())
      const n = m ? Number(m[1]) : NaN
      if (atlas.issues.has(n)) return { value: n }
      return {
        problems: [
          {
            message: `No newsletter issue “${quote(raw)}”; the Atlas covers Edge ${[...atlas.issues.keys()].join(', ')}.`,
          },
        ],
      }
    },
    encode: (v: number | undefined) => String(v),
  },
  {
    key: 'tool',
    param: 'tool',
    default: undefined as string | undefined,
    kind: 'other' as const,
    parse: (raw: string, atlas: Atlas): Parsed<string | undefined> =>
      resolveKnownId(
        raw,
        'tool',
        [...atlas.tools.values()].map((t) => ({ id: t.id, label: t.name })),
        (id) => atlas.tools.has(id),
      ),
    encode: (v: string | undefined) => v ?? '',
  },
  {
    key: 'categories',
    param: 'categories',
    default: [] as readonly string[],
    kind: 'other' as const,
    parse: (raw: string, atlas: Atlas): Parsed<readonly string[]> => {
      const problems: Problem[] = []
      const seen = new Set<string>()
      for (const c of raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const r = resolveKnownId(c, 'category', categoryCandidates(atlas), (id) =>
          atlas.categories.has(id),
        )
        if (r.value) seen.add(r.value)
        problems.push(...(r.problems ?? []))
      }
      // Legend order, so equal filters make equal links.
      return { value: [...atlas.categories.keys()].filter((c) => seen.has(c)), problems }
    },
    encode: (v: readonly string[]) => v.join(','),
  },
  yearRow('from', 'from'),
  yearRow('to', 'to'),
  textRow('q', 'q'),
  choiceRow('unmatched', 'unmatched', UNMATCHED_MODES, DEFAULT_UNMATCHED),
  choiceRow('lineage', 'lineage', LINEAGE_MODES, DEFAULT_LINEAGE),
  {
    key: 'depth',
    param: 'depth',
    default: DEFAULT_DEPTH as Depth,
    kind: 'other' as const,
    parse: (raw: string): Parsed<Depth> => {
      const v = raw.trim().toLowerCase()
      if (v === 'all') return { value: 'all' }
      const n = /^\d{1,2}$/.test(v) ? Number(v) : NaN
      if (n >= 1 && n <= MAX_DEPTH) return { value: n }
      return {
        problems: [
          { message: `Ignored depth “${quote(raw)}”: expected 1 to ${MAX_DEPTH}, or all.` },
        ],
      }
    },
    encode: (v: Depth) => String(v),
  },
  choiceRow('focus', 'focus', FOCUS_MODES, 'map' as FocusMode),
  {
    key: 'path',
    param: 'path',
    default: undefined as readonly [string, string] | undefined,
    kind: 'other' as const,
    parse: (raw: string, atlas: Atlas): Parsed<readonly [string, string] | undefined> => {
      const { ids, problems } = knownTechniques(raw, atlas)
      if (ids.length === 2) return { value: [ids[0]!, ids[1]!], problems }
      return {
        problems: [
          ...problems,
          {
            message:
              ids.length < 2
                ? `Ignored path “${quote(raw)}”: it needs two different known techniques.`
                : `Ignored path “${quote(raw)}”: it takes two techniques, not ${ids.length}.`,
          },
        ],
      }
    },
    encode: (v: readonly [string, string] | undefined) => (v ? v.join(',') : ''),
  },
  {
    key: 'compare',
    param: 'compare',
    default: [] as readonly string[],
    kind: 'other' as const,
    parse: (raw: string, atlas: Atlas): Parsed<readonly string[]> => {
      const { ids, problems } = knownTechniques(raw, atlas)
      if (ids.length > MAX_COMPARED)
        return {
          value: ids.slice(0, MAX_COMPARED),
          problems: [
            ...problems,
            {
              message: `Compared the first ${MAX_COMPARED} techniques; left out ${ids
                .slice(MAX_COMPARED)
                .join(', ')}.`,
            },
          ],
        }
      if (ids.length < 2)
        return {
          problems: [
            ...problems,
            {
              message: `Ignored compare “${quote(raw)}”: it needs 2 to ${MAX_COMPARED} techniques.`,
            },
          ],
        }
      return { value: ids, problems }
    },
    encode: (v: readonly string[]) => v.join(','),
  },
  {
    key: 'tour',
    param: 'tour',
    default: undefined as string | undefined,
    kind: 'other' as const,
    parse: (raw: string): Parsed<string | undefined> =>
      resolveKnownId(
        raw,
        'tour',
        TOURS.map((t) => ({ id: t.id, label: t.title })),
        (id) => !!tourById(id),
      ),
    encode: (v: string | undefined) => v ?? '',
  },
  {
    key: 'step',
    param: 'step',
    default: 1 as number,
    kind: 'other' as const,
    parse: (raw: string): Parsed<number> => {
      const v = raw.trim()
      if (/^\d{1,2}$/.test(v) && Number(v) >= 1) return { value: Number(v) }
      return { problems: [{ message: `Ignored step “${quote(raw)}”: expected a step number.` }] }
    },
    encode: (v: number) => String(v),
  },
  choiceRow('panel', 'panel', PANELS, DEFAULT_PANEL),
  choiceRow('side', 'side', SIDE_STATES, 'open' as SideState),
  choiceRow('view', 'view', VIEWS, DEFAULT_VIEW),
  ...DECIDE_PARAMS,
  textRow('issueQuery', 'issue-q'),
  {
    key: 'issueCategory',
    param: 'issue-category',
    default: undefined as string | undefined,
    kind: 'other' as const,
    parse: (raw: string, atlas: Atlas): Parsed<string | undefined> =>
      resolveKnownId(raw, 'category', categoryCandidates(atlas), (id) => atlas.categories.has(id)),
    encode: (v: string | undefined) => v ?? '',
  },
  techniqueRow('issueTechnique', 'issue-technique'),
  textRow('toolQuery', 'tool-q'),
  {
    key: 'toolKind',
    param: 'tool-kind',
    default: undefined as ToolKind | undefined,
    kind: 'other' as const,
    parse: (raw: string): Parsed<ToolKind | undefined> => {
      const k = raw.trim().toLowerCase()
      if ((TOOL_KINDS as readonly string[]).includes(k)) return { value: k as ToolKind }
      return {
        problems: [
          {
            message: `Ignored tool kind “${quote(raw)}”: expected one of ${TOOL_KINDS.join(', ')}.`,
          },
        ],
      }
    },
    encode: (v: ToolKind | undefined) => v ?? '',
  },
  choiceRow('openSource', 'open-source', OPEN_SOURCE_FILTERS, DEFAULT_OPEN_SOURCE),
  techniqueRow('toolTechnique', 'tool-technique'),
  choiceRow('sort', 'sort', TABLE_SORTS, DEFAULT_SORT),
  choiceRow('dir', 'dir', SORT_DIRECTIONS, DEFAULT_DIRECTION),
  {
    key: 'at',
    param: 'at',
    default: undefined as ViewAt | undefined,
    kind: 'other' as const,
    parse: (raw: string): Parsed<ViewAt | undefined> => {
      const parts = raw.split(',').map((p) => p.trim())
      const [zoom, x, y] = parts.map(Number) as [number, number, number]
      const ok =
        parts.length === 3 &&
        parts.every((p) => /^-?\d+(\.\d+)?$/.test(p)) &&
        zoom >= AT_ZOOM.min &&
        zoom <= AT_ZOOM.max &&
        Math.abs(x) <= 1e6 &&
        Math.abs(y) <= 1e6
      if (ok) return { value: { zoom, x, y } }
      return {
        problems: [
          {
            message: `Ignored at “${quote(raw)}”: expected a zoom from ${AT_ZOOM.min} to ${AT_ZOOM.max} and a centre, such as 0.8,420,-310.`,
          },
        ],
      }
    },
    encode: (v: ViewAt | undefined) =>
      v ? `${Math.round(v.zoom * 1000) / 1000},${Math.round(v.x)},${Math.round(v.y)}` : '',
  },
] as const

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

/** An address with the graph's viewport written into it (or taken out, for null). */
export function withViewAt(href: string, at: ViewAt | null): string {
  const url = new URL(href)
  const raw = parseQuery(url.search.replace(/^\?/, ''))
  delete raw.at
  const query = stringifyQuery({
    ...Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v])),
    ...(at ? { at: URL_PARAMS.find((r) => r.key === 'at')!.encode(at as never) } : {}),
  })
  url.search = query ? `?${query}` : ''
  return url.toString()
}

/**
 * The short form of a link whose whole state is one selected technique: that technique's own
 * page, `<base>technique/<id>/`, which link previews understand (it has its own title, summary
 * and picture). Any other link is returned as it is.
 */
export function prettyLink(href: string, base: string, known: (id: string) => boolean): string {
  const url = new URL(href)
  if (url.pathname !== base) return href
  const raw = parseQuery(url.search.replace(/^\?/, ''))
  const keys = Object.keys(raw)
  const id = raw.technique
  if (keys.length !== 1 || typeof id !== 'string' || !known(id)) return href
  url.pathname = `${base}technique/${encodeURIComponent(id)}/`
  url.search = ''
  return url.toString()
}

/** The fields that make up what a tour step shows: changing one by hand leaves the tour. */
export const TOUR_VIEW_KEYS = [
  'technique',
  'issue',
  'tool',
  'path',
  'compare',
  'categories',
] as const

/** Whether a change of state (a patch over `prev`) ends the tour being shown. */
export function leavesTour(prev: ViewState, patch: Partial<ViewState>): boolean {
  return (
    !!prev.tour &&
    !('tour' in patch) &&
    TOUR_VIEW_KEYS.some((k) => k in patch && patch[k] !== prev[k])
  )
}

/** The view fields a tour step sets: its own, and the defaults for the rest of the story. */
export function tourStepView(
  view: TourStep['view'],
): Pick<ViewState, (typeof TOUR_VIEW_KEYS)[number] | 'focus'> {
  return {
    technique: view.technique,
    issue: undefined,
    tool: undefined,
    path: view.path,
    compare: view.compare ?? [],
    categories: view.categories ?? [],
    focus: 'map',
  }
}
