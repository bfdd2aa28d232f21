/**
 * Empties an element a few nodes at a time in the browser's idle time, then calls `done`.
 * Removing the static first frame (a thousand SVG nodes) in one go was the longest task of a
 * phone's start-up (about 140 ms on a fast machine with the accessibility tree on). Returns a
 * function that stops it.
 */
export function dismantle(
  root: Node,
  done: () => void,
  options: {
    /** Milliseconds of removing per turn. */
    budget?: number
    /** A node with more children than this is taken apart rather than removed whole. */
    fanout?: number
    now?: () => number
    later?: (run: () => void) => () => void
  } = {},
): () => void {
  const { budget = 8, fanout = 24, now = () => performance.now(), later = whenIdle } = options
  let cancel = () => {}
  const step = () => {
    const start = now()
    while (root.lastChild && now() - start < budget) {
      let node: Node = root.lastChild
      while (node.childNodes.length > fanout) node = node.lastChild!
      node.parentNode!.removeChild(node)
    }
    if (root.lastChild) cancel = later(step)
    else done()
  }
  cancel = later(step)
  return () => cancel()
}

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 500 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(run, 16)
  return () => clearTimeout(id)
}
