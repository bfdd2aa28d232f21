/**
 * The URL table: every parameter's row, in the order they are written. The explorer's rows are
 * here; the calculator's and chooser's come from decideParams.ts. viewState.ts derives the
 * `ViewState` type, the defaults and the codec from this one table.
 */
import { LINEAGE_MODES, type Atlas } from '../data/atlas'
import { MAX_COMPARED } from '../data/constants'
import { DECIDE_PARAMS } from '../decide/decideParams'
import { PANEL_PARAMS } from '../explore/panelParams'
import { TOURS, tourById } from '../explore/tours'
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
} from './urlRows'
import {
  DEFAULT_DEPTH,
  DEFAULT_LINEAGE,
  DEFAULT_PANEL,
  DEFAULT_UNMATCHED,
  DEFAULT_VIEW,
  FOCUS_MODES,
  MAX_DEPTH,
  PANELS,
  SIDE_STATES,
  UNMATCHED_MODES,
  VIEWS,
  type Depth,
  type FocusMode,
  type SideState,
} from './viewOptions'

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
  ...PANEL_PARAMS,
] as const
