import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { shopMatchPatterns } from './src/shops';

/**
 * Content scripts use the browser's own namespace instead of webextension-polyfill: they only call
 * runtime.id and runtime.sendMessage, which return promises natively in Chrome MV3 and Firefox, and the
 * polyfill's 10 kB would double a content script that runs on every shop page (budget: 20 kB).
 * Background, popup and options keep the polyfill.
 */
function nativeBrowserInContentScripts(): Plugin {
  let contentScript = false;
  const id = '\0native-browser';
  return {
    name: 'needle-safe:native-browser-in-content-scripts',
    enforce: 'pre',
    options(opts) {
      contentScript = /\.content\.ts/.test(JSON.stringify(opts.input ?? ''));
    },
    resolveId(source) {
      return contentScript && source === 'webextension-polyfill' ? id : null;
    },
    load(source) {
      return source === id ? 'export default globalThis.browser ?? globalThis.chrome;' : null;
    },
  };
}

// Host access only for the shops in the registry (src/shops/index.ts); every other page is read through
// activeTab + scripting when the user clicks the toolbar button or the context-menu item.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  vite: () => ({ plugins: [preact(), nativeBrowserInContentScripts()] }),
  manifest: ({ browser }) => ({
    name: 'Needle Safe',
    description:
      'Flags skincare ingredients to hold after microneedling, on shop product pages, against your rolling schedule. Nothing leaves your browser.',
    // activeTab + scripting: "Scan this page" on sites outside the registry. alarms: badge colour and
    // reminders on time. contextMenus: "Check selected ingredients". Notifications only if reminders are on.
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'contextMenus'],
    optional_permissions: ['notifications'],
    host_permissions: shopMatchPatterns(),
    action: { default_title: 'Needle Safe: check this product' },
    ...(browser === 'firefox'
      ? {
          // The minimum versions are set by data_collection_permissions, the newest key used: Firefox 140
          // on desktop (also the 2025 ESR) and 142 on Android, per web-ext lint's compatibility data. Every
          // other key and API the build uses is older (storage.session in MV2: 115; scripting: 102).
          browser_specific_settings: {
            gecko: {
              id: 'needle-safe@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
