/**
 * "Always check this site" in real Firefox (issue 13): the options page's "Turn on again" asks Firefox for
 * the site from a real click, the grant registers the shop content script, the next product page on that
 * host gets its badge with no click; the permission taken back is shown calmly; Remove turns it off.
 *
 * Not driven here: the popup's own button. Firefox's WebDriver BiDi has no toolbar click, so activeTab is
 * never granted and the popup (opened as a tab) cannot see the address of a site outside its permissions;
 * the Chromium suite drives that button (tests/e2e/sites.test.ts). The doorhanger is answered by Firefox's
 * test preference extensions.webextOptionalPermissionPrompts=false, which grants the request as "Allow" does
 * (docs/sources.md#browser-site-access). The site starts on the list with its permission removed, as after a
 * revocation in an earlier session: that is written to storage, as the background would have left it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Site } from '../../src/sites';
import type { TabResult } from '../../src/storage';
import {
  badgeText,
  launch,
  openExtensionPage,
  openShopPage,
  screenshot,
  storageGet,
  WAIT_MS,
  type Firefox,
} from './harness';
import { sitesSection } from './ui';

const ORIGIN = 'https://corner-apothecary.example';
const PATTERN = `${ORIGIN}/*`;
const HOST = 'corner-apothecary.example';
const url = (slug: string) => `${ORIGIN}/products/${slug}`;
const productPage = (name: string) => `<!doctype html>
<html lang="en"><head><title>${name} | Corner Apothecary</title></head>
<body><h1>${name}</h1><p>A night serum. 30 ml.</p><button type="button">Add to cart</button>
<h2>Ingredients</h2><p>Aqua, Glycerin, Squalane, Retinal, Tocopherol, Phenoxyethanol</p></body></html>`;

const waitFor = <T>(fn: () => Promise<T | undefined>) =>
  vi.waitUntil(fn, { timeout: WAIT_MS, interval: 100 });

describe('always check this site in real Firefox', () => {
  let ff: Firefox;
  let options: Page;
  const sites = async () => ((await storageGet(ff, 'local', 'sites')).sites as Site[] | undefined) ?? [];
  const tabResult = async (tabId: number) =>
    (await storageGet(ff, 'session', `tab-${tabId}`))[`tab-${tabId}`] as TabResult | undefined;
  const hasPermission = () =>
    ff.probe.evaluate((p) => browser.permissions.contains({ origins: [p] }), PATTERN);

  beforeAll(async () => {
    ff = await launch({
      colorScheme: 'light',
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    for (const slug of ['first', 'second']) ff.routes.set(url(slug), { body: productPage(`Serum ${slug}`) });
    await ff.probe.evaluate(
      (origin) =>
        browser.storage.local.set({ sites: [{ origin, addedAt: 1, access: 'removed' }], sites$: { v: 1 } }),
      ORIGIN,
    );
    options = await openExtensionPage(ff, 'options.html');
  });
  afterAll(() => ff?.close());

  test('"Turn on again" from a click: granted, registered, and the next product page is read with no click', async () => {
    expect(await hasPermission()).toBe(false);
    await sitesSection.waitForText(options, 'Permission removed in your browser');
    await screenshot(options, 'sites-options-removed');
    await sitesSection.turnOnAgain(options, HOST);
    await waitFor(async () => ((await sites())[0]?.access === 'granted' ? true : undefined));
    expect(await hasPermission()).toBe(true);
    const { page, tabId } = await openShopPage(ff, url('first'));
    await waitFor(async () => ((await tabResult(tabId))?.state === 'found' ? true : undefined));
    expect(await waitFor(async () => (await badgeText(ff, tabId)) || undefined)).toBe('1');
    await page.close();
  });

  test('the permission taken back is shown calmly; Remove turns the site off and gives the access back', async () => {
    // What Firefox's add-on manager does when the user switches the site off there: the permission goes.
    await ff.probe.evaluate((p) => browser.permissions.remove({ origins: [p] }), PATTERN);
    await waitFor(async () => ((await sites())[0]?.access === 'removed' ? true : undefined));
    await sitesSection.waitForText(options, 'Permission removed in your browser');

    await sitesSection.remove(options, HOST);
    await sitesSection.waitForText(options, 'None yet.');
    expect(await sites()).toEqual([]);
    expect(await hasPermission()).toBe(false);
    const { page, tabId } = await openShopPage(ff, url('second'));
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await tabResult(tabId)).toBeUndefined();
    await page.close();
  });
});
