import { shopMatchPatterns } from '@/src/shops';

export default defineContentScript({
  matches: shopMatchPatterns(),
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.needleSafe = 'active';
  },
});
