import { sendMessage } from '@/src/messaging';
import { watchPage } from '@/src/page-watch';
import { shopMatchPatterns } from '@/src/shops';

// Registered only on the shops of the registry; every other site is read through scan.content.ts on click.
export default defineContentScript({
  matches: shopMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    let stop: (() => void) | null = null;
    let lastText: string | null = null;
    const run = (navigated: boolean) => {
      stop?.();
      stop = watchPage({
        navigated,
        previousText: lastText,
        doc: document,
        url: () => location.href,
        send: (report) => {
          lastText = report.text;
          if (ctx.isValid) sendMessage('pageScanned', report).catch(() => undefined);
        },
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id as number),
        observe: (onChange) => {
          const mo = new MutationObserver(onChange);
          mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
          return () => mo.disconnect();
        },
      });
    };
    run(false);
    // Single-page shops change product without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => run(true));
    ctx.onInvalidated(() => stop?.());
  },
});
