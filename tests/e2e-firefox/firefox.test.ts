/**
 * The Firefox build (.output/firefox-mv2) in real headless Firefox ESR: the main flows of the Chromium suite,
 * on shop fixtures served at their real URLs. Run after `npm run build:firefox` (npm test does). Screenshots go
 * to tests/e2e/artifacts/firefox/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DEFAULT_WINDOWS } from '../../src/recovery';
import type { TabResult } from '../../src/storage';
import {
  badgeText,
  findFirefox,
  launch,
  openExtensionPage,
  openShopPage,
  ROOT,
  screenshot,
  storageGet,
  WAIT_MS,
  type Firefox,
} from './harness';
import { formatUntil, optionsPage, popupPage } from './ui';

interface Fixture {
  url: string;
  html: string;
  text: string;
}

function fixture(shop: string, slug: string): Fixture {
  const base = join(ROOT, 'tests/fixtures/shops', shop, slug);
  const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { url: string; text: string };
  return { url: meta.url, text: meta.text, html: readFileSync(`${base}.html`, 'utf8') };
}

// Lactic acid (8th), ascorbic acid (14th) and retinyl palmitate (15th): three high findings in three
// categories, so the badge says 3.
const CLAY_MASK = fixture('ulta', 'reconstructed-product-detail-2020');
// One finding only, retinol (5th): the popup's hold time is the retinoid window alone.
const RETINOL_SERUM = fixture('incidecoder', 'reconstructed-ingredlist');
const HYDRATING = 'Aqua, Sodium Hyaluronate, Panthenol, Glycerin';

async function tabResult(ff: Firefox, tabId: number): Promise<TabResult | undefined> {
  return (await storageGet(ff, 'session', `tab-${tabId}`))[`tab-${tabId}`] as TabResult | undefined;
}

const waitFor = <T>(fn: () => Promise<T | undefined>) =>
  vi.waitUntil(fn, { timeout: WAIT_MS, interval: 100 });

async function popupFor(ff: Firefox, tabId: number): Promise<Page> {
  const popup = await openExtensionPage(ff, `popup.html?tab=${tabId}`);
  // A tab has no popup size: the toolbar popup's width, tall enough for the verdict.
  await popup.setViewport({ width: 400, height: 640 });
  return popup;
}

test('without a Firefox the suite fails with install instructions instead of skipping', () => {
  vi.stubEnv('FIREFOX_PATH', '');
  try {
    expect(() => findFirefox([])).toThrow(/apt-get install -y firefox-esr/);
  } finally {
    vi.unstubAllEnvs();
  }
});

describe('extension in real Firefox (light)', () => {
  let ff: Firefox;
  beforeAll(async () => {
    ff = await launch({ colorScheme: 'light' });
    ff.routes.set(CLAY_MASK.url, { body: CLAY_MASK.html });
    ff.routes.set(RETINOL_SERUM.url, { body: RETINOL_SERUM.html });
  });
  afterAll(() => ff?.close());

  test('a routed product page runs the content script, stores the result and sets the badge', async () => {
    const { page, tabId } = await openShopPage(ff, CLAY_MASK.url);
    const result = await waitFor(() => tabResult(ff, tabId));
    expect(result).toMatchObject({ url: CLAY_MASK.url, shop: 'ulta', state: 'found', text: CLAY_MASK.text });
    expect(new Set(result.analysis!.findings.map((f) => f.category))).toEqual(
      new Set(['aha', 'vitamin-c', 'retinoid']),
    );
    expect(await waitFor(async () => (await badgeText(ff, tabId)) || undefined)).toBe('3');
    await page.close();
  });

  test('options: set a needle length, log a session; the popup then says Hold until', async () => {
    const options = await openExtensionPage(ff, 'options.html');
    await optionsPage.setNeedleLength(options, '0.5');
    await waitFor(async () => {
      const settings = (await storageGet(ff, 'sync', 'settings')).settings as
        { needleMm?: number } | undefined;
      return settings?.needleMm === 0.5 || undefined;
    });
    await optionsPage.logSessionNow(options);
    const sessions = await waitFor(async () => {
      const list = (await storageGet(ff, 'local', 'sessions')).sessions as
        { at: number; needleMm: number }[] | undefined;
      return list?.length ? list : undefined;
    });
    expect(sessions).toEqual([{ at: expect.any(Number), needleMm: 0.5 }]);
    await optionsPage.waitForRecoveryWindowNote(options);
    await options.setViewport({ width: 900, height: 900 });
    await screenshot(options, 'options');

    const { page: shop, tabId } = await openShopPage(ff, RETINOL_SERUM.url);
    await waitFor(() => tabResult(ff, tabId));
    const popup = await popupFor(ff, tabId);
    // A 0.5 mm session puts retinoids on the medium tier's typical window (recovery-windows.md), counted
    // from the logged session: the instant comes from the data table, the words from the popup.
    const until = sessions[0]!.at + DEFAULT_WINDOWS.medium.retinoid.typical * 3_600_000;
    expect(await popupPage.holdHeadline(popup)).toBe(`Hold until ${formatUntil(until, Date.now())}`);
    expect(await popupPage.findingCard(popup, 'Retinol (5th)')).toContain('after your 0.5 mm session');
    await screenshot(popup, 'popup');
    await Promise.all([popup.close(), shop.close(), options.close()]);
  });

  test('the paste box checks a pasted list with a typo and never renders it as markup', async () => {
    const popup = await openExtensionPage(ff, 'popup.html');
    await popup.setViewport({ width: 400, height: 640 });
    const dialogs: string[] = [];
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await popupPage.waitUntilRendered(popup);
    await popupPage.checkPasted(popup, 'Aqua, <img src=x onerror=alert(1)>, Salicilic Acid');
    const card = await popupPage.findingCard(popup, 'Salicilic Acid (2nd)');
    expect(card).toContain('Read as Salicylic Acid.');
    expect(await popup.$$('img[src="x"]')).toHaveLength(0);
    expect(dialogs).toEqual([]);
    await screenshot(popup, 'popup-paste');
    await popup.close();
  });

  test('a pasted product description is not a list: grey, and the names it mentions', async () => {
    const popup = await openExtensionPage(ff, 'popup.html');
    await popup.setViewport({ width: 400, height: 640 });
    await popupPage.waitUntilRendered(popup);
    await popupPage.checkPasted(
      popup,
      'Clear Skin Wash. We have brought the best ingredients together to bring you Clear Skin. Made with dermatologists, this wash is formulated with a powerful mix of AHA (glycolic acid), BHA (salicylic acid) and PHA (gluconolactone).',
    );
    const box = await popupPage.summaryWith(popup, 'No ingredient list in this text');
    expect(box.tone).toBe('summary neutral');
    expect(box.text).toMatch(/mentions Glycolic Acid, Salicylic Acid,? and Gluconolactone/);
    await screenshot(popup, 'popup-described');
    await popup.close();
  });

  test("a pasted list goes to the shelf; tonight's plan suggests it after the session", async () => {
    const popup = await openExtensionPage(ff, 'popup.html');
    await popup.setViewport({ width: 400, height: 640 });
    await popupPage.waitUntilRendered(popup);
    await popupPage.checkPasted(popup, HYDRATING);
    await popupPage.addToShelf(popup, 'Hydrating serum');
    const shelf = await waitFor(async () => {
      const list = (await storageGet(ff, 'local', 'shelf')).shelf as
        { name: string; text: string }[] | undefined;
      return list?.length ? list : undefined;
    });
    expect(shelf).toEqual([expect.objectContaining({ name: 'Hydrating serum', text: HYDRATING })]);
    // The session logged by the options test above is minutes old: hydrating products come first.
    const plan = await openExtensionPage(ff, 'popup.html?view=plan');
    await plan.setViewport({ width: 400, height: 640 });
    expect(await popupPage.planRow(plan, 'Hydrating serum')).toBe(
      'Hydrating serumFine tonightGood after rolling: hyaluronic acid and panthenol',
    );
    await screenshot(plan, 'popup-plan');
    await Promise.all([popup.close(), plan.close()]);
  });
});

describe('extension in real Firefox (dark)', () => {
  let ff: Firefox;
  beforeAll(async () => {
    ff = await launch({ colorScheme: 'dark' });
    ff.routes.set(CLAY_MASK.url, { body: CLAY_MASK.html });
  });
  afterAll(() => ff?.close());

  test('popup and options under prefers-color-scheme: dark', async () => {
    const { page: shop, tabId } = await openShopPage(ff, CLAY_MASK.url);
    await waitFor(() => tabResult(ff, tabId));
    const popup = await popupFor(ff, tabId);
    await popupPage.findingCard(popup, 'Retinyl Palmitate (15th)');
    // The screenshots below are only worth keeping if the page really sees a dark preference.
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await screenshot(popup, 'popup-dark');
    const options = await openExtensionPage(ff, 'options.html');
    await optionsPage.waitUntilRendered(options);
    await options.setViewport({ width: 900, height: 900 });
    await screenshot(options, 'options-dark');
    await Promise.all([popup.close(), options.close(), shop.close()]);
  });

  test("tonight's plan and its timeline, dark", async () => {
    await ff.probe.evaluate(
      (text) =>
        browser.storage.local.set({
          shelf: [
            {
              id: 'p1',
              name: 'Retinal serum',
              shop: null,
              url: null,
              text,
              addedAt: 1,
              category: null,
              kinds: [],
            },
          ],
          sessions: [{ at: Date.now() - 60_000, needleMm: 0.5 }],
        }),
      RETINOL_SERUM.text,
    );
    const plan = await openExtensionPage(ff, 'popup.html?view=plan');
    await plan.setViewport({ width: 400, height: 640 });
    expect(await popupPage.planRow(plan, 'Retinal serum')).toMatch(/^Retinal serumHold until .+ - retinol$/);
    await screenshot(plan, 'popup-plan-dark');
    await plan.close();
  });
});
