import { useEffect, useRef, useState } from 'react'
import { dismantle } from './dismantle'
import { firstFrameMarkup, releaseFirstFrame } from './firstFrame'

/**
 * The static first frame in the graph's box: shown until the live graph is ready, then hidden at
 * once and taken apart in idle time (see dismantle), after which it is no longer rendered. It
 * is never shown again (a later graph draws at once).
 */
export function useFirstFrame(ready: boolean) {
  const [frame, setFrame] = useState(firstFrameMarkup)
  const [retired, setRetired] = useState(false)
  if (ready && frame && !retired) setRetired(true)
  const frameHostRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!retired) return
    releaseFirstFrame()
    const host = frameHostRef.current
    if (!host) return
    return dismantle(host, () => setFrame(''))
  }, [retired])
  return { frame, frameHidden: retired, frameHostRef }
}
