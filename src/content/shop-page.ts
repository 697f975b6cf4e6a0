/**
 * The live half of the shop content script: binds watchPage (./page-watch.ts) to the real page (the global
 * document and location, a MutationObserver) and to WXT's content-script context (timers that die with the
 * script, single-page navigation), and starts a new watch after every in-page navigation. The only file of
 * src/content that reads globals, so page-watch.ts stays testable with a fake DOM and fake timers.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport } from '../messaging';
import { watchPage } from './page-watch';

/** Watches the current page and every page the shop navigates to in place; `send` gets one report each. */
export function watchShopPage(ctx: ContentScriptContext, send: (report: PageReport) => void): void {
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
        if (ctx.isValid) send(report);
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
}
