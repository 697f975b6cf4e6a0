/**
 * The live half of the shop content script: binds watchPage (./page-watch.ts) to the real page (the global
 * document and location, a MutationObserver, navigation hints) and to the extension (sending reports, and
 * stopping when the extension goes away). The only file of src/content that reads globals, so page-watch.ts
 * stays testable with a fake DOM and fake timers.
 *
 * Nothing the page can dispatch decides what is read or when reading stops (issue 10):
 * - WXT's ContentScriptContext is not used for the reader's lifetime. It stops when a CustomEvent named
 *   `<extension id>:shop:wxt:content-script-started` reaches `document`, and any page can dispatch that (DOM
 *   events cross from the page's world to ours; store ids are public), which silenced the reader in tests.
 *   What really ends a content script is the extension going away (reload, update, uninstall), which Chrome
 *   shows by taking `runtime.id` from orphaned scripts; Firefox unloads them with the extension.
 * - WXT's wxt:locationchange is a window event the page can forge, and it fires before `location` changes.
 *   Events here (Navigation API `navigate`, popstate, pageshow, load) are only hints to look again; the URL
 *   is always read from `location.href` itself.
 */
import { browser } from '#imports';
import type { PageReport, StoreAnswer } from '../messaging';
import { watchPage, withoutHash } from './page-watch';
import { readLight } from './read-light';
import { sharedWorld } from './shared-world';

/** A report the background had not yet seen the tab at is tried again this often, this many times. */
const RETRY_MS = 300;
const RETRIES = 5;

/** Watches the page and every page the shop navigates to in place; `send` gets each report. */
export function watchShopPage(send: (report: PageReport) => Promise<StoreAnswer | undefined>): () => void {
  // One reader per page. A site turned off and on again during one page's life gets this script injected
  // twice (src/background/sites.ts readTab), into the same isolated world: the second injection says the
  // page again through the reader already watching it instead of starting a second one. A reader orphaned
  // by an extension update is not alive any more, so the new script starts its own.
  const running = sharedWorld.__needleSafeReader;
  if (running?.alive()) {
    running.resend();
    return running.stop;
  }
  const alive = () => {
    try {
      return browser.runtime?.id !== undefined;
    } catch {
      return false;
    }
  };
  const deliver = (report: PageReport, triesLeft: number) => {
    void send(report).then(
      (answer) => {
        // The background checks each report against the tab's committed URL; if it has not seen this
        // navigation commit yet, say it again while this page is still at that URL.
        if (answer !== 'not-current' || triesLeft <= 0) return;
        setTimeout(() => {
          if (alive() && withoutHash(location.href) === withoutHash(report.url))
            deliver(report, triesLeft - 1);
        }, RETRY_MS);
      },
      () => undefined,
    );
  };
  const watch = watchPage({
    doc: document,
    // The full readers once the background has injected them (src/content/read.ts), the light ones until then.
    read: (doc, url, opts) => (sharedWorld.__needleSafeFull ?? readLight)(doc, url, opts),
    url: () => location.href,
    send: (report) => deliver(report, RETRIES),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as number),
    now: () => performance.now(),
    complete: () => document.readyState === 'complete',
    alive,
    observe: (onChange) => {
      const mo = new MutationObserver(onChange);
      mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      return () => mo.disconnect();
    },
  });
  sharedWorld.__needleSafeScripts = () => watch.scripts();
  const hints = new AbortController();
  const stop = () => {
    hints.abort();
    watch.stop();
    if (sharedWorld.__needleSafeReader?.stop === stop) delete sharedWorld.__needleSafeReader;
  };
  sharedWorld.__needleSafeReader = { alive, resend: () => watch.resend(), stop };
  const opts = { signal: hints.signal, passive: true } as const;
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener?.('navigate', watch.hint, opts);
  addEventListener('popstate', watch.hint, opts);
  addEventListener('load', watch.hint, opts);
  // Back/forward cache: the page comes back as it was, without a new content script; the background forgot
  // it when the tab moved away, so say the answer again.
  addEventListener('pageshow', (e) => (e.persisted ? watch.resend() : watch.hint()), opts);
  return stop;
}
