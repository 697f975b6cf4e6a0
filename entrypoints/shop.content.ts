import { watchShopPage } from '@/src/content/shop-page';
import { sendMessage } from '@/src/messaging';

// Registered only on the shops of the registry: wxt.config.ts fills in `matches` from src/shops at build time
// (importing the registry here would bundle every shop's reader). Every other site is read through
// scan.content.ts on click.
export default defineContentScript({
  matches: [],
  runAt: 'document_idle',
  // WXT's script-started window.postMessage names the extension id to every page (and so tells each shop
  // that this user microneedles); the reader does not use WXT's context for its lifetime (src/content/shop-page.ts).
  noScriptStartedPostMessage: true,
  main() {
    watchShopPage((report) => sendMessage('pageScanned', report));
  },
});
