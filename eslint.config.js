// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');

/** Modules a host-free core must never reach for: each host brings its own I/O. */
const HOST_ONLY = [
  'fs',
  'path',
  'os',
  'child_process',
  'exceljs',
  'papaparse',
  'cli-progress',
  'picocolors',
  'node:*',
];

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.scratch/', 'bench/.data/'] },
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
          patterns: HOST_ONLY.map((group) => ({
            group: [group],
            message: 'shared/ is host-free: no Node, DOM or host APIs.',
          })),
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
    files: ['**/*.js'],
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
