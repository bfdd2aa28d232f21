/**
 * The candidate space: an sRGB grid filtered by the per-theme constraints, with the pairwise
 * distance (min over normal vision and the simulated dichromacies) of every two candidates.
 */
import {
  VISIONS,
  contrastRatio,
  deltaE2000,
  deltaE2000Lab,
  hexToLab,
  rgbToHex,
  seenAs,
  type Lab,
} from '../../theme/colorVision.ts'
import {
  HUE_TOLERANCE,
  K,
  LEVELS,
  MIN_CONTRAST,
  MIN_EDGE_DISTANCE,
  MIN_LIGHTNESS,
  NEUTRAL_CHROMA,
  THEME_SPECS,
  type ThemeName,
} from './config.ts'
import { chroma, hueGap } from './hue.ts'

export interface Space {
  hex: string[]
  /** CIELAB under normal vision (for hue matching and ordering). */
  lab: Lab[]
  n: number
  /** dist[i * n + j]: min over the three visions of CIEDE2000 between candidates i and j. */
  dist: Float32Array
}

export function buildSpace(theme: ThemeName): Space {
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

/** Allowed candidates per palette index: every candidate, for each of the K indices. */
export const all = (space: Space) => {
  const every = Int32Array.from({ length: space.n }, (_, i) => i)
  return Array.from({ length: K }, () => every)
}

/**
 * Allowed candidates per index in `space` (the dark theme's): similar CIELAB hue to light colour
 * i, within HUE_TOLERANCE (neutral stays neutral).
 */
export const matchedTo = (space: Space, lightColors: readonly string[]) =>
  lightColors.map((hex) => {
    const target = hexToLab(hex)
    const neutral = chroma(target) < NEUTRAL_CHROMA
    const ok: number[] = []
    space.lab.forEach((lab, i) => {
      const c = chroma(lab)
      if (
        neutral ? c < NEUTRAL_CHROMA : c >= NEUTRAL_CHROMA && hueGap(lab, target) <= HUE_TOLERANCE
      )
        ok.push(i)
    })
    return Int32Array.from(ok)
  })
