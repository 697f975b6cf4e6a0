/**
 * Runs the shop readers on the live page for the page's whole lifetime and reports what it holds, about the
 * URL the page really shows. Pure DOM + callbacks: the content script passes the real document, location,
 * timers and a MutationObserver (./shop-page.ts); tests pass fakes.
 *
 * What it guarantees, and why (each was seen going wrong on real single-page shops, issue 10):
 * - A report's URL is read when the report is made, never taken from a navigation event: WXT's
 *   wxt:locationchange and the Navigation API's `navigate` both fire before `location` changes. A URL change
 *   is noticed by comparing `location.href` with the URL being watched (on every DOM change, every hint and a
 *   slow poll), so an event a page forges can only make it look again.
 * - The fragment is not part of the page: a hash-only change is no navigation.
 * - After an in-page navigation the previous product's list is not taken for the new one while the shop may
 *   still be rendering (it is the last text read at the previous URL); page-load JSON is not used either.
 * - It never stops listening: after the first report it keeps watching and reports again when the list
 *   changes (a late list, a list that replaced the previous product's). A change is only reported once it has
 *   held for CONFIRM_MS at the same URL: a shop that renders the next product and then pushes its URL
 *   (render-then-push) would otherwise pair the old URL with the new list for a moment.
 * - "No list" is said as soon as the page is quiet (document complete and no DOM change for QUIET_MS), at the
 *   latest WATCH_MS after the page stopped being answered, even when the URL keeps changing meanwhile.
 * - Reads are budgeted: at least THROTTLE_MS apart, spaced by COST_FACTOR times the last read's own time
 *   (so reading takes at most 1/COST_FACTOR of one core), backed off while a busy page changes without
 *   changing its list, and at most READS_PER_MINUTE a minute after a burst of READ_BURST. A read over
 *   budget is delayed, never dropped: the last product of a fast run of navigations is always read.
 * - On a busy page the MutationObserver is disconnected from the first change until the next tick: one
 *   batch says the page changed; building records for every batch is what a page changing every frame
 *   would otherwise cost.
 */
import type { PageReport } from '../messaging';
import type { PageRead, Reader } from './read-light';

/** A product page with no list answers "no list" at the latest this long after it stopped being answered. */
export const WATCH_MS = 8_000;
/** Document complete and no DOM change for this long: the page has settled; "no list" needs no more wait. */
export const QUIET_MS = 1_000;
/** Minimum time between two reads of the page. */
export const THROTTLE_MS = 400;
/** A changed list must still be there, at the same URL, this long later to be reported. */
export const CONFIRM_MS = 600;
/** Reading may take at most 1/COST_FACTOR of the time: a read that took 5 ms waits 100 ms before the next. */
export const COST_FACTOR = 20;
/** Back-off ceiling for a page that keeps changing without changing its list. */
export const MAX_GAP_MS = 5_000;
/** Reads a minute in the long run (a token bucket refilled evenly), after a burst of READ_BURST. */
export const READS_PER_MINUTE = 30;
export const READ_BURST = 10;
/** The URL is checked on this interval too, for navigations that change nothing else (and no hint fired). */
export const POLL_MS = 1_000;

export interface WatchDeps {
  doc: Document;
  /** Reads the page (./read.ts); `scripts` is false after an in-page navigation. */
  read: Reader;
  /** The page's URL now (location.href). */
  url: () => string;
  send: (report: PageReport) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** A monotonic clock in ms (performance.now()). */
  now: () => number;
  /** True once the document has finished loading (document.readyState === 'complete'). */
  complete: () => boolean;
  /** Calls onChange on DOM changes; returns a stop function. */
  observe: (onChange: () => void) => () => void;
  /** Whether the extension is still there (an orphaned content script must stop, not send). */
  alive?: () => boolean;
}

export interface PageWatch {
  /** Something suggests the URL changed (a navigation event, popstate, pageshow): look now. */
  hint(): void;
  /** Says the current answer again (bfcache restore: the background forgot this page meanwhile). */
  resend(): void;
  /** Whether page-load JSON may be read now: not after an in-page navigation (see ReadOptions). */
  scripts(): boolean;
  stop(): void;
}

