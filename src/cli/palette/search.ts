/**
 * The palette search: random-restart farthest-point greedy, coordinate ascent and kicks over a
 * candidate Space. Deterministic given the Rng (mulberry32 with a fixed seed).
 */
import { K } from './config.ts'
import type { Space } from './space.ts'

/** Small deterministic PRNG (mulberry32). */
export function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
export type Rng = () => number
const pick = <T>(rng: Rng, list: ArrayLike<T>): T => list[Math.floor(rng() * list.length)]!

/** Distance from candidate c to the nearest selected colour other than the one at `skip`. */
function nearest(space: Space, c: number, sel: Int32Array, skip: number): number {
  let d = Infinity
  const row = c * space.n
  for (let j = 0; j < sel.length; j++) if (j !== skip) d = Math.min(d, space.dist[row + sel[j]!]!)
  return d
}

export function score(space: Space, sel: Int32Array) {
  let min = Infinity
  let sum = 0
  for (let i = 0; i < sel.length; i++) {
    const d = nearest(space, sel[i]!, sel, i)
    min = Math.min(min, d)
    sum += d
  }
  return { min, sum }
}
export type Score = ReturnType<typeof score>
const better = (a: Score, b: Score) =>
  a.min > b.min + 1e-9 || (a.min > b.min - 1e-9 && a.sum > b.sum)

/**
 * Coordinate ascent: move a colour to the allowed candidate farthest from the other twelve while
 * that increases its nearest-neighbour distance. For speed, every candidate keeps its nearest and
 * second-nearest selected colour, so "nearest except position i" is a lookup, and a move only
 * rescans the candidates whose nearest or second-nearest was the colour that moved.
 */
function ascend(space: Space, sel: Int32Array, allowed: readonly Int32Array[]) {
  const { n, dist } = space
  const near1 = new Float32Array(n)
  const near2 = new Float32Array(n)
  const arg1 = new Int32Array(n)
  const arg2 = new Int32Array(n)
  const rescan = (c: number) => {
    let d1 = Infinity
    let d2 = Infinity
    let a1 = -1
    let a2 = -1
    for (let j = 0; j < sel.length; j++) {
      const d = dist[sel[j]! * n + c]!
      if (d < d1) {
        d2 = d1
        a2 = a1
        d1 = d
        a1 = j
      } else if (d < d2) {
        d2 = d
        a2 = j
      }
    }
    near1[c] = d1
    near2[c] = d2
    arg1[c] = a1
    arg2[c] = a2
  }
  for (let c = 0; c < n; c++) rescan(c)
  const move = (i: number, to: number) => {
    sel[i] = to
    const row = to * n
    for (let c = 0; c < n; c++) {
      if (arg1[c] === i || arg2[c] === i) {
        rescan(c)
        continue
      }
      const d = dist[row + c]!
      if (d < near1[c]!) {
        near2[c] = near1[c]!
        arg2[c] = arg1[c]!
        near1[c] = d
        arg1[c] = i
      } else if (d < near2[c]!) {
        near2[c] = d
        arg2[c] = i
      }
    }
  }
  for (let changed = true; changed;) {
    changed = false
    for (let i = 0; i < sel.length; i++) {
      const current = sel[i]!
      let best = current
      let bestD = arg1[current] === i ? near2[current]! : near1[current]!
      const list = allowed[i]!
      for (let k = 0; k < list.length; k++) {
        const c = list[k]!
        const d = arg1[c] === i ? near2[c]! : near1[c]!
        if (d > bestD + 1e-6) {
          best = c
          bestD = d
        }
      }
      if (best !== current) {
        move(i, best)
        changed = true
      }
    }
  }
}

/** Farthest-point greedy in a random position order, starting from a random candidate. */
function greedy(space: Space, allowed: readonly Int32Array[], rng: Rng): Int32Array {
  const order = Array.from({ length: K }, (_, i) => i)
  for (let i = K - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  const sel = new Int32Array(K).fill(-1)
  const placed: number[] = []
  for (const pos of order) {
    let best = pick(rng, allowed[pos]!)
    if (placed.length) {
      let bestD = -1
      for (const c of allowed[pos]!) {
        let d = Infinity
        for (const p of placed) d = Math.min(d, space.dist[sel[p]! * space.n + c]!)
        if (d > bestD) {
          best = c
          bestD = d
        }
      }
    }
    sel[pos] = best
    placed.push(pos)
  }
  return sel
}

export interface Found {
  sel: Int32Array
  score: Score
}

/**
 * Iterated local search: `restarts` × (greedy start, ascent, `kicks` random re-seeds of one to three
 * colours followed by ascent, kept when better). Returns each restart's result, best first, with
 * duplicate palettes removed.
 */
export function search(
  space: Space,
  allowed: readonly Int32Array[],
  rng: Rng,
  restarts: number,
  kicks: number,
): Found[] {
  const found = new Map<string, Found>()
  for (let r = 0; r < restarts; r++) {
    let sel = greedy(space, allowed, rng)
    ascend(space, sel, allowed)
    let s = score(space, sel)
    for (let k = 0; k < kicks; k++) {
      const trial = sel.slice()
      const moves = 1 + Math.floor(rng() * 3)
      for (let m = 0; m < moves; m++) {
        const pos = Math.floor(rng() * K)
        trial[pos] = pick(rng, allowed[pos]!)
      }
      ascend(space, trial, allowed)
      const t = score(space, trial)
      if (better(t, s)) {
        sel = trial
        s = t
      }
    }
    found.set([...sel].sort((x, y) => x - y).join(), { sel, score: s })
  }
  return [...found.values()].sort((x, y) => (better(x.score, y.score) ? -1 : 1))
}
