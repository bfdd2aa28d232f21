/** The side panels', the table's and the viewport's URL parameters: their rows of the URL table. */
import type { Atlas } from '../data/atlas'
import { TOOL_KINDS, type ToolKind } from '../data/constants'
import {
  categoryCandidates,
  choiceRow,
  quote,
  resolveKnownId,
  techniqueRow,
  textRow,
  type Parsed,
} from '../url/urlRows'
import {
  DEFAULT_DIRECTION,
  DEFAULT_OPEN_SOURCE,
  DEFAULT_SORT,
  OPEN_SOURCE_FILTERS,
  SORT_DIRECTIONS,
  TABLE_SORTS,
  AT_ZOOM,
  type ViewAt,
} from '../url/viewOptions'

/**
 * The issue and tool panels' filters, the table's order and the graph's viewport, in the order
 * they are written.
 */
export const PANEL_PARAMS = [
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
