/**
 * `npx tsx src/cli/palette.ts`: searches the 13 technique-family colours for both themes and
 * prints them (src/theme/palette.ts holds the result).
 *
 * Goal: maximise the smallest CIEDE2000 difference between any two family colours, where the
 * difference of a pair is the minimum over normal vision and simulated full deuteranopia and
 * protanopia (Machado et al. 2009). Constraints per theme: ≥ 3:1 WCAG contrast against the
 * background, CIEDE2000 ≥ 10 from the edge grey under normal vision, and CIELAB L* ≥ MIN_LIGHTNESS.
 *
 * The lightness floor is an addition of ours: without it the optimum (light theme 16.3) spends three
 * of the thirteen slots on near-blacks such as #00001e and #0f0f00, which CIEDE2000 scores as
 * different but which look the same on a real screen (CIELAB overstates differences near black,
 * and display flare flattens them). With L* ≥ 25 the light minimum drops to about 14 and the
 * colours land on recognisable hues. It has no effect on the dark theme (3:1 there already needs
 * L* ≳ 40). Set MIN_LIGHTNESS to 0 to reproduce the unconstrained optimum.
 *
 * Method (deterministic: fixed seed, fixed iteration counts, no clock):
 * 1. Candidates: an sRGB grid of LEVELS values per channel, filtered by the constraints; the
 *    pairwise distance of every two candidates is precomputed.
 * 2. Light theme: random-restart farthest-point greedy, then coordinate ascent (move any colour to
 *    the candidate farthest from the other twelve while that increases its nearest-neighbour
 *    distance; the palette minimum never decreases), then "kicks" (re-seed a few colours at
 *    random, ascend again, keep if better). Score: the minimum, ties broken by the sum of nearest-
 *    neighbour distances.
 * 3. Order: the 13 colours are assigned to families (exact DP over subsets) so that the nine
 *    families which already had a legend colour (before src/theme/palette.ts) keep the nearest hue/chroma.
 * 4. Dark theme, matched: index i may only use candidates whose CIELAB hue is within
 *    HUE_TOLERANCE of light colour i (near-neutral stays near-neutral), same search. This is done
 *    for the best few distinct light optima (SHORTLIST, within LIGHT_SLACK of the best) and the
 *    pair with the larger worse-theme minimum wins. An unmatched dark search is run too, only to
 *    show what the matching costs.
 */
import {
  VISIONS,
  contrastRatio,
  deltaE2000,
  deltaE2000Lab,
  hexToLab,
  minPairwiseDistance,
  rgbToHex,
  seenAs,
  type Lab,
} from '../theme/colorVision.ts'

const FAMILIES = [
  'full fine-tuning',
  'adapters',
  'low-rank / LoRA family',
  'soft prompts',
  'selective tuning',
  'quantization',
  'instruction tuning',
  'preference optimization',
  'AI feedback',
  'orthogonal',
  'model merging',
  'distillation',
  'RL for reasoning',
] as const
const K = FAMILIES.length

/** Hue anchors: the legend colours the first nine families had before this palette. */
const LIGHT_ANCHORS = [
  '#4b5563', // full fine-tuning: slate
  '#1d4ed8', // adapters: blue
  '#7e22ce', // low-rank: purple
  '#0f766e', // soft prompts: teal
  '#a16207', // selective: amber
  '#be185d', // quantization: pink
  '#15803d', // instruction tuning: green
  '#c2410c', // preference optimization: orange
  '#0369a1', // AI feedback: sky
]

const THEME_SPECS = {
  light: { background: '#ffffff', edge: '#8a94a6' },
  dark: { background: '#121826', edge: '#6b7587' },
} as const
type ThemeName = keyof typeof THEME_SPECS

const LEVELS = 18
const MIN_CONTRAST = 3
const MIN_EDGE_DISTANCE = 10
const SEED = 20090901
/** Near-black floor (CIELAB L*); see the header comment. */
const MIN_LIGHTNESS = 25
const LIGHT_RESTARTS = 48
const LIGHT_KICKS = 100
const DARK_RESTARTS = 12
const DARK_KICKS = 40
/** Light palettes within this much of the best light minimum are tried with a matched dark search. */
const LIGHT_SLACK = 0.5
const SHORTLIST = 3
const HUE_TOLERANCE = 10
/** CIELAB chroma below which a colour counts as neutral (its hue is not meaningful). */
const NEUTRAL_CHROMA = 12

/** Small deterministic PRNG (mulberry32). */
function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
type Rng = () => number
const pick = <T>(rng: Rng, list: ArrayLike<T>): T => list[Math.floor(rng() * list.length)]!

