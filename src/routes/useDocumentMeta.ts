import { useEffect } from 'react'
import type { Selected } from '../domain/explore/explorerView'

const DEFAULT_DESCRIPTION =
  'An interactive map of how LLM fine-tuning techniques descend from one another.'

/** Title and description follow the selection, so a shared link previews what it shows. */
export function useDocumentMeta({ technique, issue, tool }: Selected) {
  useEffect(() => {
    const subject = technique?.name ?? (issue ? `Edge ${issue.number}: ${issue.title}` : tool?.name)
    document.title = subject ? `${subject} · Fine-Tuning Atlas` : 'Fine-Tuning Atlas'
    const description =
      technique?.description ?? issue?.summary ?? tool?.description ?? DEFAULT_DESCRIPTION
    document.querySelector('meta[name="description"]')?.setAttribute('content', description)
    document.querySelector('meta[property="og:title"]')?.setAttribute('content', document.title)
    document.querySelector('meta[property="og:description"]')?.setAttribute('content', description)
  }, [technique, issue, tool])
}
