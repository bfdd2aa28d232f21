/**
 * The parts of the explorer the first view does not show, each downloaded on first use: the
 * table and outline, the issues and tools panels, a technique's details, the path / comparison
 * / tour sections, the re-packed view's status line, the keyboard shortcuts. A deep link preloads what its view shows before the app first renders (so
 * nothing flashes "Loading…"), the build's pre-render loads them all, and once the graph is
 * interactive the rest is fetched in idle time, so later clicks do not wait.
 */
import { retryableLazy, type LazyView } from '../components/retryableLazy'
import { TechniqueDetailsView } from '../components/panels/DetailsPanel'
import type { ViewState } from '../domain/url/viewState'

export const LineageOutline = retryableLazy(
  () => import('../components/LineageOutline').then((m) => m.LineageOutline),
  'outline view',
)
export const TechniqueTable = retryableLazy(
  () => import('../components/TechniqueTable').then((m) => m.TechniqueTable),
  'table view',
)
export const IssuesPanel = retryableLazy(
  () => import('../components/panels/IssuesPanel').then((m) => m.IssuesPanel),
  'newsletter issues panel',
)
export const ToolsPanel = retryableLazy(
  () => import('../components/panels/ToolsPanel').then((m) => m.ToolsPanel),
  'tools panel',
)
export const PathSection = retryableLazy(
  () => import('../components/story/PathSection').then((m) => m.PathSection),
  'path section',
)
export const CompareSection = retryableLazy(
  () => import('../components/story/CompareSection').then((m) => m.CompareSection),
  'comparison',
)
export const TourBar = retryableLazy(
  () => import('../components/story/TourBar').then((m) => m.TourBar),
  'tour',
)

export const RepackStatus = retryableLazy(
  () => import('../components/RepackStatus').then((m) => m.RepackStatus),
  'status of the re-packed view',
)
export const CalculatorView = retryableLazy(
  () => import('../components/decide/CalculatorView').then((m) => m.CalculatorView),
  'calculator',
)
export const ChooserView = retryableLazy(
  () => import('../components/decide/ChooserView').then((m) => m.ChooserView),
  'chooser',
)
export const HelpDialog = retryableLazy(
  () => import('../components/HelpDialog').then((m) => m.HelpDialog),
  'list of keyboard shortcuts',
)

const ALL: LazyView<never>[] = [
  HelpDialog,
  CalculatorView,
  ChooserView,
  RepackStatus,
  TechniqueDetailsView,
  IssuesPanel,
  ToolsPanel,
  LineageOutline,
  TechniqueTable,
  PathSection,
  CompareSection,
  TourBar,
] as LazyView<never>[]

/** The views a state shows on arrival. */
export function viewsFor(state: Partial<ViewState>): LazyView<never>[] {
  const views: LazyView<never>[] = []
  const add = (view: unknown) => views.push(view as LazyView<never>)
  if (state.technique) add(TechniqueDetailsView)
  if (state.panel === 'issues') add(IssuesPanel)
  if (state.panel === 'tools') add(ToolsPanel)
  if (state.view === 'outline') add(LineageOutline)
  if (state.view === 'table') add(TechniqueTable)
  if (state.view === 'calculator') add(CalculatorView)
  if (state.view === 'chooser') add(ChooserView)
  if (state.path) add(PathSection)
  if (state.compare?.length) add(CompareSection)
  if (state.tour) add(TourBar)
  if (state.focus === 'lineage' || state.unmatched === 'hide') add(RepackStatus)
  return views
}

/** Downloads the views a state shows (failures are left for the view to report and retry). */
export function preloadViewsFor(state: Partial<ViewState>): Promise<void> {
  return Promise.all(viewsFor(state).map((v) => v.preload())).then(() => {})
}

/** Downloads every lazily loaded view. */
export function preloadAllViews(): Promise<void> {
  return Promise.all(ALL.map((v) => v.preload())).then(() => {})
}
