import { useState } from 'react'

/**
 * Local text for an input whose committed value lives in the URL: typing stays responsive, and
 * when the URL changes from elsewhere (Back, a link) the text follows it. Uses React's
 * "adjust state while rendering" pattern rather than an effect.
 */
export function useDraft(value: string): [string, (next: string) => void] {
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  if (value !== seen) {
    setSeen(value)
    if (value !== draft.replace(/\s+/g, ' ').trim()) setDraft(value)
  }
  return [draft, setDraft]
}
