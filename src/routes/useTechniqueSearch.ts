import { useEffect, useMemo, useState } from 'react'
import type { Atlas } from '../domain/data/atlas'
import type { TechniqueSearch } from '../domain/explore/search'

let loading: Promise<TechniqueSearch> | null = null
/** The search index is built on first use, from a chunk the first view does not load. */
export function loadSearch(atlas: Atlas) {
  // A failed download is not remembered: the next keystroke tries again.
  loading ??= import('../domain/explore/search').then(
    (m) => m.createTechniqueSearch(atlas.data.techniques),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/**
 * Ranked technique ids for the search text, or null when there is no text. While the index is
 * still loading the previous answer stays, so the graph does not flash.
 */
export function useTechniqueSearch(atlas: Atlas, query: string): string[] | null {
  const [index, setIndex] = useState<TechniqueSearch | null>(null)
  const q = query.trim()
  useEffect(() => {
    if (!q || index) return
    let live = true
    loadSearch(atlas).then(
      (s) => {
        if (live) setIndex(s)
      },
      () => {},
    )
    return () => {
      live = false
    }
  }, [atlas, q, index])
  return useMemo(() => (q && index ? index.search(q) : null), [q, index])
}
