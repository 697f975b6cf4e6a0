import { watchShopPage } from '@/src/content/shop-page';
import { sendMessage } from '@/src/messaging';
import { shopMatchPatterns } from '@/src/shops';

// Registered only on the shops of the registry; every other site is read through scan.content.ts on click.
export default defineContentScript({
  matches: shopMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    watchShopPage(ctx, (report) => void sendMessage('pageScanned', report).catch(() => undefined));
  },
});
