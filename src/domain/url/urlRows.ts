/**
 * The URL codec's machinery: what one parameter row is, how values are cleaned and quoted back
 * in notices, and one row builder per kind of parameter (choice, text, technique, year, number).
 * The rows themselves are in viewState.ts (the explorer) and decideParams.ts (the calculator
 * and chooser).
 */
import type { Atlas } from '../data/atlas'
import { closest } from '../explore/suggest'

/** Longest text accepted from a search-type parameter. */
export const MAX_TEXT = 120

/** The raw query string, as parsed: every value a string, repeated keys as arrays. */
export type RawSearch = Record<string, string | string[]>

/** Something in the URL that was ignored or corrected, in words a visitor understands. */
export interface UrlNotice {
  param: string
  message: string
  /** A close match the visitor probably meant; applying it sets `param` to `value`. */
  suggestion?: { label: string; value: string }
}

export type Problem = Omit<UrlNotice, 'param'>
export type Parsed<T> = { value?: T; problems?: Problem[] }

/**
 * What kind of value a parameter takes: the README's values and default columns follow from it
 * (src/domain/urlParamDocs.ts), except for `other`, whose documentation spells them out.
 */
export type ParamKind = 'choice' | 'number' | 'text' | 'technique' | 'year' | 'other'

/**
 * One URL parameter: everything the codec needs to know about it. Its documentation (meaning,
 * example) is kept apart in urlParamDocs.ts, so the app's first view does not ship the README.
 */
export interface ParamRow<K extends string, T, P extends string = string> {
  /** Field of `ViewState`. */
  key: K
  /** Name in the query string. */
  param: P
  default: T
  kind: ParamKind
  /** The accepted values of a `choice` parameter. */
  allowed?: readonly string[]
  /** Short names a `choice` parameter also accepts, each read as one of `allowed`. */
  aliases?: Readonly<Record<string, string>>
  /** The accepted range (and unit) of a `number` parameter. */
  range?: { min: number; max: number }
  unit?: string
  /** Parses a single, non-empty raw value; `value` undefined means "keep the default". */
  parse: (raw: string, atlas: Atlas) => Parsed<T>
  /** Writes a non-default value; the default is always left out of the link. */
  encode: (value: T) => string
}

/** Makes a value safe and short enough to quote back in a notice. */
export function quote(value: string, max = 40): string {
  // Control, format (bidi overrides, zero-width) and line characters are dropped.
  const clean = value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '').trim()
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

export function cleanText(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Resolves an id against a set of known records; when it is unknown, the problem names the
 * thing asked for and suggests the closest known id (a probable typo) when there is one.
 */
export function resolveKnownId(
  raw: string,
  what: string,
  candidates: Iterable<{ id: string; label: string }>,
  has: (id: string) => boolean,
): Parsed<string> {
  const id = raw.trim().toLowerCase()
  if (has(id)) return { value: id }
  const near = id.length <= 64 ? closest(id, candidates) : undefined
  return {
    problems: [
      {
        message: `No ${what} “${quote(raw)}”${near ? ` — did you mean ${near.label}?` : '.'}`,
        ...(near ? { suggestion: { label: near.label, value: near.id } } : {}),
      },
    ],
  }
}

export const techniqueCandidates = (atlas: Atlas) =>
  [...atlas.techniques.values()].map((t) => ({ id: t.id, label: t.name }))
export const categoryCandidates = (atlas: Atlas) =>
  [...atlas.categories.values()].map((c) => ({ id: c.id, label: c.name }))

/** Comma-separated technique ids: the known ones (first of any repeat), with notices. */
export function knownTechniques(raw: string, atlas: Atlas): { ids: string[]; problems: Problem[] } {
  const ids: string[] = []
  const problems: Problem[] = []
  for (const part of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 20)) {
    const r = resolveKnownId(part, 'technique', techniqueCandidates(atlas), (id) =>
      atlas.techniques.has(id),
    )
    if (r.value && ids.includes(r.value))
      problems.push({ message: `Left out the repeated technique “${quote(part)}”.` })
    else if (r.value) ids.push(r.value)
    problems.push(...(r.problems ?? []))
  }
  return { ids, problems }
}

