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
 * What the page could not use: the parts of a pasted link (each with its suggested fix as a link)
 * and the dataset's broken records, which are left out while the rest keeps working.
 */
export function ExplorerNotices({ nav }: { nav: ExplorerNavigation }) {
  const [dataNoticeOpen, setDataNoticeOpen] = useState(true)
  const { state, urlNotices, update, dismissNotice } = nav
  return (
    <>
      {urlNotices.length ? (
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
          // The page is drawn (from its built HTML) before the link is read: the notice comes
          // over it rather than pushing the map and filters down under the visitor's eyes.
          floating
        />
      ) : null}
      {dataProblems.length && dataNoticeOpen ? (
        <Notices
          tone="warning"
          title={`The dataset has ${plural(dataProblems.length, 'problem')} in ${plural(dataProblemGroups.length, 'record')}; they are left out`}
          items={dataProblemGroups.map((g) => ({ key: g.record, text: g.text }))}
          scrollable
          onDismiss={() => setDataNoticeOpen(false)}
        />
      ) : null}
    </>
  )
}
