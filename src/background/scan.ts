/** Reads a tab outside the shop registry on the user's request, through activeTab + scripting. */
import { browser } from '#imports';
import type { PageReport, ScanError } from '../messaging';
import { storeReport } from './tabs';

export async function scanTab(tabId: number): Promise<{ ok: boolean; error?: ScanError }> {
  try {
    const [res] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/scan.js'],
    });
    const report = res?.result as PageReport | null | undefined;
    if (!report || typeof report.url !== 'string') return { ok: false, error: 'unreadable' };
    if ((await storeReport(tabId, report)) !== 'stored') return { ok: false, error: 'changed' };
    return { ok: true };
  } catch {
    // Chrome refuses injection into its own pages, the web store and (without a click) other sites.
    return { ok: false, error: 'refused' };
  }
}
