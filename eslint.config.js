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

// Globals the pure levels must not touch: the DOM and window, the extension APIs, timers and Node's process.
const pureGlobals = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'MutationObserver',
  'requestAnimationFrame',
  'setTimeout',
  'setInterval',
  'chrome',
  'browser',
  'process',
  'Buffer',
].map((name) => ({
  name,
  message: `${name}: the pure levels (src/ingredients, src/recovery, src/shelf) take data, not the browser.`,
}));

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
  {
    // The pure levels (docs: "pure modules never use document/browser/Date.now"): plain data in and out, the
    // clock passed in, so they run unchanged in Node, in tests and in any extension context. TypeScript knows
    // the DOM globals, so they are banned by name here rather than left to no-undef.
    files: ['src/ingredients/**', 'src/recovery/**', 'src/shelf/**'],
    rules: {
      'no-restricted-globals': ['error', ...pureGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pure code takes `now` as a parameter.' },
        { object: 'performance', message: 'Pure code takes `now` as a parameter.' },
      ],
      'no-restricted-syntax': [
        'error',
        ...noHtmlSinks,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pure code takes `now` as a parameter.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '#imports', message: 'WXT runtime: only entrypoints and the browser level use it.' },
            { name: 'wxt', message: 'WXT runtime: only entrypoints and the browser level use it.' },
            { name: 'webextension-polyfill', message: 'The browser API stays out of the pure levels.' },
          ],
          patterns: [
            {
              group: ['wxt/*', '@wxt-dev/*'],
              message: 'WXT runtime: only entrypoints and the browser level use it.',
            },
            {
              group: ['**/shops', '**/shops/**'],
              message: 'Shops read the DOM; the pure levels never import them.',
            },
            {
              group: ['**/storage', '**/storage*'],
              message: 'Storage is the browser level: pass the values in.',
            },
            { group: ['node:*'], message: 'Pure code runs in the browser too: no Node APIs.' },
          ],
        },
      ],
    },
  },
);
