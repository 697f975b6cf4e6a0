/**
 * Issue 12 in real Chromium: "Add to my shelf" from a routed shop page, a paste, a selection and a makeup page;
 * tonight's plan and its timeline before and after a session (screenshots light and dark, axe on each state);
 * makeup waiting its window in the popup and on the badge; the shelf through export and import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BADGE_COLORS } from '../../src/background/badge';
import type { ShelfProduct } from '../../src/shelf/types';
import { axeViolations } from './axe';
import {
  badgeColor,
  badgeText,
  launch,
  clickCheckSelection,
  sephoraPageWithList,
  openShopPage,
  ROOT,
  screenshot,
  storageGet,
  until,
  type Harness,
  RETINAL_HTML,
  RETINAL_URL,
} from './harness';
import { openOptions } from './pages/options';
import { openPopup } from './pages/popup';

// The same Sephora markup for a foundation with a clean list: the page (its name) says it is makeup.
const MAKEUP_URL = 'https://www.sephora.com/product/skin-tint-foundation-P999002';
const MAKEUP_LIST = 'Aqua, Dimethicone, Titanium Dioxide, Glycerin, Iron Oxides, Phenoxyethanol';
const MAKEUP_HTML = sephoraPageWithList(RETINAL_HTML, MAKEUP_LIST).replaceAll(
  'Advanced Retinol Serum',
  'Skin Tint Foundation',
);
const HYDRATING = 'Aqua, Sodium Hyaluronate, Panthenol, Glycerin, Allantoin';
const BLOG_URL = 'https://www.example-skincare-blog.org/review/toner';
const SELECTED = 'Aqua, Glycerin, Glycolic Acid, Niacinamide, Parfum';
const POPUP = { width: 380, height: 600 };

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.routes.set(RETINAL_URL, { body: RETINAL_HTML });
  h.routes.set(MAKEUP_URL, { body: MAKEUP_HTML });
  h.routes.set(BLOG_URL, { body: `<!doctype html><title>Review</title><p>${SELECTED}</p>` });
  // A plan with a session in three days at 20:00 (local): its 48 h pause starts tomorrow at 20:00.
  await h.worker.evaluate(async () => {
    const day = (new Date().getDay() + 3) % 7;
    await chrome.storage.sync.set({
      settings: {
        needleMm: 0.5,
        plan: { kind: 'weekdays', days: [day] },
        time: '20:00',
        overrides: {},
        reminders: false,
      },
      settings$: { v: 2 },
    });
  });
});
afterAll(() => h?.close());

const shelf = async (): Promise<ShelfProduct[]> =>
  ((await storageGet(h, 'local', 'shelf')).shelf as ShelfProduct[] | undefined) ?? [];

/** Opens "Add to my shelf" in `scope`, checks the prefilled name, names it and saves. */
async function addToShelf(page: Page, prefilled: string, name: string, scope = page.locator('main')) {
  await scope.getByRole('button', { name: 'Add to my shelf' }).click();
  const field = scope.getByLabel('Name', { exact: true });
  expect(await field.inputValue()).toBe(prefilled);
  await field.fill(name);
  await scope.getByRole('button', { name: 'Save to shelf' }).click();
  await scope
    .getByRole('status')
    .filter({ hasText: `Added to your shelf: ${name}` })
    .waitFor();
}

async function expectAccessible(page: Page, what: string) {
  expect(await axeViolations(page), what).toEqual([]);
}

