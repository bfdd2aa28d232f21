/**
 * The URL contract. Every view state lives in the query string; this module is the only place
 * that reads or writes it. Decoding is total: any input yields a valid state plus a list of
 * what was ignored and why, so the page can say so and rewrite the URL to what it shows.
 */
import { LINEAGE_MODES, yearBounds, type Atlas, type LineageMode } from './atlas'
import { TOOL_KINDS, type ToolKind } from './constants'
import { closest } from './suggest'

export const PANELS = ['details', 'issues', 'tools'] as const
export type Panel = (typeof PANELS)[number]
export const DEFAULT_PANEL: Panel = 'details'

export const VIEWS = ['graph', 'outline', 'table'] as const
export type View = (typeof VIEWS)[number]
export const DEFAULT_VIEW: View = 'graph'

export const DEFAULT_LINEAGE: LineageMode = 'both'

export const UNMATCHED_MODES = ['dim', 'hide'] as const
export type UnmatchedMode = (typeof UNMATCHED_MODES)[number]
export const DEFAULT_UNMATCHED: UnmatchedMode = 'dim'

export const MAX_DEPTH = 9
export type Depth = number | 'all'
export const DEFAULT_DEPTH: Depth = 'all'

export const TABLE_SORTS = ['name', 'year', 'categories', 'paper', 'tools'] as const
export type TableSort = (typeof TABLE_SORTS)[number]
export const DEFAULT_SORT: TableSort = 'year'
export const SORT_DIRECTIONS = ['asc', 'desc'] as const
export type SortDirection = (typeof SORT_DIRECTIONS)[number]
export const DEFAULT_DIRECTION: SortDirection = 'asc'

export const OPEN_SOURCE_FILTERS = ['any', 'yes', 'no'] as const
export type OpenSourceFilter = (typeof OPEN_SOURCE_FILTERS)[number]
export const DEFAULT_OPEN_SOURCE: OpenSourceFilter = 'any'

/** Longest text accepted from a search-type parameter. */
export const MAX_TEXT = 120

export interface ViewState {
  /** The one selected thing: a technique, a newsletter issue (by number) or a tool. */
  technique?: string
  issue?: number
  tool?: string
  /** Category filter; empty means every category. */
  categories: string[]
  from?: number
  to?: number
  q: string
  unmatched: UnmatchedMode
  lineage: LineageMode
  depth: Depth
  panel: Panel
  view: View
  issueQuery: string
  issueCategory?: string
  issueTechnique?: string
  toolQuery: string
  toolKind?: ToolKind
  openSource: OpenSourceFilter
  toolTechnique?: string
  sort: TableSort
  dir: SortDirection
}

export const DEFAULT_VIEW_STATE: ViewState = {
  categories: [],
  q: '',
  unmatched: DEFAULT_UNMATCHED,
  lineage: DEFAULT_LINEAGE,
  depth: DEFAULT_DEPTH,
  panel: DEFAULT_PANEL,
  view: DEFAULT_VIEW,
  issueQuery: '',
  openSource: DEFAULT_OPEN_SOURCE,
  toolQuery: '',
  sort: DEFAULT_SORT,
  dir: DEFAULT_DIRECTION,
}

/** URL parameter name for each state field, in the order they are written. */
export const PARAMS = {
  technique: 'technique',
  issue: 'issue',
  tool: 'tool',
  categories: 'categories',
  from: 'from',
  to: 'to',
  q: 'q',
  unmatched: 'unmatched',
  lineage: 'lineage',
  depth: 'depth',
  panel: 'panel',
  view: 'view',
  issueQuery: 'issue-q',
  issueCategory: 'issue-category',
  issueTechnique: 'issue-technique',
  toolQuery: 'tool-q',
  toolKind: 'tool-kind',
  openSource: 'open-source',
  toolTechnique: 'tool-technique',
  sort: 'sort',
  dir: 'dir',
} as const satisfies Record<keyof ViewState, string>

