import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'build/**', 'extensions/dist/**', 'data/**', 'test-results/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The pure core must not reach Directus, the disk, the network or the clock.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@directus/*', 'node:fs', 'node:fs/*', 'fs', 'node:http', 'node:https', 'node:net', 'knex', 'exceljs', 'puppeteer-core'] }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass "today" in as an argument; the core has no clock.' }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass "now" in as an argument; the core has no clock.' }],
    },
  },
  {
    // Tests of the core may read fixtures and reference files, never Directus or the network.
    files: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@directus/*', 'node:http', 'node:https', 'node:net', 'knex'] }],
    },
  },
);
