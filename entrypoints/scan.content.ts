import { readPage } from '@/src/content/read';
import { sharedWorld } from '@/src/content/shared-world';

// The full readers, injected on demand (scripting.executeScript): by "Scan this page" on a site outside the
// registry (activeTab), and by the background when the shop content script's light read is not enough
// (src/background/full-read.ts). It stays installed for the shop content script's later reads. The return
// value of main() is the result of scripting.executeScript.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    sharedWorld.__needleSafeFull ??= readPage;
    try {
      return readPage(document, location.href, { scripts: sharedWorld.__needleSafeScripts?.() ?? true });
    } catch {
      return null;
    }
  },
});