describe('the shelf', () => {
  test('add from a routed shop page: name, shop, address and list kept; no findings stored', async () => {
    const { tabId } = await openShopPage(h, RETINAL_URL);
    await until(
      async () => (await storageGet(h, 'session', `tab-${tabId}`))[`tab-${tabId}`],
      'the page result',
    );
    const popup = await openPopup(h, { tab: tabId, viewport: POPUP });
    await popup.page.getByRole('heading', { level: 1 }).waitFor();
    await addToShelf(popup.page, 'Advanced Retinol Serum', 'My retinal serum');
    const [p] = await shelf();
    expect(p).toMatchObject({ name: 'My retinal serum', shop: 'sephora', url: RETINAL_URL, kinds: [] });
    expect(p!.text).toContain('Retinal');
    expect(Object.keys(p!).sort()).toEqual([
      'addedAt',
      'category',
      'id',
      'kinds',
      'name',
      'shop',
      'text',
      'url',
    ]);
    await expectAccessible(popup.page, 'popup after adding');
    await popup.close();
  });

  test('add from the paste box, named by the user', async () => {
    const popup = await openPopup(h, { viewport: POPUP });
    await popup.checkList(HYDRATING);
    const pasted = popup.page.locator('#paste-box');
    await pasted.getByRole('heading', { level: 2 }).waitFor();
    await addToShelf(popup.page, '', 'Hydrating serum', pasted);
    expect((await shelf()).map((p) => [p.name, p.url, p.text])).toEqual([
      ['My retinal serum', RETINAL_URL, expect.any(String)],
      ['Hydrating serum', null, HYDRATING],
    ]);
    await popup.close();
  });

  test('add from a selection checked with the context menu', async () => {
    const { tabId } = await openShopPage(h, BLOG_URL);
    await clickCheckSelection(h, tabId, SELECTED, BLOG_URL);
    await until(async () => (await storageGet(h, 'session', 'selection')).selection, 'the stored selection');
    const popup = await openPopup(h, { view: 'selection', viewport: POPUP });
    await popup.page.getByText('Selected text', { exact: true }).waitFor();
    await addToShelf(popup.page, '', 'Glow toner');
    const p = (await shelf()).at(-1)!;
    // The extension may not read the address of a tab outside its shops (no "tabs" permission), so a selection
    // comes without one: the shelf keeps no URL and no shop for it, and says nothing it does not know.
    const stored = (await storageGet(h, 'session', 'selection')).selection as { pageUrl: string };
    expect([p.name, p.url, p.shop, p.text]).toEqual([
      'Glow toner',
      stored.pageUrl || null,
      stored.pageUrl ? new URL(stored.pageUrl).host : null,
      SELECTED,
    ]);
    await popup.close();
  });

  test('add from a makeup page: the makeup box comes ticked', async () => {
    const { tabId } = await openShopPage(h, MAKEUP_URL);
    await until(
      async () => (await storageGet(h, 'session', `tab-${tabId}`))[`tab-${tabId}`],
      'the page result',
    );
    const popup = await openPopup(h, { tab: tabId, viewport: POPUP });
    await popup.page.getByRole('heading', { level: 1 }).waitFor();
    await popup.page.getByRole('button', { name: 'Add to my shelf' }).click();
    expect(await popup.page.getByLabel(/This is makeup/).isChecked()).toBe(true);
    await popup.page.getByRole('button', { name: 'Save to shelf' }).click();
    await popup.page
      .getByRole('status')
      .filter({ hasText: 'Added to your shelf: Skin Tint Foundation' })
      .waitFor();
    expect((await shelf()).at(-1)!.kinds).toEqual(['makeup']);
    await popup.close();
  });
});

