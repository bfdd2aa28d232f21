/** How a guided tour and the view state meet: what a step sets, and what change leaves it. */
import type { TourStep } from './tours'

/** The fields that make up what a tour step shows: changing one by hand leaves the tour. */
export const TOUR_VIEW_KEYS = [
  'technique',
  'issue',
  'tool',
  'path',
  'compare',
  'categories',
] as const
type TourViewKey = (typeof TOUR_VIEW_KEYS)[number]

/** Whether a change of state (a patch over `prev`) ends the tour being shown. */
export function leavesTour<S extends { tour?: string } & Record<TourViewKey, unknown>>(
  prev: S,
  patch: Partial<S>,
): boolean {
  return (
    !!prev.tour &&
    !('tour' in patch) &&
    TOUR_VIEW_KEYS.some((k) => k in patch && patch[k] !== prev[k])
  )
}

/** The view fields a tour step sets: its own, and the defaults for the rest of the story. */
export function tourStepView(view: TourStep['view']) {
  return {
    technique: view.technique,
    issue: undefined,
    tool: undefined,
    path: view.path,
    compare: view.compare ?? [],
    categories: view.categories ?? [],
    focus: 'map' as const,
  }
}
