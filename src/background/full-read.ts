/**
 * Completes what the shop content script read with its light readers (src/content/read.ts). The content
 * script carries no shop registry and no embedded-JSON readers (issue 13: 20.7 kB -> see the e2e budget);
 * when they matter, the background runs them in the page once, through scripting.executeScript, and they
 * stay there for the page's later reads:
 * - the page is on a shop with a reader of its own (it comes before the generic readers: src/shops/index.ts);
 * - or the sections held no list (page-load JSON, or a page the article check got wrong without the URL).
 * Otherwise the light read only lacks what the registry knows: the shop's id and its product-URL rule.
 */
import { browser } from '#imports';
import type { PageReport } from '../messaging';
import { shopForHost } from '../shops';
import { samePage } from '../storage';

function shopOf(url: string) {
  try {
    const u = new URL(url);
    return { shop: shopForHost(u.hostname), u };
  } catch {
    return { shop: null, u: null };
  }
}

export function needsFullRead(report: PageReport): boolean {
  if (!report.light) return false;
  return !!shopOf(report.url).shop?.read || report.text === null;
}

/** The light report with what the registry says about its URL. */
export function completeLight(report: PageReport): PageReport {
  const { light: _light, ...rest } = report;
  const { shop, u } = shopOf(report.url);
  let byUrl = false;
  try {
    byUrl = !!(u && shop?.isProductPage?.(u));
  } catch {
    // A shop's URL rule never decides more than the "?" badge.
  }
  return { ...rest, shop: shop?.id ?? null, productPage: report.productPage || byUrl };
}

/**
 * The report to store for a content script's report: as sent, completed, or read again with the full
 * readers. Null when the page moved on meanwhile (its next report says what it shows now).
 */
export async function completeReport(tabId: number, report: PageReport): Promise<PageReport | null> {
  if (!needsFullRead(report)) return report.light ? completeLight(report) : report;
  let full: PageReport | null = null;
  try {
    const [res] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: ['/content-scripts/scan.js'],
    });
    full = (res?.result as PageReport | null | undefined) ?? null;
  } catch {
    // Not injectable now (the tab is closing): what the page read itself is still an answer.
  }
  if (!full || typeof full.url !== 'string') return completeLight(report);
  if (!samePage(full.url, report.url)) return null;
  return { ...full, doc: report.doc, seq: report.seq };
}
