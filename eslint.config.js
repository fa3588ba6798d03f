// Lint rules, including the layering rules: core/ knows nothing of ui/ or features/; features/
// use core/ and only ui/base/ (for their own panel controls); nothing builds HTML from strings.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noHtmlStrings = {
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Build DOM with Lit templates or createElement, never HTML strings.' },
    { property: 'outerHTML', message: 'Build DOM with Lit templates or createElement, never HTML strings.' },
    { property: 'insertAdjacentHTML', message: 'Build DOM with Lit templates or createElement, never HTML strings.' },
  ],
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**', 'demo/**', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      ...noHtmlStrings,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'info', 'error'] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/features/**', '**/translate/**'], message: 'core/ must not depend on ui/, features/ or translate/.' }] }],
    },
  },
  {
    files: ['src/features/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ui/*', '!**/ui/base', '**/ui/*/**', '!**/ui/base/**'], message: 'features/ may only use ui/base/ from ui/.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.{mjs,ts}', '*.config.{js,mjs,ts}', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    // Scripts of test fixture pages run in the browser.
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
