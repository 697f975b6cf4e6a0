/**
 * Per-tab results and the toolbar badge. Runs in the background: it analyses what a page reported, keeps it
 * in storage.session (the worker may be stopped between events), and paints the badge from it.
 */
import { browser } from '#imports';
import { badgeFor } from './badge';
import { analyze } from '../ingredients';
import type { PageReport } from '../messaging';
import { verdict } from '../recovery';
import type { RecoverySettings } from '../recovery/types';
import { toRecovery } from '../settings';
import { loadSessions, loadSettings, samePage, tabResultItem, type TabResult } from '../storage';

/** Lists longer than this are not ingredient lists; the engine is linear anyway, this bounds storage. */
const MAX_TEXT = 100_000;

export function resultFromReport(report: PageReport, now: number): TabResult {
  const text = report.text ? report.text.slice(0, MAX_TEXT) : null;
  let analysis: TabResult['analysis'] = null;
  let error: string | undefined;
  if (text) {
    try {
      analysis = analyze(text);
      // Text that parses to no ingredient at all is not a list: say "no list", never "nothing detected".
      if (analysis.checked === 0) analysis = null;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
  }
  return {
    url: report.url,
    title: report.title,
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

export async function storeReport(tabId: number, report: PageReport, now = Date.now()): Promise<TabResult> {
  const result = resultFromReport(report, now);
  await tabResultItem(tabId).setValue(result);
  await paintBadge(tabId, result, now);
  return result;
}

/** The toolbar button: `action` in MV3, `browserAction` in the Firefox MV2 build. */
export function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

async function loadRecovery(now: number): Promise<RecoverySettings> {
  const [settings, sessions] = await Promise.all([loadSettings(now), loadSessions(now)]);
  return toRecovery(settings, sessions);
}

/** `recovery` may be passed in when painting many tabs, so settings are read once, not once per tab. */
export async function paintBadge(
  tabId: number,
  result: TabResult | null,
  now = Date.now(),
  recovery?: RecoverySettings,
): Promise<void> {
  let v = null;
  if (result?.analysis) {
    v = verdict(result.analysis.findings, recovery ?? (await loadRecovery(now)), now);
  }
  const badge = badgeFor(result, v);
  try {
    const action = toolbarButton();
    await action.setBadgeText({ tabId, text: badge.text });
    await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await action.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab closed meanwhile: nothing to paint.
  }
}

/** Repaints every tab we hold a result for (settings changed, a window ended). */
export async function repaintAll(now = Date.now()): Promise<void> {
  const [tabs, recovery] = await Promise.all([browser.tabs.query({}), loadRecovery(now)]);
  await Promise.all(
    tabs.map(async (t) => {
      if (t.id === undefined) return;
      const result = await tabResultItem(t.id).getValue();
      if (result) await paintBadge(t.id, result, now, recovery);
    }),
  );
}

export async function forgetTab(tabId: number): Promise<void> {
  await tabResultItem(tabId).removeValue();
}

/**
 * A tab moved to another URL: its stored result (and badge) no longer apply. Chrome keeps tab-specific badge
 * text across navigations, so it is cleared here; the content script reports the new page when it is a shop.
 * changeInfo.url is only given for hosts we may read, which are exactly the pages we hold results for.
 */
export async function tabMoved(tabId: number, url: string): Promise<void> {
  const result = await tabResultItem(tabId).getValue();
  if (!result || samePage(result.url, url)) return;
  await forgetTab(tabId);
  await paintBadge(tabId, null);
}
