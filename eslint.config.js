// ESLint flat config: TypeScript, accessibility rules for JSX, imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/**',
      'assets/data/**',
      'test-results/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { 'import-x/resolver-next': [] },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text and user input reach the DOM as text only.' },
        { property: 'outerHTML', message: 'Page text and user input reach the DOM as text only.' },
        {
          property: 'insertAdjacentHTML',
          message: 'Page text and user input reach the DOM as text only.',
        },
      ],
      'react/no-danger': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-unresolved': 'off',
      'import-x/named': 'off',
      'import-x/namespace': 'off',
      'import-x/default': 'off',
      'import-x/no-named-as-default-member': 'off',
      'import-x/no-duplicates': 'error',
      'import-x/no-cycle': 'off',
    },
  },
  {
    // CLIs and test tooling print to the terminal on purpose.
    files: ['scripts/**', 'tests/e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
