import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }],
})

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
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Nothing from the URL or the data is rendered as HTML.',
        },
      ],
    },
  },
  // Imports point inward: domain ← components ← routes.
  {
    files: ['src/domain/**'],
    rules: layer(
      [
        [
          'react',
          'react-dom',
          'react/*',
          'cytoscape',
          '@tanstack/*',
          '**/components/**',
          '**/routes/**',
          '**/build/**',
        ],
      ],
      'src/domain is pure TypeScript: no React, Cytoscape, router, views or build code.',
    ),
  },
  {
    files: ['src/components/**'],
    rules: layer(
      [['**/routes/**', '@tanstack/*', 'zod', '**/domain/schema', '**/domain/validateDataset']],
      'Components take props and call back; they do not know routes, the router or the schema library.',
    ),
  },
  {
    files: ['src/components/**'],
    ignores: ['src/components/graph/**'],
    rules: layer(
      [['cytoscape', '**/graph/useCytoscape', '**/graph/graphStyle']],
      'Only src/components/graph knows Cytoscape.',
    ),
  },
  {
    files: ['src/routes/**', 'src/main.tsx', 'src/router.tsx'],
    rules: layer(
      [['cytoscape', 'zod', '**/domain/schema', '**/domain/validateDataset']],
      'The app never ships the schema library or talks to Cytoscape directly.',
    ),
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