interface Space {
  hex: string[]
  /** CIELAB under normal vision (for hue matching and ordering). */
  lab: Lab[]
  n: number
  /** dist[i * n + j]: min over the three visions of CIEDE2000 between candidates i and j. */
  dist: Float32Array
}

function buildSpace(theme: ThemeName): Space {
  const { background, edge } = THEME_SPECS[theme]
  const levels = Array.from({ length: LEVELS }, (_, i) => Math.round((i * 255) / (LEVELS - 1)))
  const hex: string[] = []
  for (const r of levels)
    for (const g of levels)
      for (const b of levels) {
        const h = rgbToHex([r, g, b])
        if (contrastRatio(h, background) < MIN_CONTRAST) continue
        if (deltaE2000(h, edge) < MIN_EDGE_DISTANCE) continue
        if (hexToLab(h)[0] < MIN_LIGHTNESS) continue
        hex.push(h)
      }
  const n = hex.length
  const seen = VISIONS.map((v) => hex.map((h) => hexToLab(seenAs(h, v))))
  const dist = new Float32Array(n * n)
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      let d = Infinity
      for (const labs of seen) d = Math.min(d, deltaE2000Lab(labs[i]!, labs[j]!))
      dist[i * n + j] = d
      dist[j * n + i] = d
    }
  return { hex, lab: seen[0]!, n, dist }
}

/** Distance from candidate c to the nearest selected colour other than the one at `skip`. */
function nearest(space: Space, c: number, sel: Int32Array, skip: number): number {
  let d = Infinity
  const row = c * space.n
  for (let j = 0; j < sel.length; j++) if (j !== skip) d = Math.min(d, space.dist[row + sel[j]!]!)
  return d
}

function score(space: Space, sel: Int32Array) {
  let min = Infinity
  let sum = 0
  for (let i = 0; i < sel.length; i++) {
    const d = nearest(space, sel[i]!, sel, i)
    min = Math.min(min, d)
    sum += d
  }
  return { min, sum }
}
type Score = ReturnType<typeof score>
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

interface Found {
  sel: Int32Array
  score: Score
}

/**
 * Iterated local search: `restarts` × (greedy start, ascent, `kicks` random re-seeds of one to three
 * colours followed by ascent, kept when better). Returns each restart's result, best first, with
 * duplicate palettes removed.
 */
