import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium'

/**
 * Browser tests against the production build, served twice: at the root and under a sub-path
 * (/atlas/), as static hosts would. Debian's Chromium, never a downloaded browser.
 */
// Two checkouts on one machine can run their browser tests side by side with their own ports
// (ATLAS_E2E_PORT=4283 uses 4283–4285).
const port = Number(process.env.ATLAS_E2E_PORT ?? 4183)

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
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      // Ports of their own (not the preview's 4173) and never reused: the tests always run
      // against the build they just made.
      command: `ATLAS_TEST_HOOKS=1 npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `ATLAS_TEST_HOOKS=1 ATLAS_BASE=/atlas/ ATLAS_OUT_DIR=dist-sub npx vite build && ATLAS_BASE=/atlas/ ATLAS_OUT_DIR=dist-sub npx vite preview --host 127.0.0.1 --port ${port + 1} --strictPort`,
      url: `http://127.0.0.1:${port + 1}/atlas/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The dev server on a dataset with broken records and a broken file.
      command: `ATLAS_TEST_HOOKS=1 ATLAS_DATA_DIR=tests/fixtures/broken-data npx vite --host 127.0.0.1 --port ${port + 2} --strictPort`,
      url: `http://127.0.0.1:${port + 2}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
