// Mutation testing: `npm run test:mutation`. Mutates the pure domain code and the graph's class
// logic, and runs the unit tests against each mutant; a surviving mutant is a change no test
// notices. The report lands in reports/mutation/ (git-ignored).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/domain/**/*.ts',
    'src/components/graph/stateClasses.ts',
    // Declarative tables and schema text: mutating messages says nothing about behaviour.
    '!src/domain/data/schema.ts',
    '!src/domain/data/constants.ts',
  ],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 20000,
  ignoreStatic: true,
  // Build and test output is not needed in the sandbox (and may change while it is copied).
  ignorePatterns: ['/dist', '/dist-*', '/test-results', '/playwright-report', '/.bench'],
}
