/**
 * The static first frame (the whole map as SVG, drawn by the build: firstFrameSvg.ts), shown in
 * the graph's box until the live graph has drawn. The build renders it into the page; the
 * browser hydrates the page with the very same markup (read back from it here), so React adopts
 * it in place, and removes it once Cytoscape has drawn.
 */
let markup =
  typeof document === 'undefined'
    ? ''
    : (document.getElementById('first-frame-host')?.innerHTML ?? '')

/** The build sets the frame before rendering pages. */
export function setFirstFrameMarkup(svg: string) {
  markup = svg
}

export function firstFrameMarkup(): string {
  return markup
}

/** After the first live drawing the frame is never shown again (a later graph draws at once). */
export function releaseFirstFrame() {
  markup = ''
}