/** The raw query string, as parsed: every value a string, repeated keys as arrays. */
export type RawSearch = Record<string, string | string[]>

/** Something in the URL that was ignored or corrected, in words a visitor understands. */
export interface UrlNotice {
  param: string
  message: string
}

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

/** Writes a state as a canonical query string (fixed order, defaults omitted, no leading ?). */
export function stringifyQuery(params: Record<string, string>): string {
  // Commas are legal in a query string; keeping them literal keeps category lists readable.
  return new URLSearchParams(params).toString().replace(/%2C/gi, ',')
}

/** Makes a value safe and short enough to quote back in a notice. */
export function quote(value: string, max = 40): string {
  // Control, format (bidi overrides, zero-width) and line characters are dropped.
  const clean = value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '').trim()
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

function cleanText(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const KNOWN_PARAMS = new Set<string>(Object.values(PARAMS))

/**
 * Decodes the query string against the dataset. Total: never throws; anything unusable is
 * dropped (or corrected) and reported in `notices`.
 */
export function decodeViewState(
  raw: RawSearch,
  atlas: Atlas,
): { state: ViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = []
  const state: ViewState = { ...DEFAULT_VIEW_STATE, categories: [] }

  for (const key of Object.keys(raw)) {
    if (!KNOWN_PARAMS.has(key))
      notices.push({
        param: quote(key, 30),
        message: `Ignored the unknown link parameter “${quote(key, 30)}”.`,
      })
  }

  /** The single value of a parameter; repeated parameters keep the first. */
  const one = (param: string): string | undefined => {
    const value = raw[param]
    if (value === undefined) return undefined
    if (Array.isArray(value)) {
      notices.push({
        param,
        message: `The link gave “${param}” ${value.length} times; used the first.`,
      })
      return value[0]
    }
    return value
  }

  const choice = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
    const value = one(param)
    if (value === undefined || value === '') return fallback
    const v = value.trim().toLowerCase()
    if ((allowed as readonly string[]).includes(v)) return v as T
    notices.push({
      param,
      message: `Ignored ${param} “${quote(value)}”: expected one of ${allowed.join(', ')}.`,
    })
    return fallback
  }

  const text = (param: string): string => {
    const value = one(param)
    if (value === undefined) return ''
    const clean = cleanText(value)
    if (clean.length > MAX_TEXT) {
      notices.push({ param, message: `Shortened “${param}” to ${MAX_TEXT} characters.` })
      return clean.slice(0, MAX_TEXT).trim()
    }
    return clean
  }

  const techniqueCandidates = () =>
    [...atlas.techniques.values()].map((t) => ({ id: t.id, label: t.name }))

  const techniqueRef = (param: string, what = 'technique'): string | undefined => {
    const value = one(param)
    if (value === undefined || value === '') return undefined
    const id = value.trim().toLowerCase()
    if (atlas.techniques.has(id)) return id
    const near = id.length <= 64 ? closest(id, techniqueCandidates()) : undefined
    notices.push({
      param,
      message: `No ${what} “${quote(value)}”${near ? ` — did you mean ${near.label}?` : '.'}`,
    })
    return undefined
  }

  state.technique = techniqueRef(PARAMS.technique)

  const issueValue = one(PARAMS.issue)
  if (issueValue !== undefined && issueValue !== '') {
    const m = /^(?:edge-?)?(\d{1,6})$/i.exec(issueValue.trim())
    const n = m ? Number(m[1]) : NaN
    if (atlas.issues.has(n)) state.issue = n
    else
      notices.push({
        param: PARAMS.issue,
        message: `No newsletter issue “${quote(issueValue)}”; the Atlas covers Edge ${[...atlas.issues.keys()].join(', ')}.`,
      })
  }

  const toolValue = one(PARAMS.tool)
  if (toolValue !== undefined && toolValue !== '') {
    const id = toolValue.trim().toLowerCase()
    if (atlas.tools.has(id)) state.tool = id
    else {
      const near =
        id.length <= 64
          ? closest(
              id,
              [...atlas.tools.values()].map((t) => ({ id: t.id, label: t.name })),
            )
          : undefined
      notices.push({
        param: PARAMS.tool,
        message: `No tool “${quote(toolValue)}”${near ? ` — did you mean ${near.label}?` : '.'}`,
      })
    }
  }

  // One selection at a time: a technique wins over an issue, an issue over a tool.
  if (state.technique && (state.issue !== undefined || state.tool)) {
    notices.push({
      param: 'selection',
      message: 'The link selected several things; kept the technique.',
    })
    delete state.issue
    delete state.tool
  } else if (state.issue !== undefined && state.tool) {
    notices.push({
      param: 'selection',
      message: 'The link selected several things; kept the newsletter issue.',
    })
    delete state.tool
  }

  const categoriesValue = one(PARAMS.categories)
  if (categoriesValue !== undefined) {
    const wanted = categoriesValue
      .split(',')
      .map((c) => c.trim().toLowerCase())
      .filter(Boolean)
    const seen = new Set<string>()
    for (const c of wanted) {
      if (atlas.categories.has(c)) seen.add(c)
      else {
        const near =
          c.length <= 64
            ? closest(
                c,
                [...atlas.categories.values()].map((x) => ({ id: x.id, label: x.name })),
              )
            : undefined
        notices.push({
          param: PARAMS.categories,
          message: `No category “${quote(c)}”${near ? ` — did you mean ${near.label}?` : '.'}`,
        })
      }
    }
    // Keep legend order so equal filters make equal URLs.
    state.categories = [...atlas.categories.keys()].filter((c) => seen.has(c))
  }

  const year = (param: string): number | undefined => {
    const value = one(param)
    if (value === undefined || value === '') return undefined
    const n = /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : NaN
    if (Number.isNaN(n)) {
      notices.push({
        param,
        message: `Ignored ${param} “${quote(value)}”: expected a year such as 2021.`,
      })
      return undefined
    }
    return n
  }
  let from = year(PARAMS.from)
  let to = year(PARAMS.to)
  const bounds = yearBounds(atlas)
  if (from !== undefined && to !== undefined && from > to) {
    notices.push({
      param: PARAMS.from,
      message: `Swapped the years: “from” ${from} was after “to” ${to}.`,
    })
    ;[from, to] = [to, from]
  }
  if (from !== undefined && (from < bounds.min || from > bounds.max)) {
    const clamped = Math.min(Math.max(from, bounds.min), bounds.max)
    notices.push({
      param: PARAMS.from,
      message: `Moved “from” ${from} into the dataset’s years (${clamped}).`,
    })
    from = clamped
  }
  if (to !== undefined && (to < bounds.min || to > bounds.max)) {
    const clamped = Math.min(Math.max(to, bounds.min), bounds.max)
    notices.push({
      param: PARAMS.to,
      message: `Moved “to” ${to} into the dataset’s years (${clamped}).`,
    })
    to = clamped
  }
  if (from !== undefined && from > bounds.min) state.from = from
  if (to !== undefined && to < bounds.max) state.to = to

  state.q = text(PARAMS.q)
  state.unmatched = choice(PARAMS.unmatched, UNMATCHED_MODES, DEFAULT_UNMATCHED)
  state.lineage = choice(PARAMS.lineage, LINEAGE_MODES, DEFAULT_LINEAGE)

  const depthValue = one(PARAMS.depth)
  if (depthValue !== undefined && depthValue !== '' && depthValue.trim().toLowerCase() !== 'all') {
    const n = /^\d{1,2}$/.test(depthValue.trim()) ? Number(depthValue.trim()) : NaN
    if (n >= 1 && n <= MAX_DEPTH) state.depth = n
    else
      notices.push({
        param: PARAMS.depth,
        message: `Ignored depth “${quote(depthValue)}”: expected 1 to ${MAX_DEPTH}, or all.`,
      })
  }

  state.panel = choice(PARAMS.panel, PANELS, DEFAULT_PANEL)
  state.view = choice(PARAMS.view, VIEWS, DEFAULT_VIEW)

  state.issueQuery = text(PARAMS.issueQuery)
  const issueCategory = one(PARAMS.issueCategory)
  if (issueCategory !== undefined && issueCategory !== '') {
    const c = issueCategory.trim().toLowerCase()
    if (atlas.categories.has(c)) state.issueCategory = c
    else
      notices.push({
        param: PARAMS.issueCategory,
        message: `No category “${quote(issueCategory)}”.`,
      })
  }
  state.issueTechnique = techniqueRef(PARAMS.issueTechnique)

  state.toolQuery = text(PARAMS.toolQuery)
  const kind = one(PARAMS.toolKind)
  if (kind !== undefined && kind !== '') {
    const k = kind.trim().toLowerCase()
    if ((TOOL_KINDS as readonly string[]).includes(k)) state.toolKind = k as ToolKind
    else
      notices.push({
        param: PARAMS.toolKind,
        message: `Ignored tool kind “${quote(kind)}”: expected one of ${TOOL_KINDS.join(', ')}.`,
      })
  }
  state.openSource = choice(PARAMS.openSource, OPEN_SOURCE_FILTERS, DEFAULT_OPEN_SOURCE)
  state.toolTechnique = techniqueRef(PARAMS.toolTechnique)

  state.sort = choice(PARAMS.sort, TABLE_SORTS, DEFAULT_SORT)
  state.dir = choice(PARAMS.dir, SORT_DIRECTIONS, DEFAULT_DIRECTION)

  return { state, notices }
}

