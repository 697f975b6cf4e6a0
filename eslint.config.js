import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Page text is data, never markup: no innerHTML-style sinks anywhere in the extension.
const noHtmlSinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Page text is data: use textContent.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Page text is data: use textContent.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks.' },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No HTML sinks.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Page text is data: render text.',
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/e2e/artifacts/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // WXT auto-imports (defineBackground, browser, storage, ...) are declared in .wxt/types.
    files: ['entrypoints/**'],
    rules: { 'no-undef': 'off' },
  },
);
