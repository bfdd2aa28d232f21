import { useState } from 'react'
import { appLink } from '../../components/links'
import { Notices } from '../../components/Notices'
import { groupProblems } from '../../domain/data/dataset'
import { applySuggestion } from '../../domain/url/viewState'
import { atlas, dataProblems } from '../atlasData'
import { addressOf, type ExplorerNavigation } from './useExplorerNavigation'

const dataProblemGroups = groupProblems(dataProblems)
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * What the page could not use of a pasted link, each part with its suggested fix as a link. It
 * floats over the bottom of the graph's side of the page: the page is drawn (from its built
 * HTML) before the link is read, and a notice taking room would push the map and filters down
 * under the visitor's eyes; over the graph, it leaves the side panel readable.
 */
export function LinkNotices({ nav }: { nav: ExplorerNavigation }) {
  const { state, urlNotices, update, dismissNotice } = nav
  if (!urlNotices.length) return null
  return (
    <Notices
      title="Part of this link could not be used"
      items={urlNotices.map((n, i) => {
        const fixed = n.suggestion ? applySuggestion(state, n, atlas) : undefined
        return {
          key: `${n.param}-${i}`,
          text: n.message,
          fix:
            fixed && n.suggestion
              ? {
                  label: n.suggestion.label,
                  ...appLink(addressOf(fixed), () => {
                    dismissNotice(n)
                    update(fixed)
                  }),
                }
              : undefined,
        }
      })}
      onDismiss={() => dismissNotice()}
      floating
    />
  )
}

/** The dataset's broken records, which are left out while the rest keeps working. */
export function DataNotices() {
  const [open, setOpen] = useState(true)
  if (!dataProblems.length || !open) return null
  return (
    <Notices
      tone="warning"
      title={`The dataset has ${plural(dataProblems.length, 'problem')} in ${plural(dataProblemGroups.length, 'record')}; they are left out`}
      items={dataProblemGroups.map((g) => ({ key: g.record, text: g.text }))}
      scrollable
      onDismiss={() => setOpen(false)}
    />
  )
}
