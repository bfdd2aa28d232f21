/**
 * Vite plugin: serves the design tokens (src/theme/tokens.ts) to the stylesheet as
 * `virtual:atlas-tokens.css`, and writes the page background into index.html's theme-color
 * tags, so every colour is defined once.
 */
import type { Plugin } from 'vite'
import { TOKENS, tokensCss } from '../theme/tokens.ts'

const ID = 'virtual:atlas-tokens.css'
const RESOLVED = '\0' + ID

export function atlasTokens(): Plugin {
  return {
    name: 'atlas-tokens',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? tokensCss() : undefined),
    transformIndexHtml: (html) =>
      html
        .replaceAll('__ATLAS_BG_LIGHT__', TOKENS.light.bg)
        .replaceAll('__ATLAS_BG_DARK__', TOKENS.dark.bg),
  }
}
