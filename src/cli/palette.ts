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
 *
 * Code: src/cli/palette/config.ts (families, anchors, constraints, parameters), space.ts (candidate
 * grid and distance matrix), search.ts (greedy, ascent, kicks), families.ts (step 3), hue.ts;
 * the colour science (sRGB, CIELAB, CIEDE2000, CVD simulation) is in src/theme/colorVision.ts.
 */
import {
  VISIONS,
  contrastRatio,
  deltaE2000,
  hexToLab,
  minPairwiseDistance,
} from '../theme/colorVision.ts'
import {
  DARK_KICKS,
  DARK_RESTARTS,
  FAMILIES,
  HUE_TOLERANCE,
  LEVELS,
  LIGHT_KICKS,
  LIGHT_RESTARTS,
  LIGHT_SLACK,
  SEED,
  SHORTLIST,
  THEME_SPECS,
  type ThemeName,
} from './palette/config.ts'
import { orderForFamilies } from './palette/families.ts'
import { chroma, hueOf } from './palette/hue.ts'
import { mulberry32, search } from './palette/search.ts'
import { all, buildSpace, matchedTo } from './palette/space.ts'

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

let light: string[] = []
let dark: string[] = []
let chosen = { worst: -1, light: -1, dark: -1 }
for (const f of shortlist) {
  const ordered = orderForFamilies(Array.from(f.sel, (i) => lightSpace.hex[i]!))
  const d = search(darkSpace, matchedTo(darkSpace, ordered), rng, DARK_RESTARTS, DARK_KICKS)[0]!
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