/**
 * Turns any search object the router holds (a validated state, a partial state, or raw parsed
 * strings) back into raw strings, so it can be decoded and re-encoded canonically.
 */
export function toRawSearch(search: Record<string, unknown>): RawSearch {
  const out: RawSearch = {}
  const byField = PARAMS as Record<string, string>
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null) continue
    const param = byField[key] ?? key
    if (key === 'categories' && Array.isArray(value)) out[param] = value.map(String).join(',')
    else if (Array.isArray(value)) out[param] = value.map(String)
    else if (typeof value === 'object')
      continue // never produced by the app; drop rather than guess
    else out[param] = String(value)
  }
  return out
}

/** Encodes a state as query parameters: fixed order, defaults and empty values left out. */
export function encodeViewState(state: ViewState): Record<string, string> {
  const out: Record<string, string> = {}
  const put = (key: keyof ViewState, value: string | number | undefined, fallback?: string) => {
    if (value === undefined || value === '' || String(value) === fallback) return
    out[PARAMS[key]] = String(value)
  }
  put('technique', state.technique)
  put('issue', state.issue)
  put('tool', state.tool)
  if (state.categories.length) out[PARAMS.categories] = state.categories.join(',')
  put('from', state.from)
  put('to', state.to)
  put('q', state.q)
  put('unmatched', state.unmatched, DEFAULT_UNMATCHED)
  put('lineage', state.lineage, DEFAULT_LINEAGE)
  put('depth', state.depth, String(DEFAULT_DEPTH))
  put('panel', state.panel, DEFAULT_PANEL)
  put('view', state.view, DEFAULT_VIEW)
  put('issueQuery', state.issueQuery)
  put('issueCategory', state.issueCategory)
  put('issueTechnique', state.issueTechnique)
  put('toolQuery', state.toolQuery)
  put('toolKind', state.toolKind)
  put('openSource', state.openSource, DEFAULT_OPEN_SOURCE)
  put('toolTechnique', state.toolTechnique)
  put('sort', state.sort, DEFAULT_SORT)
  put('dir', state.dir, DEFAULT_DIRECTION)
  return out
}
