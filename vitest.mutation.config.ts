// Unit tests only (Node): what the mutation run executes for each mutant.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/layering.test.ts'],
    environment: 'node',
    // The dry run shares two cores with the mutants' runners: slow layout tests need room.
    testTimeout: 30_000,
    setupFiles: ['tests/setup.ts'],
  },
})