function search(
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

const chroma = (lab: Lab) => Math.hypot(lab[1], lab[2])
const hueOf = (lab: Lab) => (Math.atan2(lab[2], lab[1]) * 180) / Math.PI
const hueGap = (a: Lab, b: Lab) => {
  const d = Math.abs(hueOf(a) - hueOf(b)) % 360
  return d > 180 ? 360 - d : d
}

/** Assigns colours to families: anchored families get the nearest a*b* (hue and chroma). */
function orderForFamilies(colors: string[]): string[] {
  const labs = colors.map(hexToLab)
  const anchors = LIGHT_ANCHORS.map(hexToLab)
  const cost = (family: number, color: number) => {
    const anchor = anchors[family]
    if (!anchor) return 0
    const lab = labs[color]!
    return Math.hypot(lab[1] - anchor[1], lab[2] - anchor[2])
  }
  const size = 1 << K
  const dp = new Float64Array(size).fill(Infinity)
  const from = new Int32Array(size).fill(-1)
  dp[0] = 0
  for (let mask = 0; mask < size; mask++) {
    if (dp[mask] === Infinity) continue
    let family = 0
    for (let m = mask; m; m &= m - 1) family++
    if (family === K) continue
    for (let c = 0; c < K; c++) {
      if (mask & (1 << c)) continue
      const next = mask | (1 << c)
      const v = dp[mask]! + cost(family, c)
      if (v < dp[next]!) {
        dp[next] = v
        from[next] = c
      }
    }
  }
  const out: string[] = []
  for (let mask = size - 1; mask;) {
    const c = from[mask]!
    out.unshift(colors[c]!)
    mask &= ~(1 << c)
  }
  return out
}

function report(theme: ThemeName, label: string, colors: readonly string[]) {
  const { background, edge } = THEME_SPECS[theme]
  console.log(`\n${theme} — ${label}`)
  colors.forEach((c, i) => {
    const lab = hexToLab(c)
    console.log(
      `  ${String(i).padStart(2)} ${c}  L*${lab[0].toFixed(0).padStart(3)} C*${chroma(lab)
        .toFixed(0)
        .padStart(3)} h${((hueOf(lab) + 360) % 360).toFixed(0).padStart(4)}  ` +
        `contrast ${contrastRatio(c, background).toFixed(2)}  ΔE(edge) ${deltaE2000(c, edge).toFixed(1).padStart(4)}  ${FAMILIES[i] ?? ''}`,
    )
  })
  const mins = VISIONS.map((v) => {
    const { distance, pair } = minPairwiseDistance(colors, v)
    console.log(`  min ΔE2000 ${v.padEnd(12)} ${distance.toFixed(2)}  (${pair.join(' vs ')})`)
    return distance
  })
  console.log(`  min over visions: ${Math.min(...mins).toFixed(2)}`)
  return Math.min(...mins)
}

const started = performance.now()
const rng = mulberry32(SEED)
const all = (space: Space) => {
  const every = Int32Array.from({ length: space.n }, (_, i) => i)
  return Array.from({ length: K }, () => every)
}

const lightSpace = buildSpace('light')
const darkSpace = buildSpace('dark')
console.log(`Distance matrices built in ${((performance.now() - started) / 1000).toFixed(1)} s`)
console.log(
  `Candidates (${LEVELS} levels per channel, after constraints): light ${lightSpace.n}, dark ${darkSpace.n}`,
)

const lightFound = search(lightSpace, all(lightSpace), rng, LIGHT_RESTARTS, LIGHT_KICKS)
const lightBest = lightFound[0]!.score.min
const shortlist = lightFound
  .filter((f) => f.score.min >= lightBest - LIGHT_SLACK)
  .slice(0, SHORTLIST)
console.log(
  `Light optima found: ${lightFound.map((f) => f.score.min.toFixed(2)).join(' ')}; ` +
    `trying the ${shortlist.length} within ${LIGHT_SLACK} of the best with a matched dark search`,
)

/** Dark candidates per index: similar CIELAB hue to the light colour (neutral stays neutral). */
const matchedTo = (lightColors: readonly string[]) =>
  lightColors.map((hex) => {
    const target = hexToLab(hex)
    const neutral = chroma(target) < NEUTRAL_CHROMA
    const ok: number[] = []
    darkSpace.lab.forEach((lab, i) => {
      const c = chroma(lab)
      if (
        neutral ? c < NEUTRAL_CHROMA : c >= NEUTRAL_CHROMA && hueGap(lab, target) <= HUE_TOLERANCE
      )
        ok.push(i)
    })
    return Int32Array.from(ok)
  })

let light: string[] = []
let dark: string[] = []
let chosen = { worst: -1, light: -1, dark: -1 }
for (const f of shortlist) {
  const ordered = orderForFamilies(Array.from(f.sel, (i) => lightSpace.hex[i]!))
  const d = search(darkSpace, matchedTo(ordered), rng, DARK_RESTARTS, DARK_KICKS)[0]!
  const worst = Math.min(f.score.min, d.score.min)
  console.log(
    `  light ${f.score.min.toFixed(2)} → matched dark ${d.score.min.toFixed(2)} (worst ${worst.toFixed(2)})`,
  )
  if (worst > chosen.worst + 1e-9) {
    light = ordered
    dark = Array.from(d.sel, (i) => darkSpace.hex[i]!)
    chosen = { worst, light: f.score.min, dark: d.score.min }
  }
}

report('light', 'chosen', light)
const darkMin = report('dark', `chosen, hue-matched to light (±${HUE_TOLERANCE}°)`, dark)

const darkFree = search(darkSpace, all(darkSpace), rng, DARK_RESTARTS, DARK_KICKS)[0]!
const darkFreeMin = report(
  'dark',
  'reference only: unmatched search (not used)',
  Array.from(darkFree.sel, (i) => darkSpace.hex[i]!),
)
console.log(
  `\nHue matching costs ${(darkFreeMin - darkMin).toFixed(2)} ΔE2000 of the dark minimum ` +
    `(${darkMin.toFixed(2)} matched vs ${darkFreeMin.toFixed(2)} unmatched); the chosen pair's ` +
    `worse theme is ${chosen.light <= chosen.dark ? 'light' : 'dark'} at ${chosen.worst.toFixed(2)}.`,
)

console.log('\nexport const FAMILY_COLORS = {')
console.log(`  light: [${light.map((c) => `'${c}'`).join(', ')}],`)
console.log(`  dark: [${dark.map((c) => `'${c}'`).join(', ')}],`)
console.log('} as const')
console.log(`\nTotal time ${((performance.now() - started) / 1000).toFixed(1)} s`)
