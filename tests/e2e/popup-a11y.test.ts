/**
 * Every popup state, light and dark, through axe-core (0 violations, best practices included), and the
 * layout at the popup's possible widths: no horizontal scrollbar, the headline and the first card above a
 * 600 px fold. Saves the README screenshots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BADGE_COLORS, CAUTION_MARK } from '../../src/background/badge';
import {
  badgeColor,
  badgeText,
  badgeTitle,
  launch,
  sephoraPageWithList,
  openShopPage,
  ROOT,
  until,
  type Harness,
  RETINAL_HTML,
  RETINAL_URL,
} from './harness';
import { openPopup, type PopupPage } from './pages/popup';

// The same page with a list whose only finding is low-severity: lactic acid after phenoxyethanol (under 1%).
const CAUTION_URL = 'https://www.sephora.com/product/gentle-milk-toner-P999001';
const CAUTION_LIST = 'Aqua, Glycerin, Niacinamide, Panthenol, Phenoxyethanol, Lactic Acid, Xanthan Gum';
const CAUTION_HTML = sephoraPageWithList(RETINAL_HTML, CAUTION_LIST);
const fixture = (rel: string) => {
  const meta = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/shops', `${rel}.json`), 'utf8')) as {
    url: string;
  };
  return { url: meta.url, html: readFileSync(join(ROOT, 'tests/fixtures/shops', `${rel}.html`), 'utf8') };
};
const CLEAN = fixture('rossmann/calisi-max-out-lash-serum');
const NO_LIST = fixture('shop-apotheke/catrice-bronzing-puder-no-list');
const BLOG_URL = 'https://www.example-skincare-blog.org/review/serum';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.routes.set(RETINAL_URL, { body: RETINAL_HTML });
  h.routes.set(CAUTION_URL, { body: CAUTION_HTML });
  h.routes.set(CLEAN.url, { body: CLEAN.html });
  h.routes.set(NO_LIST.url, { body: NO_LIST.html });
  h.routes.set(BLOG_URL, { body: '<!doctype html><title>Review</title><p>Water, Glycerin, Retinol</p>' });
});
afterAll(() => h?.close());

/** A 0.5 mm session an hour ago (or none), written as the options page writes it. */
async function setSessions(hoursAgo: number | null): Promise<void> {
  await h.worker.evaluate(async (ago) => {
    await chrome.storage.sync.set({
      settings: { needleMm: 0.5, plan: { kind: 'none' }, time: '20:00', overrides: {}, reminders: false },
    });
    await chrome.storage.local.set({
      sessions: ago === null ? [] : [{ at: Date.now() - ago * 3_600_000, needleMm: 0.5 }],
    });
  }, hoursAgo);
}

