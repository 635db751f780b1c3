// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

/** Where code may run decides what it may import (see STYLE.md, "process split"). */
const nodeOnly = ['electron', 'electron/*', 'node:*', 'fs', 'path', 'os', 'child_process', 'crypto'];
const restrict = (what, why) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: what, message: why }] }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'test-results', 'playwright-report', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The ideographic space (U+3000) is real text here: the form's 年　月　日 and its padded labels.
      'no-irregular-whitespace': [
        'error',
        { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Type-only imports may cross: the renderer takes the type of `window.desk` from the preload.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeOnly, '**/electron/**'],
              allowTypeImports: true,
              message: 'The renderer runs in a sandboxed page: reach the disk through window.desk.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [...nodeOnly, 'react', 'react-dom', 'zustand', 'i18next', 'react-i18next'],
      'shared/ is used by both processes: no Electron, Node or UI imports here.',
    ),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*'],
      'Services are plain Node modules so that they run under Vitest, the CLI and the browser shell.',
    ),
  },
  prettier,
);
