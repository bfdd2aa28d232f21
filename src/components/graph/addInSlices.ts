/**
 * Adding a graph's elements a slice at a time, yielding to the browser between slices, so that
 * styling hundreds of elements never blocks input for long (on a slow phone, styling the whole
 * map in one go was one task of half a second). Nodes go before edges, which need their ends.
 */
export interface SliceOptions {
  /** How many elements one call to `add` takes. */
  size: number
  /** Milliseconds of adding before the browser gets a turn. */
  budget: number
  now: () => number
  /** Resolves once the browser has had its turn. */
  yieldToBrowser: () => Promise<void>
}

export async function addInSlices<T extends { group?: string }>(
  elements: readonly T[],
  add: (slice: T[]) => void,
  /** False once the caller no longer wants the rest (e.g. the instance was destroyed). */
  live: () => boolean,
  options: SliceOptions,
): Promise<boolean> {
  const ordered = [
    ...elements.filter((e) => e.group === 'nodes'),
    ...elements.filter((e) => e.group !== 'nodes'),
  ]
  let next = 0
  while (next < ordered.length) {
    const start = options.now()
    do {
      add(ordered.slice(next, next + options.size))
      next += options.size
    } while (next < ordered.length && options.now() - start < options.budget)
    if (next >= ordered.length) break
    await options.yieldToBrowser()
    if (!live()) return false
  }
  return true
}

/** The browser's own yield where it has one (it resumes ahead of other tasks), else a task. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
