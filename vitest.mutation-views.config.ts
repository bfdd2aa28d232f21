// The calculator's and chooser's views under mutation testing: their component tests (jsdom).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/component/decideViews.test.tsx', 'tests/component/decideFields.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
  },
})
