/** Edit distance (Levenshtein), used to suggest a close id for a mistyped link. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    prev = cur
  }
  return prev[b.length]!
}

/**
 * The candidate closest to `input` by id or label, if it is close enough to be a plausible typo
 * (at most a third of the input's length, and at least 1, edits away).
 */
export function closest<T extends { id: string; label: string }>(
  input: string,
  candidates: Iterable<T>,
): T | undefined {
  const needle = input.toLowerCase()
  const limit = Math.max(1, Math.floor(needle.length / 3))
  let best: T | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = Math.min(
      editDistance(needle, c.id.toLowerCase()),
      editDistance(needle, c.label.toLowerCase()),
    )
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return bestDistance <= limit ? best : undefined
}

/** The `n` candidates closest to `input` by id or label, nearest first (ties by label). */
export function nearest<T extends { id: string; label: string }>(
  input: string,
  candidates: Iterable<T>,
  n: number,
): T[] {
  const needle = input.trim().toLowerCase()
  return [...candidates]
    .map((c) => ({
      c,
      d: Math.min(
        editDistance(needle, c.id.toLowerCase()),
        editDistance(needle, c.label.toLowerCase()),
      ),
    }))
    .sort((a, b) => a.d - b.d || a.c.label.localeCompare(b.c.label))
    .slice(0, n)
    .map((x) => x.c)
}