// Row builders: one per kind of parameter.

/**
 * A parameter with a fixed set of values. `aliases` are the short names people type (read as
 * their value, and written back in the long form, so a link with one is rewritten once).
 */
export function choiceRow<K extends string, P extends string, T extends string>(
  key: K,
  param: P,
  allowed: readonly T[],
  fallback: T,
  aliases?: Readonly<Record<string, T>>,
): ParamRow<K, T, P> {
  return {
    key,
    param,
    default: fallback,
    kind: 'choice',
    allowed,
    ...(aliases ? { aliases } : {}),
    parse: (raw) => {
      const v = raw.trim().toLowerCase()
      if ((allowed as readonly string[]).includes(v)) return { value: v as T }
      if (aliases && Object.hasOwn(aliases, v)) return { value: aliases[v]! }
      return {
        problems: [
          { message: `Ignored ${param} “${quote(raw)}”: expected one of ${allowed.join(', ')}.` },
        ],
      }
    },
    encode: (v) => v,
  }
}

export function textRow<K extends string, P extends string>(
  key: K,
  param: P,
): ParamRow<K, string, P> {
  return {
    key,
    param,
    default: '',
    kind: 'text',
    parse: (raw) => {
      const clean = cleanText(raw)
      if (clean.length <= MAX_TEXT) return { value: clean }
      return {
        value: clean.slice(0, MAX_TEXT).trim(),
        problems: [{ message: `Shortened “${param}” to ${MAX_TEXT} characters.` }],
      }
    },
    encode: (v) => v,
  }
}

export function techniqueRow<K extends string, P extends string>(
  key: K,
  param: P,
): ParamRow<K, string | undefined, P> {
  return {
    key,
    param,
    default: undefined,
    kind: 'technique',
    parse: (raw, atlas) =>
      resolveKnownId(raw, 'technique', techniqueCandidates(atlas), (id) =>
        atlas.techniques.has(id),
      ),
    encode: (v) => v ?? '',
  }
}

export function yearRow<K extends string, P extends string>(
  key: K,
  param: P,
): ParamRow<K, number | undefined, P> {
  return {
    key,
    param,
    default: undefined,
    kind: 'year',
    parse: (raw) => {
      const v = raw.trim()
      if (/^\d{4}$/.test(v)) return { value: Number(v) }
      return {
        problems: [{ message: `Ignored ${param} “${quote(raw)}”: expected a year such as 2021.` }],
      }
    },
    encode: (v) => String(v),
  }
}

/** A number parameter within a range: whole numbers, or with `decimals` places. */
export function numberRow<K extends string, P extends string>(
  key: K,
  param: P,
  range: { min: number; max: number },
  fallback: number,
  opts: { decimals?: number; unit?: string } = {},
): ParamRow<K, number, P> {
  const decimals = opts.decimals ?? 0
  const kind = decimals ? 'a number' : 'a whole number'
  return {
    key,
    param,
    default: fallback,
    kind: 'number',
    range,
    ...(opts.unit ? { unit: opts.unit } : {}),
    parse: (raw) => {
      const v = raw.trim()
      const pattern = decimals ? /^\d{1,7}(\.\d{1,3})?$/ : /^\d{1,7}$/
      const n = pattern.test(v) ? Number(v) : NaN
      if (n >= range.min && n <= range.max) return { value: n }
      return {
        problems: [
          {
            message: `Ignored ${param} “${quote(raw)}”: expected ${kind} from ${range.min} to ${range.max}${opts.unit ? ` ${opts.unit}` : ''}.`,
          },
        ],
      }
    },
    encode: (v) => String(v),
  }
}