export const withoutHash = (url: string): string => url.replace(/#.*$/, '');

/** Starts watching; returns controls for hints, bfcache restores and stopping. */
export function watchPage(deps: WatchDeps, docId = Math.random().toString(36).slice(2)): PageWatch {
  let stopped = false;
  let seq = 0;
  let navigated = false;

  // The URL being watched (without fragment) and what was learnt about it.
  let pageUrl = withoutHash(deps.url());
  let watchStart = deps.now();
  /** When the page last went without an answer: a new URL after a report, or the start. */
  let unansweredSince = watchStart;
  let answered = false;
  /** Text of the last report for pageUrl (undefined: nothing reported for it yet). */
  let reportedText: string | null | undefined;
  let lastSent: PageReport | null = null;
  /** Last text read at pageUrl, and at the URL before it (what the shop may still be showing). */
  let seenText: string | null | undefined;
  let previousText: string | null | undefined;
  /** A changed list waiting for confirmation. */
  let candidate: { text: string | null; at: number } | null = null;

  // Budget.
  let dirty = true;
  let lastMutation = watchStart;
  let lastRead = -Infinity;
  let gap = 0;
  let unchangedReads = 0;
  // Token bucket: READ_BURST reads at once, then one every 60 s / READS_PER_MINUTE.
  let tokens = READ_BURST;
  let refilled = watchStart;
  const refill = (now: number) => {
    tokens = Math.min(READ_BURST, tokens + ((now - refilled) * READS_PER_MINUTE) / 60_000);
    refilled = now;
  };

  let timer: unknown = null;
  let timerAt = Infinity;
  let lastUrlCheck = watchStart;

  const alive = () => !stopped && (deps.alive?.() ?? true);

  const send = (read: PageRead) => {
    const report: PageReport = { ...read, seq: ++seq, doc: docId };
    lastSent = report;
    answered = true;
    reportedText = read.text;
    candidate = null;
    deps.send(report);
  };

  const checkUrl = (now: number) => {
    lastUrlCheck = now;
    const u = withoutHash(deps.url());
    if (u === pageUrl) return;
    // A new page in place: start over for it, keeping the budget (a page cannot buy reads by navigating).
    // What the shop may still show is what was reported here; a list seen but not confirmed yet was already
    // the next product's (render-then-push), so it must not be held against the next URL.
    previousText = reportedText !== undefined ? reportedText : seenText;
    seenText = undefined;
    reportedText = undefined;
    candidate = null;
    pageUrl = u;
    navigated = true;
    watchStart = now;
    if (answered) unansweredSince = now;
    answered = false;
    dirty = true;
    unchangedReads = 0;
  };

  const budgetAt = (now: number): number => {
    refill(now);
    const byCount = tokens >= 1 ? -Infinity : now + ((1 - tokens) * 60_000) / READS_PER_MINUTE;
    const backoff = Math.min(MAX_GAP_MS, THROTTLE_MS * 1.5 ** unchangedReads);
    return Math.max(lastRead + Math.max(backoff, gap), byCount);
  };

  /** The last read, which answers a deadline without reading again when it is about the current URL. */
  let lastResult: PageRead | null = null;
  const lastIsCurrent = () => lastResult !== null && withoutHash(lastResult.url) === pageUrl;

  const read = (now: number): PageRead => {
    let r: PageRead;
    try {
      r = deps.read(deps.doc, deps.url(), { scripts: !navigated });
    } catch {
      // Never throw into the page: an unreadable page is reported as "no list".
      r = {
        url: deps.url(),
        title: '',
        shop: null,
        text: null,
        via: null,
        productPage: false,
        product: null,
      };
    }
    const end = deps.now();
    lastRead = end;
    gap = (end - now) * COST_FACTOR;
    refill(end);
    tokens -= 1;
    dirty = false;
    unchangedReads = r.text === seenText ? unchangedReads + 1 : 0;
    seenText = r.text;
    lastResult = r;
    return r;
  };

  /** What to do with a read, given what was reported for this URL. */
  const decide = (r: PageRead, now: number) => {
    if (reportedText === undefined) {
      // Right after an in-page navigation the shop may still show the previous product's list.
      const stale = navigated && r.text !== null && r.text === previousText && now - watchStart < WATCH_MS;
      if (overdue(now) || (quietNow(now) && r.text === null)) return send(r);
      if (r.text === null || stale) return;
      // At load the page and its URL belong together. After an in-page navigation the list must hold at
      // this URL for CONFIRM_MS: in a fast run of navigations a render-then-push shop shows the next
      // product's list under a URL that has not been answered yet.
      if (!navigated) return send(r);
    } else if (r.text === reportedText || r.text === null) {
      // A list that disappears is an accordion closing or a re-render, not a product without one.
      candidate = null;
      return;
    }
    if (candidate && candidate.text === r.text && now - candidate.at >= CONFIRM_MS) send(r);
    else if (!candidate || candidate.text !== r.text) candidate = { text: r.text, at: now };
  };

  const quietNow = (now: number) =>
    deps.complete() && now - lastMutation >= QUIET_MS && now - watchStart >= QUIET_MS;
  const overdue = (now: number) => now - unansweredSince >= WATCH_MS;
  const wantsRead = (now: number) =>
    dirty || candidate !== null || (reportedText === undefined && (overdue(now) || quietNow(now)));

  /** When the next tick must run: a read when one is wanted and the budget allows, else the URL poll. */
  const nextAt = (now: number): number => {
    const readAt = budgetAt(now);
    let at = lastUrlCheck + POLL_MS;
    if (dirty) at = Math.min(at, readAt);
    if (candidate) at = Math.min(at, Math.max(readAt, candidate.at + CONFIRM_MS));
    if (reportedText === undefined) {
      const deadline = unansweredSince + WATCH_MS;
      at = Math.min(at, lastIsCurrent() ? deadline : Math.max(readAt, deadline));
      // "No list" once quiet: look again when the quiet spell would be over (the load event hints too).
      const quietAt = Math.max(lastMutation, watchStart) + QUIET_MS;
      if (quietAt > now) at = Math.min(at, Math.max(readAt, quietAt));
      else if (deps.complete()) at = Math.min(at, readAt);
    }
    return at;
  };

  const schedule = (now: number) => {
    if (stopped) return;
    const at = Math.max(nextAt(now), now);
    // Keep a timer that fires earlier: DOM changes on a busy page must not re-arm timers on every batch.
    if (timer !== null && timerAt <= at) return;
    if (timer !== null) deps.clearTimeout(timer);
    timerAt = at;
    timer = deps.setTimeout(tick, at - now);
  };

  function tick() {
    timer = null;
    timerAt = Infinity;
    if (!alive()) return stop();
    const now = deps.now();
    checkUrl(now);
    // A deadline is answered from the last read when it is about this URL: on a busy page, reads are
    // rationed, and the answer must not wait for one.
    if (reportedText === undefined && lastIsCurrent() && (overdue(now) || (!dirty && quietNow(now))))
      decide(lastResult!, now);
    else if (wantsRead(now) && now >= budgetAt(now)) decide(read(now), deps.now());
    if (!stopObserving) {
      // Changes made while nobody listened count as made now, so a page is only called quiet after a
      // whole spell observed without change.
      lastMutation = deps.now();
      stopObserving = deps.observe(onChange);
    }
    schedule(deps.now());
  }

  /**
   * One batch of DOM changes is enough to know the page changed: the observer is disconnected until the next
   * tick (which reads, if the budget allows, then listens again). On a page that changes every frame this
   * spares building records for every batch (measured in tests/e2e/hostile-page.test.ts).
   */
  function onChange() {
    if (stopped) return;
    const now = deps.now();
    lastMutation = now;
    dirty = true;
    stopObserving?.();
    stopObserving = null;
    // Shops change the URL and the DOM together: look at the URL with the changes.
    checkUrl(now);
    schedule(now);
  }

  let stopObserving: (() => void) | null = deps.observe(onChange);

  function stop() {
    if (stopped) return;
    stopped = true;
    stopObserving?.();
    if (timer !== null) deps.clearTimeout(timer);
    timer = null;
  }

  // The first read is immediate: most product pages have their list by document_idle.
  tick();

  return {
    hint: () => {
      if (stopped) return;
      // Navigation events fire before the URL changes: look once the current task is over. A flood of
      // (possibly forged) hints costs one pending timer.
      const now = deps.now();
      if (timer !== null && timerAt <= now) return;
      if (timer !== null) deps.clearTimeout(timer);
      timerAt = now;
      timer = deps.setTimeout(tick, 0);
    },
    resend: () => {
      if (alive() && lastSent && withoutHash(lastSent.url) === withoutHash(deps.url())) {
        const { seq: _s, doc: _d, ...read } = lastSent;
        send(read);
      }
    },
    scripts: () => !navigated,
    stop,
  };
}
