/**
 * The static first frame the build drew into the page (src/build/pagesPlugin.ts): the whole map
 * as SVG, visible before any script runs. It is taken when this module loads, before the app
 * replaces the pre-rendered page, put back into the live graph's box, and removed once the live
 * graph has drawn, so the visitor sees one picture handed over to the other in place.
 */
import { useEffect, useLayoutEffect, type RefObject } from 'react'

let frame: Element | null =
  typeof document === 'undefined' ? null : document.getElementById('first-frame')

export function useFirstFrame(box: RefObject<HTMLElement | null>, drawn: boolean) {
  useLayoutEffect(() => {
    if (frame && box.current && !drawn) box.current.prepend(frame)
  }, [box, drawn])
  useEffect(() => {
    if (!drawn || !frame) return
    frame.remove()
    frame = null
  }, [drawn])
}
