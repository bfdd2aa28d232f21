import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The schema module's *types* may be imported anywhere (they are erased); its values may not.
const SCHEMA = ['zod', '**/domain/data/schema', '**/domain/data/validateDataset']
const layer = (patterns, message) => {
  const strict = patterns.filter((p) => !SCHEMA.includes(p))
  const schema = patterns.filter((p) => SCHEMA.includes(p))
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: strict, message },
          ...(schema.length ? [{ group: schema, message, allowTypeImports: true }] : []),
        ],
      },
    ],
  }
}
const DOMAIN_BANS = [
  'react',
  'react-dom',
  'react/*',
  'cytoscape',
  '@tanstack/*',
  '**/components/**',
  '**/routes/**',
  '**/build/**',
]
const COMPONENT_BANS = [
  '**/routes/**',
  '@tanstack/*',
  'zod',
  '**/domain/data/schema',
  '**/domain/data/validateDataset',
  '**/build/**',
]
const CYTOSCAPE_BANS = ['cytoscape', 'cytoscape-*', '**/graph/useCytoscape', '**/graph/graphStyle']
const HTML_SINKS = 'Nothing from the URL or the data is rendered as HTML.'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      '.bench',
      'node_modules',
      'test-results',
      'playwright-report',
      '*.tmp.mjs',
      '*.tmp.mts',
      '.stryker-tmp',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: HTML_SINKS },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: HTML_SINKS,
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: HTML_SINKS,
        },
        {
          selector: "CallExpression[callee.property.name='createContextualFragment']",
          message: HTML_SINKS,
        },
      ],
    },
  },
  // Imports point inward: domain ← components ← routes. One config object per folder set, with
  // every pattern for that set (a later object would replace, not extend, an earlier one).
  {
    files: ['src/domain/**', 'src/theme/**'],
    rules: layer(
      DOMAIN_BANS,
      'src/domain and src/theme are pure TypeScript: no React, Cytoscape, router, views or build code.',
    ),
  },
  // Inside the domain: the dataset's room imports no other, the drawing only the dataset's.
  {
    files: ['src/domain/data/**'],
    rules: layer(
      [...DOMAIN_BANS, '**/layout/*', '**/explore/*', '**/url/*', '**/decide/*'],
      'src/domain/data is the base of the domain: it imports no other domain folder.',
    ),
  },
  {
    files: ['src/domain/layout/**'],
    rules: layer(
      [...DOMAIN_BANS, '**/explore/*', '**/url/*', '**/decide/*'],
      'src/domain/layout draws the map from the dataset alone: no explorer, URL or decide code.',
    ),
  },
  {
    files: ['src/components/**'],
    ignores: ['src/components/graph/**'],
    rules: layer(
      [...COMPONENT_BANS, ...CYTOSCAPE_BANS],
      'Components take props and call back: no routes, router, schema library or Cytoscape (only src/components/graph knows Cytoscape).',
    ),
  },
  {
    files: ['src/components/graph/**'],
    rules: layer(
      COMPONENT_BANS,
      'The graph takes props and calls back: no routes, router or schema library.',
    ),
  },
  {
    files: ['src/routes/**', 'src/main.tsx', 'src/router.tsx'],
    rules: layer(
      [
        'cytoscape',
        'zod',
        '**/domain/data/schema',
        '**/domain/data/validateDataset',
        '**/build/**',
      ],
      'The app never ships the schema library or talks to Cytoscape directly.',
    ),
  },
  // The house: no room over 250 lines (tests/unit/house.test.ts also counts the stylesheets),
  // and no import circle, through types or dynamic imports included.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**', 'src/cli/**', 'src/build/**', '*.config.*', 'eslint.config.js'],
    rules: { 'no-console': 'off' },
  },
)