async function tabResult(tabId: number) {
  return h.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`], tabId);
}

async function shopTab(url: string): Promise<number> {
  const { tabId } = await openShopPage(h, url);
  await until(() => tabResult(tabId), `a result for ${url}`, 20_000);
  return tabId;
}

/** axe in light and dark; screenshots of both when `name` is given. */
async function expectAccessible(popup: PopupPage, name?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.page.emulateMedia({ colorScheme });
    expect(await popup.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      colorScheme === 'dark',
    );
    expect(await popup.axe(), `${name ?? 'popup'} (${colorScheme})`).toEqual([]);
    if (name) await popup.screenshot(colorScheme === 'dark' ? `${name}-dark` : name);
  }
  await popup.page.emulateMedia({ colorScheme: 'light' });
}

describe('popup states: accessible in light and dark, laid out for 320-800 px', () => {
  test('hold: the headline and the first card above the fold at every width, no horizontal scrollbar', async () => {
    await setSessions(1);
    const tabId = await shopTab(RETINAL_URL);
    const popup = await openPopup(h, { tab: tabId, viewport: { width: 380, height: 600 } });
    await popup.headline('Hold until');
    for (const width of [320, 350, 380, 600, 800]) {
      await popup.page.setViewportSize({ width, height: 600 });
      const layout = await popup.layout();
      expect({ width, ...layout, fits: layout.firstCardBottom! <= 600 }).toMatchObject({
        width,
        overflowX: 0,
        fits: true,
      });
    }
    await popup.page.setViewportSize({ width: 380, height: 600 });
    await expectAccessible(popup, 'popup-hold');
    await popup.close();
  });

  test('caution only: the badge shows the caution mark, the popup says it once and explains it once', async () => {
    await setSessions(1);
    const tabId = await shopTab(CAUTION_URL);
    const popup = await openPopup(h, { tab: tabId, viewport: { width: 380, height: 600 } });
    const headline = await popup.headline('Use with caution until');
    expect(await popup.countText('Caution means a gentle form or a small amount')).toBe(1);
    await expect.poll(() => badgeText(h, tabId)).toBe(CAUTION_MARK);
    expect(await badgeColor(h, tabId)).toEqual([0x9a, 0x5b, 0x00, 255]);
    expect(BADGE_COLORS.caution).toBe('#9a5b00');
    // The tooltip is the headline, with the day written out (it stays up past midnight).
    expect(await badgeTitle(h, tabId)).toMatch(/^Needle Safe: Use with caution until /);
    expect(headline.startsWith('Use with caution until ')).toBe(true);
    await expectAccessible(popup, 'popup-caution');
    await popup.close();
  });

  test('no window open, nothing flagged, paste box open', async () => {
    await setSessions(null);
    const retinal = await openPopup(h, {
      tab: await shopTab(RETINAL_URL),
      viewport: { width: 380, height: 600 },
    });
    // No session and no plan: no dates to give, never a green light (issue 12).
    await retinal.headline('Tell us when you roll to get dates');
    expect(await retinal.detail()).toBe('1 to hold after rolling: retinoids');
    await expectAccessible(retinal, 'popup-clear');
    await retinal.close();

    const clean = await openPopup(h, {
      tab: await shopTab(CLEAN.url),
      viewport: { width: 380, height: 600 },
    });
    await clean.headline('Nothing to hold');
    await expectAccessible(clean, 'popup-nothing');
    await clean.checkList('Aqua, Glycerin, Salicylic Acid, Parfum');
    await clean.waitForText('Salicylic Acid (3rd)');
    await expectAccessible(clean, 'popup-paste');
    await clean.close();
  });

  test('a pasted product description: no green light, the names it mentions, grey', async () => {
    await setSessions(1);
    const popup = await openPopup(h, {
      tab: await shopTab(CLEAN.url),
      viewport: { width: 380, height: 600 },
    });
    await popup.headline('Nothing to hold');
    await popup.checkList(
      'Clear Skin Wash. We have brought the best ingredients together to bring you Clear Skin. Made with dermatologists, this wash is formulated with a powerful mix of AHA (glycolic acid), BHA (salicylic acid) and PHA (gluconolactone).',
    );
    const pasted = popup.page
      .getByRole('heading', { level: 2 })
      .filter({ hasText: 'No ingredient list in this text' });
    await pasted.waitFor();
    await popup.page
      .getByText(/mentions Glycolic Acid, Salicylic Acid,? and Gluconolactone: check the full list/)
      .waitFor();
    // grey like "no list found", never the green of a checked list, and no card says "hold"
    expect(await popup.page.locator('.summary.neutral', { has: pasted }).count()).toBe(1);
    expect(await popup.countText('Hold until')).toBe(0);
    // the page's own product can go on the shelf; the description, which lists nothing, cannot
    expect(await popup.page.getByRole('button', { name: 'Add to my shelf' }).count()).toBe(1);
    await expectAccessible(popup, 'popup-described');
    await popup.close();
  });

  test('reading, then no list found: neutral, each with a heading', async () => {
    const { tabId } = await openShopPage(h, NO_LIST.url);
    const popup = await openPopup(h, { tab: tabId, viewport: { width: 380, height: 600 } });
    // The content script watches a product page for a late list for up to 8 s before it reports none.
    await popup.headline('Reading this page');
    await expectAccessible(popup);
    await popup.headline('No ingredient list found');
    const tone = await popup.page.locator('.summary').first().getAttribute('class');
    expect(tone).toBe('summary neutral');
    await expectAccessible(popup, 'popup-no-list');
    await popup.close();
  });

  test('a site outside the shop list, and the selection view with nothing selected', async () => {
    const { tabId } = await openShopPage(h, BLOG_URL);
    const site = await openPopup(h, { tab: tabId, viewport: { width: 380, height: 600 } });
    await site.headline('Needle Safe has not read this site');
    await expectAccessible(site, 'popup-unsupported');
    await site.close();
    const selection = await openPopup(h, { view: 'selection', viewport: { width: 380, height: 600 } });
    await selection.headline('No selection checked yet');
    await expectAccessible(selection);
    await selection.close();
  });
});

describe('in German', () => {
  let de: Harness;
  beforeAll(async () => {
    // --lang picks the extension's catalogue; headless Chromium still reports i18n.getUILanguage() as en-US
    // (measured), so times here follow en-US's 12-hour clock (src/ui/i18n.ts displayLocale), not German's.
    de = await launch({ args: ['--lang=de'] });
    de.routes.set(RETINAL_URL, { body: RETINAL_HTML });
  });
  afterAll(() => de?.close());

  test('the popup and the badge speak German, and the page says so', async () => {
    await de.worker.evaluate(async () => {
      await chrome.storage.local.set({ sessions: [{ at: Date.now() - 3_600_000, needleMm: 0.5 }] });
    });
    const { tabId } = await openShopPage(de, RETINAL_URL);
    await until(
      () =>
        de.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`], tabId),
      'the retinal result',
    );
    const popup = await openPopup(de, { tab: tabId, viewport: { width: 380, height: 600 } });
    expect(await popup.headline('Pausieren bis')).toMatch(/^Pausieren bis /);
    expect(await popup.detail()).toBe('Jetzt pausieren (1): Retinoide');
    expect(await popup.page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await popup.card('Retinal (19.)')).toContain('nach deiner 0,5 mm-Session');
    await expect.poll(() => badgeTitle(de, tabId)).toMatch(/^Needle Safe: Pausieren bis /);
    await expectAccessible(popup, 'popup-de');
    await popup.close();
  });
});
