/**
 * The design tokens: every colour the Atlas uses, per theme, in one place. The stylesheet gets
 * them as CSS custom properties (`virtual:atlas-tokens.css`, written from `tokensCss`), the
 * graph and the legend read them here, and `tests/unit/tokens.test.ts` checks their contrast.
 */
import { FAMILY_COLORS } from './palette.ts'

export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export interface ThemeTokens {
  /** Page and graph background. */
  bg: string
  surface: string
  surface2: string
  text: string
  muted: string
  border: string
  /** Selection and lineage highlight. */
  accent: string
  link: string
  focus: string
  chipOn: string
  warningBg: string
  infoBg: string
  /** Lineage links at rest. */
  edge: string
  /** One colour per category family, in legend order. */
  families: readonly string[]
}

export const TOKENS: Record<Theme, ThemeTokens> = {
  light: {
    bg: '#ffffff',
    surface: '#f5f7fa',
    surface2: '#eaeef4',
    text: '#1b2330',
    muted: '#4a5565',
    border: '#c9d1dc',
    accent: '#b42318',
    link: '#1d4ed8',
    focus: '#1d4ed8',
    chipOn: '#dbe6ff',
    warningBg: '#fff4e0',
    infoBg: '#eef4ff',
    edge: '#8a94a6',
    families: FAMILY_COLORS.light,
  },
  dark: {
    bg: '#121826',
    surface: '#1a2233',
    surface2: '#232d42',
    text: '#e7ebf2',
    muted: '#aab3c2',
    border: '#3a465e',
    accent: '#ff8a7a',
    link: '#8fb3ff',
    focus: '#8fb3ff',
    chipOn: '#2b3d66',
    warningBg: '#3a2c12',
    infoBg: '#1c2a4a',
    edge: '#6b7587',
    families: FAMILY_COLORS.dark,
  },
}

export const familyColor = (theme: Theme, index: number) => {
  const list = TOKENS[theme].families
  return list[index % list.length]!
}

const cssName = (key: string) => `--${key.replace(/[A-Z0-9]/g, (c) => `-${c.toLowerCase()}`)}`

function declarations(t: ThemeTokens): string {
  const lines = Object.entries(t)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `  ${cssName(key)}: ${value};`)
  t.families.forEach((color, i) => lines.push(`  --family-${i}: ${color};`))
  return lines.join('\n')
}

/**
 * The tokens as CSS: light on `:root` (also the no-script default), dark on
 * `:root[data-theme='dark']`, which the page sets before its first paint.
 */
export function tokensCss(): string {
  return [
    `:root {\n${declarations(TOKENS.light)}\n}`,
    `:root[data-theme='dark'] {\n${declarations(TOKENS.dark)}\n}`,
  ].join('\n')
}
