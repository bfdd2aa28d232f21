// Unit tests only (Node): what the mutation run executes for each mutant.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/layering.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
})
