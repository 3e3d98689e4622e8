// ESLint flat config. Besides the usual TypeScript rules it enforces the one-way import
// direction of DESIGN.md: the theme runtime (outside its react/ folder) stays free of
// React, zustand, plotly.js and the DOM, so it runs in Node, workers and plotly.py tooling.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react/*', 'zustand', 'zustand/*', 'plotly.js', 'plotly.js/*', 'plotly.js-dist*', '@radix-ui/*'];

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'e2e/artifacts/', 'e2e/consumer-app/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `onClick={() => setMode('dark')}` is idiomatic React; braces there add noise, not clarity.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['editor/**/*.{ts,tsx}', 'theme-runtime/react/**/*.{ts,tsx}', 'theme-runtime/package/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['theme-runtime/**/*.ts'],
    ignores: ['theme-runtime/react/**'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: UI_PACKAGES,
              allowTypeImports: true,
              message: 'theme-runtime is pure: React, zustand, plotly.js and Radix belong in theme-runtime/react or editor/.',
            },
            { group: ['**/editor/**', '**/react/**'], message: 'imports run downward: theme-runtime never imports the editor or its own React bindings.' },
          ],
        },
      ],
      // No DOM in the pure runtime: these globals are what a stray DOM call would reach for.
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'sessionStorage', 'navigator', 'HTMLElement'],
    },
  },
  {
    // Theme strings are user text: they reach the DOM only through React (which escapes) or
    // textContent. These would parse them as HTML instead.
    files: ['editor/**/*.{ts,tsx}', 'theme-runtime/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Set textContent or render with React: innerHTML parses text as markup.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML parses text as markup; create elements instead.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write parses text as markup.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as children: React escapes it.' },
      ],
    },
  },
  {
    files: ['theme-runtime/**/*.test.ts', 'presets/**', 'scripts/**', 'bench/**', 'e2e/**', '*.config.ts', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
