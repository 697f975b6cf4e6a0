import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { shopMatchPatterns } from './src/shops';

// Host access only for the shops in the registry (src/shops/index.ts); every other page is read through
// activeTab + scripting when the user clicks the toolbar button or the context-menu item.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Needle Safe',
    description:
      'Flags skincare ingredients to hold after microneedling, on shop product pages, against your rolling schedule. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'contextMenus', 'notifications'],
    host_permissions: shopMatchPatterns(),
    action: { default_title: 'Needle Safe: check this product' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'needle-safe@example.org',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
