/**
 * Colour-vision maths for checking that the family palette stays distinguishable: WCAG contrast,
 * simulation of the two common red–green dichromacies, and the CIEDE2000 colour difference.
 *
 * Pure TypeScript (no React, Cytoscape or DOM), so the palette search in src/cli/palette.ts and the
 * unit tests can share it. Every colour argument is a `#rrggbb` string.
 */

export type Rgb = readonly [number, number, number]
/** CIELAB (D65): L in 0‥100, a and b roughly −128‥127. */
export type Lab = readonly [number, number, number]

export const VISIONS = ['normal', 'deuteranopia', 'protanopia'] as const
export type Vision = (typeof VISIONS)[number]
export type Dichromacy = Exclude<Vision, 'normal'>

/** Parses `#rrggbb` into 0‥255 channels. */
export function hexToRgb(hex: string): Rgb {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`)
  const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16)
  return [channel(1), channel(3), channel(5)]
}

/** Formats 0‥255 channels (rounded and clamped) as lower-case `#rrggbb`. */
export function rgbToHex(rgb: Rgb): string {
  return (
    '#' +
    rgb
      .map((c) =>
        Math.round(Math.min(255, Math.max(0, c)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  )
}

/** WCAG 2.x contrast ratio of two #rrggbb colours (relative luminance with WCAG's 0.03928 knee). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** sRGB transfer function (IEC 61966-2-1): encoded 0‥1 → linear 0‥1. */
const decode = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
/** Inverse sRGB transfer function: linear 0‥1 → encoded 0‥1. */
const encode = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055)

const toLinear = (hex: string): Rgb => {
  const [r, g, b] = hexToRgb(hex)
  return [decode(r / 255), decode(g / 255), decode(b / 255)]
}

type Matrix3 = readonly [Rgb, Rgb, Rgb]

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", severity 1.0 (full dichromacy). Applied to linear RGB.
 */
export const MACHADO_2009: Record<Dichromacy, Matrix3> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x))

/**
 * How `hex` looks to someone with full deuteranopia or protanopia: decode sRGB to linear RGB,
 * apply the Machado (2009) severity-1.0 matrix, clamp to [0, 1], re-encode and round to #rrggbb.
 */
export function simulateCvd(hex: string, kind: Dichromacy): string {
  const lin = toLinear(hex)
  const m = MACHADO_2009[kind]
  const out = m.map((row) => {
    const v = row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]
    return 255 * encode(clamp01(v))
  })
  return rgbToHex([out[0]!, out[1]!, out[2]!])
}

/** `hex` as seen with the given vision (`normal` returns it unchanged). */
export function seenAs(hex: string, vision: Vision): string {
  return vision === 'normal' ? hex.toLowerCase() : simulateCvd(hex, vision)
}

// D65 reference white, Y normalised to 1.
const WHITE: Rgb = [0.95047, 1, 1.08883]

/** sRGB #rrggbb → CIE XYZ (D65, Y of white = 1) → CIELAB. */
export function hexToLab(hex: string): Lab {
  const [r, g, b] = toLinear(hex)
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  const fx = f(x / WHITE[0])
  const fy = f(y / WHITE[1])
  const fz = f(z / WHITE[2])
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)]
}

const DEG = Math.PI / 180
const POW25_7 = 25 ** 7
const pow7 = (x: number) => {
  const x3 = x * x * x
  return x3 * x3 * x
}
/** Hue angle in degrees, 0‥360 (0 for a neutral colour, as in Sharma et al.). */
const hueAngle = (b: number, ap: number) => {
  if (b === 0 && ap === 0) return 0
  const h = Math.atan2(b, ap) / DEG
  return h < 0 ? h + 360 : h
}

/**
 * CIEDE2000 colour difference of two CIELAB colours, kL = kC = kH = 1 (CIE 142-2001; the
 * implementation follows Sharma, Wu & Dalal 2005, whose test table the unit tests use). Written
 * without Math.hypot / ** so the palette search can call it tens of millions of times.
 */
export function deltaE2000Lab(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1
  const [L2, a2, b2] = lab2
  const C1 = Math.sqrt(a1 * a1 + b1 * b1)
  const C2 = Math.sqrt(a2 * a2 + b2 * b2)
  const Cbar7 = pow7((C1 + C2) / 2)
  const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + POW25_7)))
  const a1p = (1 + G) * a1
  const a2p = (1 + G) * a2
  const C1p = Math.sqrt(a1p * a1p + b1 * b1)
  const C2p = Math.sqrt(a2p * a2p + b2 * b2)
  const h1p = hueAngle(b1, a1p)
  const h2p = hueAngle(b2, a2p)

  const dLp = L2 - L1
  const dCp = C2p - C1p
  const chromaProduct = C1p * C2p
  let dhp = 0
  if (chromaProduct !== 0) {
    dhp = h2p - h1p
    if (dhp > 180) dhp -= 360
    else if (dhp < -180) dhp += 360
  }
  const dHp = 2 * Math.sqrt(chromaProduct) * Math.sin((dhp / 2) * DEG)

  const Lbarp = (L1 + L2) / 2
  const Cbarp = (C1p + C2p) / 2
  let hbarp = h1p + h2p
  if (chromaProduct !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hbarp /= 2
    else hbarp = hbarp < 360 ? (hbarp + 360) / 2 : (hbarp - 360) / 2
  }
  const T =
    1 -
    0.17 * Math.cos((hbarp - 30) * DEG) +
    0.24 * Math.cos(2 * hbarp * DEG) +
    0.32 * Math.cos((3 * hbarp + 6) * DEG) -
    0.2 * Math.cos((4 * hbarp - 63) * DEG)
  const e = (hbarp - 275) / 25
  const dTheta = 30 * Math.exp(-(e * e))
  const Cbarp7 = pow7(Cbarp)
  const RC = 2 * Math.sqrt(Cbarp7 / (Cbarp7 + POW25_7))
  const lShift = (Lbarp - 50) * (Lbarp - 50)
  const SL = 1 + (0.015 * lShift) / Math.sqrt(20 + lShift)
  const SC = 1 + 0.045 * Cbarp
  const SH = 1 + 0.015 * Cbarp * T
  const RT = -Math.sin(2 * dTheta * DEG) * RC

  const tl = dLp / SL
  const tc = dCp / SC
  const th = dHp / SH
  return Math.sqrt(tl * tl + tc * tc + th * th + RT * tc * th)
}

/** CIEDE2000 colour difference of two sRGB #rrggbb colours (via XYZ D65 and CIELAB). */
export function deltaE2000(a: string, b: string): number {
  return deltaE2000Lab(hexToLab(a), hexToLab(b))
}

/**
 * The closest pair of `colors` as seen with `vision` (each colour simulated, then compared with
 * CIEDE2000). Needs at least two colours.
 */
export function minPairwiseDistance(
  colors: readonly string[],
  vision: Vision,
): { distance: number; pair: [string, string] } {
  if (colors.length < 2) throw new Error('minPairwiseDistance needs at least two colours')
  const labs = colors.map((c) => hexToLab(seenAs(c, vision)))
  let best = { distance: Infinity, pair: [colors[0]!, colors[1]!] as [string, string] }
  for (let i = 0; i < colors.length; i++)
    for (let j = i + 1; j < colors.length; j++) {
      const distance = deltaE2000Lab(labs[i]!, labs[j]!)
      if (distance < best.distance) best = { distance, pair: [colors[i]!, colors[j]!] }
    }
  return best
}
