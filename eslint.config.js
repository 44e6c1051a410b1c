// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');

/**
 * Modules a host-free core must never reach for: each host brings its own I/O. Listed by exact name,
 * so the core's own folders (shared/rules/path) are not mistaken for Node's `path`.
 */
const HOST_ONLY = ['fs', 'path', 'os', 'child_process', 'exceljs', 'papaparse', 'cli-progress', 'picocolors'];
const HOST_MESSAGE = 'shared/ is host-free: no Node, DOM or host APIs.';

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.scratch/', 'bench/.data/', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: HOST_ONLY.map((name) => ({ name, message: HOST_MESSAGE })),
          patterns: [{ group: ['node:*'], message: HOST_MESSAGE }],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Office',
        'Excel',
        'SpreadsheetApp',
      ],
    },
  },
  {
    // The panel runs in the task pane's or sidebar's browser: the DOM is its host, the others are not.
    files: ['shared/ui/**'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'Office', 'Excel', 'SpreadsheetApp', 'google'],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['bench/**', 'scripts/**', 'cli/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
