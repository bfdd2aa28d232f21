import { getRouteApi, useRouter } from '@tanstack/react-router'
import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import { markInput } from '../../components/graph/interactionTiming'
import { appLink, type LinkTo } from '../../components/links'
import {
  navigate as applyPatch,
  noticesWithout,
  selectionPatch,
  type Selection,
} from '../../domain/explore/explorerActions'
import { tourById } from '../../domain/explore/tours'
import {
  PARAMS,
  tourStepView,
  viewStateQuery,
  type UrlNotice,
  type ViewState,
} from '../../domain/url/viewState'
import type { ViewSearch } from '../viewSearch'

const routeApi = getRouteApi('/')

export type Update = (
  patch: Partial<ViewState> | ((prev: ViewState) => Partial<ViewState>),
  opts?: { replace?: boolean; input?: string },
) => void

/** An in-app link to the current view with a patch applied. */
export type LinkToState = (patch: Partial<ViewState>) => ReturnType<LinkTo>

/** The address as the app's one store of view state: how the explorer reads and changes it. */
export interface ExplorerNavigation {
  state: ViewSearch
  update: Update
  select: (selection: Selection | undefined) => void
  linkTo: LinkTo
  linkToState: LinkToState
  /** The address of the current view with a patch applied. */
  hrefOf: (patch: Partial<ViewState>) => string
  /** A form change in the calculator or chooser: what the link said about those fields is settled. */
  changeFields: (patch: Partial<ViewState>, opts?: { replace?: boolean }) => void
  goToStep: (tour: string, step: number) => void
  /** What the address this page opened with asked for but could not get. */
  urlNotices: readonly UrlNotice[]
  dismissNotice: (notice?: UrlNotice) => void
}

/** The address of a view: the app's base plus its canonical query. */
export function addressOf(state: ViewState): string {
  const query = viewStateQuery(state)
  return `${import.meta.env.BASE_URL}${query ? `?${query}` : ''}`
}

export function useExplorerNavigation(): ExplorerNavigation {
  const state = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const router = useRouter()
  // Kept after the address is rewritten to its canonical form (which has nothing left to report).
  const [urlNotices, setUrlNotices] = useState<readonly UrlNotice[]>(() => state.notices)

  // The address shows the canonical form of what is on screen: a pasted link with anything
  // unusable is rewritten once, on arrival, without adding a history entry (the app's own
  // navigations are canonical already). The router treats a navigation to the location it
  // already holds (parsed, hence canonical) as a no-op, so the rewrite marks its history state.
  const canonicalizeAddress = useEffectEvent(() => {
    if (router.history.location.search.replace(/^\?/, '') === viewStateQuery(state)) return
    void navigate({
      search: (prev: ViewSearch) => ({ ...prev, notices: [] }),
      replace: true,
      state: (prev) => ({ ...prev, canonical: true }),
    })
  })
  useEffect(() => canonicalizeAddress(), [])

  const update: Update = useCallback(
    (patch, opts = {}) => {
      if (opts.input) markInput(opts.input)
      void navigate({
        search: (prev: ViewSearch) => ({
          ...applyPatch(prev, typeof patch === 'function' ? patch(prev) : patch),
          notices: [],
        }),
        replace: opts.replace ?? false,
      })
    },
    [navigate],
  )

  const select = useCallback(
    (selection: Selection | undefined) =>
      update((prev) => selectionPatch(selection, prev), { input: 'select' }),
    [update],
  )
  const hrefOf = useCallback(
    (patch: Partial<ViewState>) => addressOf({ ...state, ...patch }),
    [state],
  )
  const linkTo: LinkTo = useCallback(
    (selection) => appLink(hrefOf(selectionPatch(selection, state)), () => select(selection)),
    [hrefOf, state, select],
  )
  const linkToState: LinkToState = useCallback(
    (patch) => appLink(hrefOf({ at: undefined, ...patch }), () => update(patch)),
    [hrefOf, update],
  )
  const changeFields = useCallback(
    (patch: Partial<ViewState>, opts?: { replace?: boolean }) => {
      const params = new Set(Object.keys(patch).map((k) => PARAMS[k as keyof typeof PARAMS]))
      setUrlNotices((all) => noticesWithout(all, params))
      update(patch, opts)
    },
    [update],
  )
  /** Opens a tour at a step: the step's view, with the tour and step in the address. */
  const goToStep = useCallback(
    (id: string, step: number) => {
      const s = tourById(id)?.steps[step - 1]
      if (s) update({ tour: id, step, ...tourStepView(s.view), panel: 'details', side: 'open' })
    },
    [update],
  )
  const dismissNotice = useCallback(
    (notice?: UrlNotice) => setUrlNotices((all) => (notice ? all.filter((x) => x !== notice) : [])),
    [],
  )

  // A fresh object each render: the page re-renders whenever any part of it changes.
  return {
    state,
    update,
    select,
    linkTo,
    linkToState,
    hrefOf,
    changeFields,
    goToStep,
    urlNotices,
    dismissNotice,
  }
}
