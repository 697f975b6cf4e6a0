/**
 * Runs inside an extension's service worker (passed to `worker.evaluate` by the popup benchmarks, Playwright
 * or puppeteer): the id of the tab at `url` once the content script's result for it is stored, so a popup
 * opened with `?tab=<id>` has a verdict to show. Self-contained: it is serialised into the worker.
 */
export async function reportedTabId(url: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const [tab] = await chrome.tabs.query({ url: `${url}*` });
    const key = `tab-${tab?.id}`;
    if (tab?.id !== undefined && (await chrome.storage.session.get(key))[key]) return tab.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the product page never reported');
}
