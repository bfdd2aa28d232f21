/**
 * The explorer's rules for what a click changes in the view state: pure functions of the
 * current state, so the page only wires them to the address.
 */
import { MAX_COMPARED } from '../data/constants'
import { leavesTour } from './tourView'
import type { UrlNotice, ViewState } from '../url/viewState'

/** What a link in a panel can select. */
export type Selection = { technique: string } | { issue: number } | { tool: string }

/**
 * Selecting something: a technique opens its details (a focused lineage follows it), an issue
 * or a tool opens its list; selecting nothing returns to the whole map.
 */
export function selectionPatch(
  selection: Selection | undefined,
  prev: Pick<ViewState, 'focus' | 'panel'>,
): Partial<ViewState> {
  const none = { technique: undefined, issue: undefined, tool: undefined, focus: 'map' as const }
  if (!selection) return none
  if ('technique' in selection)
    return {
      ...none,
      technique: selection.technique,
      panel: 'details',
      focus: prev.focus,
      side: 'open',
    }
  if ('issue' in selection)
    return { ...none, issue: selection.issue, panel: 'issues', side: 'open' }
  return {
    ...none,
    tool: selection.tool,
    panel: prev.panel === 'details' ? 'tools' : prev.panel,
    side: 'open',
  }
}

/**
 * The state after a navigation: a link's viewport only says where the graph opens, so any change
 * drops it; choosing something the tour does not show ends the tour (Back returns to it).
 */
export function navigate<S extends ViewState>(prev: S, patch: Partial<ViewState>): S {
  return {
    ...prev,
    at: undefined,
    ...(leavesTour(prev, patch) ? { tour: undefined, step: 1 } : {}),
    ...patch,
  }
}

/** What a re-packed graph shows, in words. */
export function repackSubject(
  state: Pick<ViewState, 'focus' | 'unmatched'>,
  name: string | undefined,
): string {
  if (state.focus === 'lineage' && name)
    return state.unmatched === 'hide'
      ? `the matching part of ${name}’s lineage`
      : `${name}’s lineage`
  return 'the matching techniques'
}

/**
 * Ticking a technique's compare box. A comparison needs two techniques before it is a view of
 * its own (and a link): a single ticked box waits in `pending`. Returns the new pending list and,
 * when the address must change, the comparison to write.
 */
export function toggleCompared(
  compare: readonly string[],
  pending: readonly string[],
  id: string,
): { pending: string[]; compare?: string[] } {
  const current = compare.length ? compare : pending
  const next = current.includes(id)
    ? current.filter((x) => x !== id)
    : [...current, id].slice(0, MAX_COMPARED)
  if (next.length >= 2) return { pending: [], compare: next }
  return compare.length ? { pending: next, compare: [] } : { pending: next }
}

/** Adds two techniques to the comparison, keeping it free of repeats and within its limit. */
export function compareWith(compare: readonly string[], a: string, b: string): string[] {
  return [...new Set([...compare, a, b])].slice(0, MAX_COMPARED)
}

/** The notices still worth showing once the fields for `params` have been edited. */
export function noticesWithout(
  notices: readonly UrlNotice[],
  params: ReadonlySet<string>,
): readonly UrlNotice[] {
  const kept = notices.filter((n) => !params.has(n.param))
  return kept.length === notices.length ? notices : kept
}
