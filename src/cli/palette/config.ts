/** Families, anchors, theme constraints and search parameters for the palette search (src/cli/palette.ts). */

export const FAMILIES = [
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
export const K = FAMILIES.length

/** Hue anchors: the legend colours the first nine families had before this palette. */
export const LIGHT_ANCHORS = [
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

export const THEME_SPECS = {
  light: { background: '#ffffff', edge: '#8a94a6' },
  dark: { background: '#121826', edge: '#6b7587' },
} as const
export type ThemeName = keyof typeof THEME_SPECS

export const LEVELS = 18
export const MIN_CONTRAST = 3
export const MIN_EDGE_DISTANCE = 10
export const SEED = 20090901
/** Near-black floor (CIELAB L*); see the header comment of src/cli/palette.ts. */
export const MIN_LIGHTNESS = 25
export const LIGHT_RESTARTS = 48
export const LIGHT_KICKS = 100
export const DARK_RESTARTS = 12
export const DARK_KICKS = 40
/** Light palettes within this much of the best light minimum are tried with a matched dark search. */
export const LIGHT_SLACK = 0.5
export const SHORTLIST = 3
export const HUE_TOLERANCE = 10
/** CIELAB chroma below which a colour counts as neutral (its hue is not meaningful). */
export const NEUTRAL_CHROMA = 12
