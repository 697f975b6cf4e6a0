/**
 * Runs the shop readers on the live page and reports what they find, waiting a bounded time for lists that
 * shops render late (accordions filled by JavaScript, client-side navigation). Pure DOM + callbacks: the
 * content script passes the real `document` and a `send`, tests pass a fake.
 */
import { extract } from '../shops';
import type { PageReport } from '../messaging';
import type { ReadOptions } from '../shops/types';

/** Shops that render late usually settle within a few seconds; after this we report "no list". */
export const WATCH_MS = 8_000;
/** Re-reading a busy page on every mutation would cost more than it finds; batch them. */
export const THROTTLE_MS = 400;

export interface WatchDeps {
  doc: Document;
  url: () => string;
  send: (report: PageReport) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** Returns a stop function. */
  observe: (onChange: () => void) => () => void;
  /** True after an in-page navigation: page-load JSON then describes the previous product. */
  navigated?: boolean;
  /**
   * The list reported for the previous URL. Right after an in-page navigation the shop may still show the
   * old product's list; the same text is only accepted once the watch time is over.
   */
  previousText?: string | null;
}

export function readPage(doc: Document, url: string, opts: ReadOptions = { scripts: true }): PageReport {
  const r = extract(doc, url, undefined, opts);
  return {
    url,
    title: doc.title.slice(0, 300),
    shop: r.shop,
    text: r.found ? r.text : null,
    via: r.via,
    productPage: r.productPage,
  };
}

/**
 * Reads now; if no list yet, re-reads on DOM changes (throttled) until one appears or WATCH_MS passes, then
 * reports once. Returns a stop function (used on navigation and when the content script is invalidated).
 */
export function watchPage(deps: WatchDeps): () => void {
  let stopped = false;
  let stopObserving: (() => void) | null = null;
  let pending: unknown = null;
  let deadline: unknown = null;

  const finish = (report: PageReport) => {
    if (stopped) return;
    stop();
    deps.send(report);
  };
  const attempt = (final: boolean) => {
    pending = null;
    if (stopped) return;
    let report: PageReport;
    try {
      report = readPage(deps.doc, deps.url(), { scripts: !deps.navigated });
    } catch {
      // Never throw into the page: an unreadable page is reported as "no list".
      report = { url: deps.url(), title: '', shop: null, text: null, via: null, productPage: false };
    }
    const stale = deps.navigated && report.text !== null && report.text === deps.previousText;
    if ((report.text && !stale) || final) finish(report);
  };
  function stop() {
    stopped = true;
    stopObserving?.();
    if (pending !== null) deps.clearTimeout(pending);
    if (deadline !== null) deps.clearTimeout(deadline);
  }

  attempt(false);
  if (!stopped) {
    stopObserving = deps.observe(() => {
      if (pending === null && !stopped) pending = deps.setTimeout(() => attempt(false), THROTTLE_MS);
    });
    deadline = deps.setTimeout(() => attempt(true), WATCH_MS);
  }
  return stop;
}
