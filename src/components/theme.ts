/**
 * Colours and shapes of the two themes. Category colours are picked per theme so each keeps at
 * least 3:1 contrast against its background (checked by a unit test); every family also has its
 * own node shape, so colour is never the only cue.
 */
export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export interface ThemeColors {
  background: string
  text: string
  mutedText: string
  edge: string
  accent: string
  /** One colour per category, in legend order; wraps if there are more categories. */
  categories: readonly string[]
}

export const THEME_COLORS: Record<Theme, ThemeColors> = {
  light: {
    background: '#ffffff',
    text: '#1b2330',
    mutedText: '#4a5565',
    edge: '#8a94a6',
    accent: '#b42318',
    categories: [
      '#4b5563', // full fine-tuning: slate
      '#1d4ed8', // adapters: blue
      '#7e22ce', // low-rank: purple
      '#0f766e', // soft prompts: teal
      '#a16207', // selective: amber
      '#be185d', // quantization: pink
      '#15803d', // instruction tuning: green
      '#c2410c', // preference optimization: orange
      '#0369a1', // AI feedback: sky
    ],
  },
  dark: {
    background: '#121826',
    text: '#e7ebf2',
    mutedText: '#aab3c2',
    edge: '#6b7587',
    accent: '#ff8a7a',
    categories: [
      '#b8c0cc',
      '#7ea6ff',
      '#c79bff',
      '#4fd1c0',
      '#f2c14e',
      '#ff8cc0',
      '#6fdc8c',
      '#ffa45c',
      '#62c7ff',
    ],
  },
}

/** Cytoscape node shapes, one per category family (legend order). */
export const FAMILY_SHAPES = [
  'ellipse',
  'round-rectangle',
  'diamond',
  'hexagon',
  'triangle',
  'star',
  'round-pentagon',
  'octagon',
  'vee',
] as const
export type FamilyShape = (typeof FAMILY_SHAPES)[number]

export const familyColor = (theme: Theme, index: number) => {
  const list = THEME_COLORS[theme].categories
  return list[index % list.length]!
}
export const familyShape = (index: number): FamilyShape =>
  FAMILY_SHAPES[index % FAMILY_SHAPES.length]!

/** WCAG contrast ratio of two #rrggbb colours. */
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
