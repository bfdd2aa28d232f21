import { useRef, useState } from 'react'
import { announcementOf } from '../domain/explore/explorerView'
import { atlas } from './atlasData'
import { ExplorerFilters } from './explorer/ExplorerFilters'
import { DataNotices, LinkNotices } from './explorer/ExplorerNotices'
import { SidePanel } from './explorer/SidePanel'
import { StageViews } from './explorer/StageViews'
import { StoryBar } from './explorer/StoryBar'
import { useExplorerNavigation } from './explorer/useExplorerNavigation'
import { useExplorerView } from './explorer/useExplorerView'
import { useDocumentMeta } from './useDocumentMeta'
import { useReducedMotion } from './useReducedMotion'
import { useSearchShortcut } from './useSearchShortcut'
import { useTheme } from './useTheme'

/**
 * Composition: the address (read and changed through `useExplorerNavigation`), what it shows
 * (`useExplorerView`, a pure derivation), and the page's regions. Holds no view state of its
 * own beyond the graph's spoken keyboard moves.
 */
export function ExplorerPage() {
  const nav = useExplorerNavigation()
  const { state } = nav
  const view = useExplorerView(state)
  const { theme } = useTheme()
  const reducedMotion = useReducedMotion()
  const [cursorNote, setCursorNote] = useState<{ text: string; during: string } | null>(null)
  const searchBoxRef = useRef<HTMLDivElement>(null)

  useDocumentMeta(view.selected)
  useSearchShortcut(searchBoxRef)

  // The polite live region: the selection and, under a filter, the number of matches. A keyboard
  // move in the graph speaks until the next selection or filter change.
  const derived = announcementOf(atlas, state, view.selected, view.highlight, view.matching.size)
  const announcement = cursorNote && cursorNote.during === derived ? cursorNote.text : derived

  return (
    <main id="main" className="explorer-main" tabIndex={-1}>
      <h1 className="visually-hidden">
        Fine-Tuning Atlas: explore the lineage of fine-tuning techniques
      </h1>
      <DataNotices />
      <div className="explorer" data-side={state.side} data-view={state.view}>
        <section className="stage" aria-label="Techniques">
          <LinkNotices nav={nav} />
          <div ref={searchBoxRef}>
            <ExplorerFilters nav={nav} view={view} theme={theme} />
          </div>
          <StoryBar nav={nav} view={view} />
          <StageViews
            nav={nav}
            view={view}
            theme={theme}
            reducedMotion={reducedMotion}
            onAnnounce={(text) => setCursorNote({ text, during: derived })}
          />
        </section>
        <SidePanel nav={nav} view={view} theme={theme} />
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </main>
  )
}