describe("tonight's plan", () => {
  /** The plan's rows as the user reads them: name, state, suggestion. */
  const rows = (page: Page) =>
    page
      .locator('.plan-entry')
      .evaluateAll((els) =>
        els.map((e) => [...e.querySelectorAll('span')].map((s) => s.textContent).join(' | ')),
      );

  async function shoot(page: Page, name: string) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectAccessible(page, `${name} ${scheme}`);
      await screenshot(page, `${name}${scheme === 'dark' ? '-dark' : ''}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  test('the popup loads the engine only when the plan is opened', async () => {
    // Extension pages report no resource timing; the context's request events do list their chunks.
    const engine: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (/\/chunks\/ingredients-[^/]+\.js$/.test(r.url())) engine.push(r.url());
    };
    h.context.on('request', onRequest);
    try {
      const popup = await openPopup(h, { viewport: POPUP });
      const toggle = popup.page.getByRole('button', { name: "Tonight's plan (4 products)" });
      await toggle.waitFor();
      await popup.page.waitForLoadState('networkidle');
      expect(engine).toEqual([]);
      await toggle.click();
      await popup.page.locator('.plan-entry').first().waitFor();
      expect(engine).toHaveLength(1);
      await popup.close();
    } finally {
      h.context.off('request', onRequest);
    }
  });

  test('before a session: fine tonight, the retinal serum pauses before the planned one', async () => {
    const popup = await openPopup(h, { view: 'plan', viewport: POPUP });
    await popup.page.locator('.plan-entry').first().waitFor();
    const before = await rows(popup.page);
    expect(before).toHaveLength(4);
    expect(before.filter((r) => r.includes('Fine tonight'))).toEqual(['Hydrating serum | Fine tonight']);
    // Makeup has no pause before a session, but is never a bare green light: it says what comes.
    expect(before.find((r) => r.startsWith('Skin Tint Foundation'))).toMatch(
      /^Skin Tint Foundation \| Fine until \w+day's session - makeup$/,
    );
    expect(before.find((r) => r.startsWith('My retinal serum'))).toMatch(
      /^My retinal serum \| Pause from tomorrow at .+ - \w+day's session$/,
    );
    // The glycolic toner: acids pause 48 h before too.
    expect(before.find((r) => r.startsWith('Glow toner'))).toMatch(/Pause from tomorrow at/);
    expect(await popup.page.locator('.tl-session.planned').count()).toBeGreaterThan(0);
    await shoot(popup.page, 'plan-before-session');
    await popup.close();
  });

  test('after logging a session: hydrating first, then the holds by when usable; the timeline agrees', async () => {
    await h.worker.evaluate(() =>
      chrome.storage.local.set({
        sessions: [{ at: Date.now() - 60_000, needleMm: 0.5 }],
        sessions$: { v: 1 },
      }),
    );
    const popup = await openPopup(h, { view: 'plan', viewport: POPUP });
    await popup.page.getByText('Good after rolling').waitFor();
    const after = await rows(popup.page);
    expect(after[0]).toBe(
      'Hydrating serum | Fine tonight | Good after rolling: hyaluronic acid, panthenol, and allantoin',
    );
    // Makeup and fragrance 24 h, then acids and retinal 72 h (the default windows at 0.5 mm).
    expect(after[1]).toMatch(/^Skin Tint Foundation \| Hold until tomorrow at .+ - makeup$/);
    expect(
      after
        .slice(2)
        .map((r) => r.split(' | ')[0])
        .sort(),
    ).toEqual(['Glow toner', 'My retinal serum']);
    expect(after.find((r) => r.startsWith('My retinal serum'))).toMatch(/Hold until .+ - retinal$/);
    // Every product but the hydrating one has a bar starting now; the text list says so too.
    expect(await popup.page.locator('.tl-row:not(.tl-head)').count()).toBe(4);
    const hidden = await popup.page.locator('.timeline-box ul.visually-hidden li').allTextContents();
    expect(hidden.find((t) => t.startsWith('Hydrating serum'))).toBe(
      'Hydrating serum: nothing to hold this week',
    );
    expect(hidden.find((t) => t.startsWith('Skin Tint Foundation'))).toMatch(/hold from now to tomorrow at /);
    // The page headline stays first: the plan is below the fold of a page result, behind its own button.
    await shoot(popup.page, 'plan-after-session');
    await popup.close();
  });

  test('the makeup page now waits its window: headline, detail and a red badge of 1', async () => {
    const { tabId } = await openShopPage(h, MAKEUP_URL);
    await until(
      async () => (await storageGet(h, 'session', `tab-${tabId}`))[`tab-${tabId}`],
      'the page result',
    );
    const popup = await openPopup(h, { tab: tabId, viewport: POPUP });
    const headline = await popup.headline('Hold until');
    expect(headline).toMatch(/^Hold until tomorrow at /);
    expect(await popup.detail()).toBe(
      'Makeup waits 24 h after your 0.5 mm session; mineral makeup first after that.',
    );
    await expect.poll(() => badgeText(h, tabId)).toBe('1');
    expect(await badgeColor(h, tabId)).toEqual([0xb7, 0x1c, 0x1c, 255]);
    expect(BADGE_COLORS.hold).toBe('#b71c1c');
    await expectAccessible(popup.page, 'makeup popup');
    await popup.screenshot('popup-makeup');
    await popup.page.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot('popup-makeup-dark');
    await popup.close();
  });
});

describe('options page', () => {
  test('plan and shelf sections, light and dark; rename, untick and tick makeup, check again', async () => {
    const options = await openOptions(h, { viewport: { width: 900, height: 1400 } });
    // The plan appears once the engine has loaded (the options page loads it on demand too).
    await options.page.locator('#plan .plan-entry').first().waitFor();
    expect(await options.page.locator('#plan .plan-entry').count()).toBe(4);
    await options.page.getByLabel('Name of shelf product 2').fill('Hydrating serum (HA)');
    await options.page.getByLabel('Name of shelf product 2').press('Enter');
    await expect.poll(async () => (await shelf())[1]!.name).toBe('Hydrating serum (HA)');
    const makeupBox = options.page.locator('#shelf .shelf-row').nth(3).getByLabel('Makeup', { exact: true });
    await makeupBox.uncheck();
    await expect.poll(async () => (await shelf())[3]!.kinds).toEqual([]);
    await makeupBox.check();
    await expect.poll(async () => (await shelf())[3]!.kinds).toEqual(['makeup']);
    // Check again: the verdict recomputed from the stored text, here the retinal serum's hold.
    await options.page
      .locator('#shelf .shelf-row')
      .first()
      .getByRole('button', { name: 'Check again' })
      .click();
    await options.page
      .locator('#shelf')
      .getByRole('heading', { level: 2, name: /^Hold until / })
      .waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await options.page.emulateMedia({ colorScheme: scheme });
      await expectAccessible(options.page, `options ${scheme}`);
      await options.page.locator('#plan').screenshot({
        path: join(ROOT, `tests/e2e/artifacts/options-plan${scheme === 'dark' ? '-dark' : ''}.png`),
      });
      await options.page.locator('#shelf').screenshot({
        path: join(ROOT, `tests/e2e/artifacts/options-shelf${scheme === 'dark' ? '-dark' : ''}.png`),
      });
    }
    await options.close();
  });

  test('add by pasting a list with a name, then remove it', async () => {
    const options = await openOptions(h);
    const section = options.page.locator('#shelf');
    await section.getByLabel('Name', { exact: true }).fill('Night cream');
    await section.getByLabel('Ingredient list').fill('Aqua, Squalane, Ceramide NP, Retinyl Palmitate');
    await section.getByRole('button', { name: 'Save to shelf' }).click();
    await section.getByRole('status').filter({ hasText: 'Added to your shelf: Night cream' }).waitFor();
    expect((await shelf()).map((p) => p.name)).toEqual([
      'My retinal serum',
      'Hydrating serum (HA)',
      'Glow toner',
      'Skin Tint Foundation',
      'Night cream',
    ]);
    await section.getByRole('button', { name: 'Remove Night cream' }).click();
    await expect.poll(async () => (await shelf()).length).toBe(4);
    await options.close();
  });

  test('export and import round trip with the shelf', async () => {
    const before = await shelf();
    expect(before).toHaveLength(4);
    const options = await openOptions(h);
    await options.page.locator('#shelf .shelf-row').first().waitFor();
    const [download] = await Promise.all([
      options.page.waitForEvent('download'),
      options.page.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const file = readFileSync((await download.path())!, 'utf8');
    expect((JSON.parse(file) as { shelf: ShelfProduct[] }).shelf).toEqual(before);
    await h.worker.evaluate(() => chrome.storage.local.set({ shelf: [] }));
    await expect.poll(() => options.page.locator('#shelf .shelf-row').count()).toBe(0);
    await options.importFile('needle-safe-settings.json', file);
    await expect.poll(async () => (await shelf()).length).toBe(4);
    expect(await shelf()).toEqual(before);
    await expect.poll(() => options.page.locator('#shelf .shelf-row').count()).toBe(4);
    await options.close();
  });
});
