/**
 * Pages that attack the reader or wear it out, in real Chromium (issue 10):
 * - a page that listens to every window message and, for as long as it is open, forges WXT's
 *   script-started and location-change events (with the real extension id, as a shop could: store ids are
 *   public) and the Navigation API's navigate event: it must learn nothing and the reader must still answer;
 * - a page that mutates its DOM without end and changes its URL (query and hash) every 2 s: the reader must
 *   answer and stay within a bounded CPU cost, measured over 30 s with the DevTools Performance domain against
 *   the same page on a host the extension does not run on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, badgeText, launch, openShopPage, storageGet, until, type Harness } from './harness';
import { clickToolbarButton, closePopups, readPopup } from './pages/browser-ui';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const LIST = 'Water, Glycerin, Retinal, Squalane, Phenoxyethanol, Ethylhexylglycerin';

async function stored(tabId: number) {
  return (await storageGet(h, 'session', `tab-${tabId}`))[`tab-${tabId}`] as
    { url: string; text: string | null; state: string; product?: { name: string | null } } | undefined;
}

function forgingPage(extensionId: string): string {
  const started = `${extensionId}:shop:wxt:content-script-started`;
  const moved = `${extensionId}:shop:wxt:locationchange`;
  return `<!doctype html><html><head><title>Forger | Sephora</title><meta property="og:type" content="product"></head>
<body><main><h1>Forged Events Serum</h1><section id="box"></section></main><script>
window.seen = [];
addEventListener('message', (e) => seen.push(JSON.stringify(e.data)), true);
function forge() {
  document.dispatchEvent(new CustomEvent(${JSON.stringify(started)}, { detail: { contentScriptName: 'shop', messageId: 'forged' } }));
  window.dispatchEvent(new Event(${JSON.stringify(moved)}));
  window.postMessage({ type: ${JSON.stringify(started)}, contentScriptName: 'shop', messageId: 'forged' }, '*');
  if (window.navigation) navigation.dispatchEvent(new Event('navigate'));
  dispatchEvent(new PopStateEvent('popstate'));
}
forge();
setInterval(forge, 50);
// The list arrives after the forging has begun, as a late-rendered accordion would.
setTimeout(() => {
  const h2 = document.createElement('h2');
  h2.textContent = 'Ingredients';
  const p = document.createElement('p');
  p.textContent = ${JSON.stringify(LIST)};
  document.getElementById('box').append(h2, p);
}, 1500);
</script></body></html>`;
}

/** A page that never stops changing: 50 new nodes every 10 ms, and a new URL every 2 s (query, then hash). */
const BUSY_PAGE = `<!doctype html><html><head><title>Busy | Shop</title><meta property="og:type" content="product"></head>
<body><main><h1>Busy Page Cream</h1><div id="feed"></div><button>Add to basket</button></main><script>
let n = 0;
setInterval(() => {
  const feed = document.getElementById('feed');
  const spans = [];
  for (let i = 0; i < 50; i++) {
    const s = document.createElement('span');
    s.textContent = 'Offer ' + (n * 50 + i);
    spans.push(s);
  }
  feed.replaceChildren(...spans);
  n++;
}, 10);
let v = 0;
setInterval(() => {
  v++;
  if (v % 2) history.pushState({}, '', location.pathname + '?v=' + v);
  else location.hash = 'h' + v;
}, 2000);
</script></body></html>`;

async function metrics(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { script: get('ScriptDuration'), task: get('TaskDuration') };
  };
}

/**
 * The V8 sampling profiler of the page's renderer, which samples the content script's isolated world too:
 * the time spent in the extension's own code (frames whose script is a chrome-extension:// URL), in seconds.
 */
async function extensionSelfTime(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const ours = new Set(
      profile.nodes
        .filter((n) => n.callFrame.url.startsWith(`chrome-extension://${extensionId}/`))
        .map((n) => n.id),
    );
    let us = 0;
    profile.samples?.forEach((id, i) => {
      if (ours.has(id)) us += profile.timeDeltas?.[i] ?? 0;
    });
    return +(us / 1e6).toFixed(3);
  };
}

describe('hostile pages', () => {
  test('a page that listens to every message and forges WXT events learns nothing and cannot stop the reader', async () => {
    const url = 'https://www.sephora.com/product/forged-events-serum-P666';
    h.routes.set(url, { body: forgingPage(h.extensionId) });
    const { page, tabId } = await openShopPage(h, url);
    const result = await until(async () => {
      const r = await stored(tabId);
      return r?.text === LIST ? r : null;
    }, 'the list rendered after the forging began');
    expect(result.url).toBe(url);
    // Painted just after the result is stored (tabs.ts): poll, do not race it.
    await expect.poll(() => badgeText(h, tabId)).toBe('1');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.length).toBeGreaterThan(10);
    // Only the page's own forged messages: nothing from the extension, nothing naming it.
    expect(seen.filter((m) => !m.includes('"forged"'))).toEqual([]);
    await clickToolbarButton(h, url);
    const popup = await readPopup(h, (t) => t.includes('Forged Events Serum') && t.includes('Retinal'));
    expect(popup.text).toContain('Retinal (3rd)');
    await closePopups(h);
    await page.close();
  });

  test('an endless mutating page with URL changes: answered, and CPU bounded over 30 s', async () => {
    const shopUrl = 'https://www.sephora.com/product/busy-page-cream-P777';
    const controlUrl = 'https://www.example-busy-shop.org/product/busy-page-cream-P777';
    h.routes.set(shopUrl, { body: BUSY_PAGE });
    h.routes.set(controlUrl, { body: BUSY_PAGE });
    const shop = await openShopPage(h, shopUrl);
    const control = await openShopPage(h, controlUrl);
    const [shopMetrics, controlMetrics] = await Promise.all([metrics(shop.page), metrics(control.page)]);
    const ownTime = await extensionSelfTime(shop.page, h.extensionId);
    const writes: string[] = [];
    const t0 = await Promise.all([shopMetrics(), controlMetrics()]);
    const end = Date.now() + 30_000;
    let last = '';
    while (Date.now() < end) {
      const r = await stored(shop.tabId);
      const key = r ? `${r.url} ${r.state}` : '';
      if (key && key !== last) writes.push(key);
      last = key;
      await new Promise((r) => setTimeout(r, 250));
    }
    const t1 = await Promise.all([shopMetrics(), controlMetrics()]);
    const cpu = {
      seconds: 30,
      extensionSelfS: await ownTime(),
      shopScriptS: +(t1[0].script - t0[0].script).toFixed(3),
      controlScriptS: +(t1[1].script - t0[1].script).toFixed(3),
      shopTaskS: +(t1[0].task - t0[0].task).toFixed(3),
      controlTaskS: +(t1[1].task - t0[1].task).toFixed(3),
      answersSeen: writes.length,
    };
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'busy-page-cpu.json'), JSON.stringify(cpu, null, 2));
    console.log('busy page CPU over 30 s:', cpu);
    // Answered: "no list" about the URL the page was on, more than once as its URL kept changing.
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(writes.every((w) => w.endsWith(' no-list'))).toBe(true);
    // The extension's share, sampled: issue 10 measured 3.9 s of CPU per 30 s on such a page before the
    // budget. The whole page's script time against the same page where the extension does not run is
    // recorded too, but is noisier than the share it would measure.
    expect(cpu.extensionSelfS).toBeLessThan(0.3);
    expect(await badgeText(h, shop.tabId)).toMatch(/^\??$/);
    await shop.page.close();
    await control.page.close();
  }, 90_000);
});
