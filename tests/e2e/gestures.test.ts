/**
 * What users really do, in real Chromium (issue 10): click the toolbar button (Extensions.triggerAction, the
 * action run as a click runs it, opening the real popup), and choose "Check selected ingredients".
 *
 * The context menu itself cannot be clicked here: headless Chromium shows no native menu and the DevTools
 * protocol has no command for extension menu items (puppeteer/puppeteer#5001, webdriverio/webdriverio#15064).
 * The test fires the browser's own contextMenus.onClicked event in the service worker with the menu's
 * arguments, so the listener the background registered runs as after a click, and everything from there is
 * real: action.setPopup, action.openPopup, the popup the browser opens and what it shows. Not covered: the
 * menu's appearance and the user-gesture flag the browser attaches to a real click (openPopup has not needed
 * one in this Chromium, as this run shows).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  badgeText,
  clickCheckSelection,
  launch,
  openShopPage,
  storageGet,
  until,
  type Harness,
} from './harness';
import { clickToolbarButton, closePopups, readPopup } from './pages/browser-ui';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const SELECTED = 'Aqua, Glycerin, Glycolic Acid, Niacinamide, Parfum';

describe('gestures', () => {
  test('"Check selected ingredients" shows the selection in the popup, then the button points back', async () => {
    const url = 'https://www.example-skincare-blog.org/review/toner';
    h.routes.set(url, { body: `<!doctype html><title>Review</title><p id="inci">${SELECTED}</p>` });
    const { page, tabId } = await openShopPage(h, url);
    await page.bringToFront();
    // The page state first, so a popup that ignored the selection would be told apart.
    await clickToolbarButton(h, url);
    await readPopup(h, (t) => t.includes('not in the shop list'));
    await closePopups(h);

    await clickCheckSelection(h, tabId, SELECTED, url);
    const popup = await readPopup(
      h,
      (t) => t.includes('Selected text') && t.includes('Glycolic Acid (3rd)'),
      (u) => u.includes('view=selection'),
    );
    expect(popup.text).toContain('Parfum');
    expect(popup.text).not.toContain('not in the shop list');
    // Opened as the real popup, not as a tab.
    expect(h.context.pages().some((p) => p.url().includes('view=selection'))).toBe(false);
    // The next toolbar click shows the page again.
    await expect
      .poll(() => h.worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId))
      .toBe(`chrome-extension://${h.extensionId}/popup.html`);
    await closePopups(h);
    await page.close();
  });

  test('a product page without a list: a calm "no list" within moments, then the late list', async () => {
    const url = 'https://www.sephora.com/product/quiet-cream-P404';
    const late = 'Water, Glycerin, Retinol, Squalane, Phenoxyethanol';
    h.routes.set(url, {
      body: `<!doctype html><html><head><title>Quiet Cream | Sephora</title><meta property="og:type" content="product">
<meta property="og:title" content="Quiet Cream | Sephora"></head><body><main><h1>Quiet Cream</h1>
<button>Add to basket</button><section id="more"></section></main><script>
window.showLate = () => {
  const h2 = document.createElement('h2');
  h2.textContent = 'Ingredients';
  const p = document.createElement('p');
  p.textContent = ${JSON.stringify(late)};
  document.getElementById('more').append(h2, p);
};
</script></body></html>`,
    });
    const t0 = Date.now();
    const { page, tabId } = await openShopPage(h, url);
    const key = `tab-${tabId}`;
    await until(
      async () => ((await storageGet(h, 'session', key))[key] as { state?: string })?.state === 'no-list',
      'no list',
    );
    const ms = Date.now() - t0;
    console.log(`"no list" after ${ms} ms (page open to stored result)`);
    // The watch answers once the page is quiet (1 s without change after load), not after its 8 s ceiling.
    expect(ms).toBeLessThan(5_000);
    await expect.poll(() => badgeText(h, tabId)).toBe('?');
    await page.bringToFront();
    await clickToolbarButton(h, url);
    // The paste box opens in an effect after the first paint: wait for it too.
    const popup = await readPopup(
      h,
      (t) => t.includes('No ingredient list found') && t.includes('Paste an ingredient list'),
    );
    expect(popup.text).toContain('Quiet Cream');
    expect(popup.text).toContain('Paste an ingredient list');
    await closePopups(h);
    // It keeps listening: a list that shows up later replaces the answer.
    await page.evaluate(() => (window as unknown as { showLate(): void }).showLate());
    await until(
      async () => ((await storageGet(h, 'session', key))[key] as { state?: string })?.state === 'found',
      'the late list',
    );
    await expect.poll(() => badgeText(h, tabId)).toBe('1');
    await clickToolbarButton(h, url);
    const after = await readPopup(h, (t) => t.includes('Retinol (3rd)'));
    expect(after.text).toContain('Quiet Cream');
    await closePopups(h);
    await page.close();
  });
});
