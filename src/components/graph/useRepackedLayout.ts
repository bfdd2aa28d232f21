import { useEffect, useMemo, useState } from 'react'
import type { Atlas } from '../../domain/data/atlas'
import type { LineageLayout } from '../../domain/layout/layoutGeometry'
import { cachedRepack, repackLayout, subsetKey } from './repackLayout'

/** How long a subset has to stay before it is laid out. */
const REPACK_DELAY_MS = 200

export type Repack =
  | { status: 'full' }
  | { status: 'pending'; count: number }
  | { status: 'ready'; ids: ReadonlySet<string>; layout: LineageLayout }
  | { status: 'failed'; count: number; message: string; retry: () => void }

/**
 * The layout of a re-packed view: the whole map when `ids` is null, else the subset's own
 * layout once the browser has made it (pending meanwhile, failed with a retry if ELK could not
 * be loaded or run).
 */
export function useRepackedLayout(atlas: Atlas, ids: ReadonlySet<string> | null): Repack {
  const key = useMemo(() => (ids ? subsetKey(ids) : null), [ids])
  const [result, setResult] = useState<{ key: string; layout?: LineageLayout; error?: string }>()
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (!ids || !key || cachedRepack(ids)) return
    let live = true
    // Typing a search with Hide non-matching on changes the subset on every keystroke: only
    // a subset that stays for a moment is laid out, so ELK does not queue a run per key.
    const timer = setTimeout(() => {
      repackLayout(atlas, ids).then(
        (layout) => live && setResult({ key, layout }),
        (error: unknown) =>
          live && setResult({ key, error: error instanceof Error ? error.message : String(error) }),
      )
    }, REPACK_DELAY_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
    // The key stands for the ids.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [atlas, key, attempt])
  if (!ids || !key) return { status: 'full' }
  const layout = cachedRepack(ids) ?? (result?.key === key ? result.layout : undefined)
  if (layout) return { status: 'ready', ids, layout }
  if (result?.key === key && result.error)
    return {
      status: 'failed',
      count: ids.size,
      message: result.error,
      retry: () => {
        setResult(undefined)
        setAttempt((n) => n + 1)
      },
    }
  return { status: 'pending', count: ids.size }
}
