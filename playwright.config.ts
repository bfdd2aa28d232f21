import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium'

/**
 * Browser tests against the production build, served twice: at the root and under a sub-path
 * (/atlas/), as static hosts would. Debian's Chromium, never a downloaded browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  // A flaky test is a failing test: no retries to hide it.
  retries: 0,
  failOnFlakyTests: true,
  // README screenshots are written only on request (npm run docs:screenshots).
  testIgnore: process.env.ATLAS_DOCS_SCREENSHOTS ? [] : ['**/docs.spec.ts'],
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4183',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      // Ports of their own (not the preview's 4173) and never reused: the tests always run
      // against the build they just made.
      command: 'npx vite build && npx vite preview --host 127.0.0.1 --port 4183 --strictPort',
      url: 'http://127.0.0.1:4183/',
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command:
        'ATLAS_BASE=/atlas/ ATLAS_OUT_DIR=dist-sub npx vite build && ATLAS_BASE=/atlas/ ATLAS_OUT_DIR=dist-sub npx vite preview --host 127.0.0.1 --port 4184 --strictPort',
      url: 'http://127.0.0.1:4184/atlas/',
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The dev server on a dataset with broken records and a broken file.
      command:
        'ATLAS_DATA_DIR=tests/fixtures/broken-data npx vite --host 127.0.0.1 --port 4185 --strictPort',
      url: 'http://127.0.0.1:4185/',
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
