// Mutation testing of the calculator's and chooser's views: `npm run test:mutation:views`.
// Their component tests run against each mutant (the domain is covered by stryker.config.mjs).
import base from './stryker.config.mjs'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation-views.config.ts' },
  mutate: ['src/components/decide/*.tsx'],
  htmlReporter: { fileName: 'reports/mutation-views/index.html' },
  jsonReporter: { fileName: 'reports/mutation-views/mutation.json' },
}
