/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { atlasData } from './src/build/atlasPlugin.ts'
import { atlasPages } from './src/build/pagesPlugin.ts'
import { atlasTokens } from './src/build/tokensPlugin.ts'

// ATLAS_BASE serves the site under a sub-path (e.g. /atlas/); ATLAS_DATA_DIR swaps in a
// synthetic dataset for benchmarks only (it skips the seed-entity check).

const base = process.env.ATLAS_BASE ?? '/'
// Test and benchmark hooks (window.__atlasGraph, performance marks) exist only in builds made
// with ATLAS_TEST_HOOKS=1 (browser tests, bench) and under Vitest; what ships has none.
const testHooks = process.env.ATLAS_TEST_HOOKS === '1' || !!process.env.VITEST
const dataDir = process.env.ATLAS_DATA_DIR

export default defineConfig(({ command }) => ({
  base,
  define: {
    __ATLAS_TEST_HOOKS__: JSON.stringify(testHooks),
    // Elements above which Cytoscape's experimental WebGL renderer is used: off unless a build
    // sets ATLAS_WEBGL_ABOVE (the benchmark compares both; see README, Performance).
    __ATLAS_WEBGL_ABOVE__: JSON.stringify(Number(process.env.ATLAS_WEBGL_ABOVE ?? 1e9)),
  },
  plugins: [
    react(),
    atlasTokens(),
    atlasData({ dir: dataDir, requireSeedEntities: !dataDir }),
    atlasPages({ testHooks }),
  ],
  // Builds only (dev and tests keep readable sources), for the first-view budget (README,
  // Performance): Cytoscape's own minified ESM build packs 1.5 KB gzip smaller than re-minifying
  // its readable one; and with React ≥ 18 the store selector TanStack Router uses needs no shim
  // (the package's own non-shim entry, same behaviour, on React's built-in hook).
  resolve: {
    alias:
      command === 'build'
        ? [
            { find: /^cytoscape$/, replacement: 'cytoscape/dist/cytoscape.esm.min.mjs' },
            {
              find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
              replacement: 'use-sync-external-store/with-selector',
            },
          ]
        : [],
  },
  build: {
    outDir: process.env.ATLAS_OUT_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: false,
    // No preload helper around dynamic imports nor its polyfill: index.html preloads the app's
    // code itself (atlasPlugin), and the lazily loaded views share chunks the app already has.
    modulePreload: false,
    // Cytoscape alone is ~500 KB minified; the first-view budget is tracked by `npm run bench`.
    chunkSizeWarningLimit: 900,
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
}))
