import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { InlineConfig } from 'vite';
import { defineConfig } from 'wxt';
import { inlinePageCss } from './scripts/lib/inline-page-css';
import { shopMatchPatterns } from './src/shops';

/**
 * Content scripts get the browser's own namespace; pages and background keep webextension-polyfill.
 *
 * The polyfill module aliases `wxt/browser` for every build. WXT's documented per-build hook
 * (`vite:build:extendConfig`: "update the vite config per entrypoint group") puts WXT's plain `browser`
 * (`@wxt-dev/browser`: `browser` in Firefox, `chrome` in Chrome) first in builds made only of content
 * scripts. A shim imported by our content script instead would not be enough: WXT's ContentScriptContext
 * imports `wxt/browser` itself, so the polyfill stays in (measured: shop.js 29.8 kB either way, 19.6 kB
 * with this alias, before the diet of issue 13 took it to 11.5 kB; the 12 kB budget is asserted in e2e).
 * Content scripts only call runtime.id and
 * runtime.sendMessage, which return promises natively in Chrome MV3 and Firefox.
 */
const NO_CONTEXT = fileURLToPath(new URL('./src/content/no-context.ts', import.meta.url));

/**
 * The same builds get a stand-in for WXT's ContentScriptContext (src/content/no-context.ts says why):
 * shop.js 23.5 kB -> 19.8 kB (issue 13).
 */
function useNativeBrowser(config: InlineConfig): void {
  const alias = config.resolve?.alias ?? [];
  const entries = Array.isArray(alias)
    ? alias
    : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = {
    ...config.resolve,
    alias: [
      { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
      { find: /^wxt\/utils\/content-script-context$/, replacement: NO_CONTEXT },
      ...entries,
    ],
  };
}

/** The origins "Always check this site" may ask for, one site at a time (never granted as a whole). */
const SITE_ORIGINS = ['https://*/*', 'http://*/*'];

// Host access only for the shops in the registry (src/shops/index.ts); every other page is read through
// activeTab + scripting when the user clicks the toolbar button or the context-menu item.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  hooks: {
    // The shop content script's matches come from the registry here, at build time, and not in the
    // entrypoint: an import of src/shops there would bundle every shop's reader into the script (issue 13).
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const e of entrypoints)
        if (e.type === 'content-script' && e.name === 'shop') e.options.matches = shopMatchPatterns();
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script')) useNativeBrowser(config);
    },
  },
  // The popup's CSS inline in popup.html: no stylesheet fetch before its first paint (scripts/lib/inline-page-css.ts).
  vite: () => ({ plugins: [preact(), inlinePageCss(['entrypoints/popup/index.html'])] }),
  manifest: ({ browser, manifestVersion }) => ({
    // Names and texts from public/_locales (src/ui/i18n.ts says why browser.i18n rather than @wxt-dev/i18n).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // activeTab + scripting: "Scan this page" on sites outside the registry. alarms: badge colour and
    // reminders on time. contextMenus: "Check selected ingredients". Notifications only if reminders are on.
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'contextMenus'],
    host_permissions: shopMatchPatterns(),
    // "Always check this site" (src/background/sites.ts) asks for one origin at a time, on the user's click;
    // nothing beyond the registry is granted up front. MV3 declares the origins it may ask for in
    // optional_host_permissions; MV2 (the Firefox build) has only optional_permissions, and WXT drops the
    // MV3 key from MV2 builds rather than moving it, so they are placed by manifest version here.
    ...(manifestVersion === 2
      ? { optional_permissions: ['notifications', ...SITE_ORIGINS] }
      : { optional_permissions: ['notifications'], optional_host_permissions: SITE_ORIGINS }),
    action: { default_title: '__MSG_ext_action_title__' },
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
