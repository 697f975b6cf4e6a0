/**
 * Per-tab results and the toolbar badge. Runs in the background: it analyses what a page reported, keeps it
 * in storage.session (the worker may be stopped between events), and paints the badge from it.
 *
 * Every change to a tab's result (a report, the tab moving, a repaint) runs through that tab's queue, one
 * after another, and each re-reads what it depends on inside the queue. That is what makes these races
 * impossible rather than unlikely (all seen on single-page shops, issue 10):
 * - a report about a URL the tab has left lands after the report about the new URL: a report is stored only
 *   if it is about the tab's committed URL, asked of the browser (tabs.get) when its turn comes;
 * - an older report of a document replaces a newer one: reports carry (doc, seq), and a report whose seq is
 *   not above the stored one of the same document is refused;
 * - a navigation event handled late removes the result of the page the tab is on now: the removal compares
 *   the stored URL with the tab's URL read when its turn comes, not with the URL the event carried;
 * - the badge shows a count with no result behind it: every change ends by painting from what is stored,
 *   read back inside the queue, and repaints of all tabs go through the same queues.
 * The queue is a promise per tab, not state: a worker that stops has nothing in flight to lose.
 */
import { browser } from '#imports';
import { badgeFor } from './badge';
import { makeupWait } from '../ui/plan/makeup';
import { analyze } from '../ingredients';
import type { PageReport, StoreAnswer } from '../messaging';
import { verdict } from '../recovery';
import { productContext } from '../shops/read/product';
import { loadSessions, loadSettings, loadSkipped, samePage, tabResultItem, type TabResult } from '../storage';
import { userRecovery, type UserRecovery } from '../ui/user-recovery';

/** Lists longer than this are not ingredient lists; the engine is linear anyway, this bounds storage. */
const MAX_TEXT = 100_000;

export function resultFromReport(report: PageReport, now: number): TabResult {
  const text = report.text ? report.text.slice(0, MAX_TEXT) : null;
  const product = report.product ? productContext(report.product, report.url) : null;
  let analysis: TabResult['analysis'] = null;
  let error: string | undefined;
  if (text) {
    try {
      // The page's product context lets the engine weigh what depends on the kind of product.
      analysis = analyze(text, product ? { product } : {});
      // Text that parses to no ingredient at all is not a list: say "no list", never "nothing detected".
      if (analysis.checked === 0) analysis = null;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
  }
  return {
    url: report.url,
    title: report.title,
    product,
    ...(report.doc !== undefined && report.seq !== undefined ? { doc: report.doc, seq: report.seq } : {}),
    shop: report.shop,
    state: error ? 'error' : analysis ? 'found' : 'no-list',
    productPage: report.productPage,
    via: report.via,
    text,
    analysis,
    scannedAt: now,
    ...(error ? { error } : {}),
  };
}

const queues = new Map<number, Promise<unknown>>();

/** Runs `job` after every earlier job of this tab; a failed job does not stop the ones after it. */
export function onTab<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

/** The tab's committed URL as the browser knows it now; null when closed or not ours to read. */
async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

/** Whether a report may replace what is stored (same document: only a later report). */
export function isNewer(report: Pick<PageReport, 'doc' | 'seq'>, stored: TabResult | null): boolean {
  if (!stored || report.doc === undefined || report.seq === undefined) return true;
  return stored.doc !== report.doc || stored.seq === undefined || report.seq > stored.seq;
}

export function storeReport(tabId: number, report: PageReport, now = Date.now()): Promise<StoreAnswer> {
  return onTab(tabId, async () => {
    const url = await tabUrl(tabId);
    if (!url || !samePage(url, report.url)) return 'not-current';
    const item = tabResultItem(tabId);
    if (!isNewer(report, await item.getValue())) return 'older';
    await item.setValue(resultFromReport(report, now));
    await paintStored(tabId, now);
    return 'stored';
  });
}

/** Paints the badge from what is stored for the tab (call inside the tab's queue). */
async function paintStored(tabId: number, now: number, recovery?: UserRecovery): Promise<void> {
  await paintBadge(tabId, await tabResultItem(tabId).getValue(), now, recovery);
}

/** The toolbar button: `action` in MV3, `browserAction` in the Firefox MV2 build. */
export function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** The schedule as the popup's verdicts see it: with the unanswered planned session assumed rolled. */
export async function loadRecovery(now: number): Promise<UserRecovery> {
  const [settings, sessions, skipped] = await Promise.all([
    loadSettings(now),
    loadSessions(now),
    loadSkipped(now),
  ]);
  return userRecovery(settings, sessions, skipped, now);
}

/** `recovery` may be passed in when painting many tabs, so settings are read once, not once per tab. */
export async function paintBadge(
  tabId: number,
  result: TabResult | null,
  now = Date.now(),
  recovery?: UserRecovery,
): Promise<void> {
  let v = null;
  let context = {};
  let makeup = null;
  if (result?.analysis) {
    const user = recovery ?? (await loadRecovery(now));
    v = verdict(result.analysis.findings, user.recovery, now);
    context = { ifRolledAt: user.pending?.at ?? null, noDates: user.noDates };
    makeup = makeupWait(result.product?.kinds, user.recovery.sessions, now);
  }
  const badge = badgeFor(result, v, undefined, context, makeup);
  try {
    const action = toolbarButton();
    await action.setBadgeText({ tabId, text: badge.text });
    await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await action.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab closed meanwhile: nothing to paint.
  }
}

/** Repaints every tab (settings changed, a window ended), each in its queue, from what is stored then. */
export async function repaintAll(now = Date.now()): Promise<void> {
  const [tabs, recovery] = await Promise.all([browser.tabs.query({}), loadRecovery(now)]);
  await Promise.all(
    tabs.map((t) => (t.id === undefined ? undefined : onTab(t.id, () => paintStored(t.id!, now, recovery)))),
  );
}

export function forgetTab(tabId: number): Promise<void> {
  return onTab(tabId, () => tabResultItem(tabId).removeValue());
}

/**
 * The tab may have moved to another page: its stored result (and badge) no longer apply. Chrome keeps
 * tab-specific badge text across in-page navigations, so the badge is repainted here; the content script
 * reports the new page when it is a shop. The URL compared is the tab's when this job's turn comes, not the
 * event's, which may be older than a report already stored. changeInfo.url is only given for hosts we may
 * read, which are exactly the pages we hold results for.
 */
export function tabMoved(tabId: number, now = Date.now()): Promise<void> {
  return onTab(tabId, async () => {
    const item = tabResultItem(tabId);
    const result = await item.getValue();
    if (!result) return;
    const url = await tabUrl(tabId);
    if (url && samePage(result.url, url)) return;
    await item.removeValue();
    await paintStored(tabId, now);
  });
}
