/**
 * Performance marks around real interactions: a handler calls `markInput` when the user acts;
 * GraphView calls `markGraphUpdated` once the graph reflects it, and the next frame records an
 * `atlas:<name>` measure (read by `npm run bench`). Only in test and benchmark builds.
 */
let pending: { name: string; start: number } | null = null

export function markInput(name: string) {
  if (!__ATLAS_TEST_HOOKS__) return
  pending = { name, start: performance.now() }
}

export function markGraphUpdated() {
  const p = pending
  if (!p) return
  pending = null
  requestAnimationFrame(() => {
    performance.measure(`atlas:${p.name}`, { start: p.start, end: performance.now() })
  })
}

/** A named moment of start-up (`atlas:<name>`), for the benchmark. Only in test builds. */
export function markStartup(name: string) {
  if (__ATLAS_TEST_HOOKS__) performance.mark(`atlas:${name}`)
}

/**
 * Each time the map's names are placed (`atlas:labels-placed`, with how many techniques gained
 * or lost their name): a graph nobody touches places them once, then rests. Only in test builds.
 */
export function markLabelsPlaced(changed: number) {
  if (__ATLAS_TEST_HOOKS__) performance.mark('atlas:labels-placed', { detail: { changed } })
}
