/**
 * The built extension in real headless Chromium, on shop pages served at their real URLs.
 * Run after `npm run build` (npm test does). Screenshots go to tests/e2e/artifacts/.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/ingredients';
import { shopForHost } from '../../src/shops';
import { BADGE_COLORS, badgeCategories } from '../../src/background/badge';
import { DEFAULT_WINDOWS, formatHours } from '../../src/recovery';
import {
  ARTIFACTS,
  EXTENSION_DIR,
  badgeColor,
  badgeText,
  extensionPage,
  launch,
  openShopPage,
  ROOT,
  screenshot,
  storageGet,
  until,
  type Harness,
} from './harness';

const page = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

const RETINAL_URL = 'https://www.sephora.com/product/advanced-retinol-us-P520381';
const RETINAL_HTML = page('tests/e2e/pages/sephora-retinal-serum.html');

let h: Harness;
const timings: Record<string, number> = {};

beforeAll(async () => {
  h = await launch();
  h.routes.set(RETINAL_URL, { body: RETINAL_HTML });
});
afterAll(async () => {
  writeFileSync(join(ARTIFACTS, 'timings.json'), JSON.stringify(timings, null, 2));
  await h?.close();
});

interface Fixture {
  file: string;
  url: string;
  html: string;
  found: boolean;
  productPage?: boolean;
  text?: string;
}

function listFixtures(): Fixture[] {
  const dir = join(ROOT, 'tests/fixtures/shops');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .flatMap((shop) =>
      readdirSync(join(dir, shop))
        .filter((f) => f.endsWith('.json'))
        .map((f) => {
          const meta = JSON.parse(readFileSync(join(dir, shop, f), 'utf8')) as Omit<Fixture, 'file' | 'html'>;
          return {
            ...meta,
            file: `${shop}/${f}`,
            html: readFileSync(join(dir, shop, f.replace(/\.json$/, '.html')), 'utf8'),
          };
        }),
    );
}

const hexToRgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

async function tabResult(tabId: number) {
  const all = await storageGet(h, 'session', `tab-${tabId}`);
  return all[`tab-${tabId}`] as
    { state: string; analysis: { findings: { category: string }[] } | null } | undefined;
}

describe('extension in real Chromium', () => {
  test('the manifest asks for no broad host access', async () => {
    const manifest = await h.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    const hosts = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
    ];
    expect(hosts.length).toBeGreaterThan(10);
    for (const p of hosts) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\*$/);
    expect(manifest.permissions).toContain('activeTab');
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('notifications');
    expect(manifest.optional_permissions).toEqual(['notifications']);
  });

  test('a routed product page runs the content script, stores the result and sets the badge', async () => {
    const { tabId } = await openShopPage(h, RETINAL_URL);
    const result = await until(() => tabResult(tabId), 'a stored tab result');
    expect(result.state).toBe('found');
    const cats = result.analysis!.findings.map((f) => f.category);
    expect(cats).toContain('retinoid');
    // The browser pipeline must agree with the engine run in Node on the same list.
    const listText = /<div id="ingredients" hidden><div><p>[^<]*<\/p><p>([^<]+)<\/p>/.exec(RETINAL_HTML)![1]!;
    const expected = String(badgeCategories(analyze(listText)).length);
    expect(await until(async () => (await badgeText(h, tabId)) || null, 'badge text')).toBe(expected);
  });

  test('options: set a needle length, log a session; the popup then says Hold until the right day', async () => {
    const options = await extensionPage(h, 'options.html');
    await options.getByLabel('Needle length').selectOption('0.5');
    await until(async () => {
      const sync = await storageGet(h, 'sync', 'settings');
      return (sync.settings as { needleMm?: number } | undefined)?.needleMm === 0.5;
    }, 'needle length saved');
    await options.getByRole('button', { name: 'Log a session now' }).click();
    const sessions = await until(async () => {
      const local = await storageGet(h, 'local', 'sessions');
      const list = local.sessions as { at: number; needleMm: number }[] | undefined;
      return list?.length ? list : null;
    }, 'a logged session');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.needleMm).toBe(0.5);
    await options.getByText(/recovery window until/).waitFor();
    await screenshot(options, 'options');

    const { tabId } = await openShopPage(h, RETINAL_URL);
    await until(() => tabResult(tabId), 'the retinal page result');
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const headline = popup.getByRole('status').filter({ hasText: 'Hold until' });
    await headline.waitFor();
    // Retinoids after a 0.5 mm session: the default window (recovery-windows.md) counted from the logged session.
    const hours = DEFAULT_WINDOWS.medium.retinoid.typical;
    const day = new Date(sessions[0]!.at + hours * 3_600_000).toLocaleDateString('en-GB', {
      weekday: 'short',
    });
    expect(await headline.textContent()).toContain(`Hold until ${day}`);
    await expect.poll(() => popup.getByText(/Retinal \(19th\)/).count()).toBe(1);
    await expect
      .poll(() =>
        popup.getByText(`${formatHours(hours)} after your 0.5 mm session`, { exact: false }).count(),
      )
      .toBeGreaterThan(0);
    // The badge colour follows the recovery state: held now.
    await expect.poll(() => badgeColor(h, tabId)).toEqual(hexToRgba(BADGE_COLORS.hold));
    await screenshot(popup, 'popup');
    await popup.close();
    await options.close();
  });

  test('every shop fixture at its real URL gives the badge the engine predicts', async () => {
    const fixtures = listFixtures();
    expect(fixtures.length).toBeGreaterThan(20);
    for (const f of fixtures) h.routes.set(f.url, { body: f.html });
    // Pages without a list are only reported when the watch time is over: open them all, then wait.
    const opened = [];
    for (const f of fixtures) opened.push({ f, ...(await openShopPage(h, f.url)) });
    const onShop = (f: Fixture) => shopForHost(new URL(f.url).hostname) !== null;
    const results = await Promise.all(
      opened
        .filter(({ f }) => onShop(f))
        .map(async ({ f, tabId }) => {
          const stored = await until(() => tabResult(tabId), `a result for ${f.url}`, 20_000);
          return { f, stored, badge: await badgeText(h, tabId) };
        }),
    );
    // Pages outside the registry are never read without a click: no result, no badge, even after every
    // shop page (including the slowest "no list" ones) has reported.
    for (const { f, tabId } of opened.filter(({ f }) => !onShop(f))) {
      expect({ page: f.file, stored: await tabResult(tabId), badge: await badgeText(h, tabId) }).toEqual({
        page: f.file,
        stored: undefined,
        badge: '',
      });
    }
    await Promise.all(opened.map(({ page: p }) => p.close()));
    for (const { f, stored, badge } of results) {
      const expected = f.found
        ? String(badgeCategories(analyze(f.text!)).length).replace(/^0$/, '')
        : f.productPage
          ? '?'
          : '';
      expect({ page: f.file, state: stored.state, badge }).toEqual({
        page: f.file,
        state: f.found ? 'found' : 'no-list',
        badge: expected,
      });
    }
  });

  test('a single-page navigation to another product updates the badge, ignoring stale page JSON', async () => {
    const { page: p, tabId } = await openShopPage(h, RETINAL_URL);
    await until(async () => (await badgeText(h, tabId)) === '1', 'the retinal badge');
    // What a single-page shop does: new URL, new DOM; the linkStore JSON still describes the first product.
    const showProduct = (path: string, list: string) =>
      p.evaluate(
        ([path, list]) => {
          history.pushState({}, '', path);
          const box = document.getElementById('ingredients')!;
          box.replaceChildren();
          const para = document.createElement('p');
          para.textContent = list;
          box.append(para);
        },
        [path, list] as const,
      );
    await showProduct(
      '/product/gentle-cleanser-P2',
      'Water, Glycerin, Cocamidopropyl Betaine, Sodium Cocoyl Glutamate, Panthenol, Allantoin, Sodium Benzoate, Xanthan Gum',
    );
    const clean = await until(async () => {
      const r = (await tabResult(tabId)) as { url?: string; analysis?: { findings: unknown[] } } | undefined;
      return r?.url?.endsWith('/product/gentle-cleanser-P2') ? r : null;
    }, 'the second product result');
    expect(clean.analysis!.findings).toEqual([]);
    expect(await badgeText(h, tabId)).toBe('');
    await showProduct(
      '/product/clarifying-toner-P3',
      'Water, Salicylic Acid, Glycerin, Niacinamide, Sodium Hydroxide, Phenoxyethanol, Ethylhexylglycerin',
    );
    await until(async () => (await badgeText(h, tabId)) === '1', 'the third product badge');
    await p.close();
  });

  test('a clean product shows "Nothing detected" and what was checked', async () => {
    const f = listFixtures().find((x) => x.file === 'rossmann/calisi-max-out-lash-serum.json')!;
    h.routes.set(f.url, { body: f.html });
    const { page: shop, tabId } = await openShopPage(h, f.url);
    await until(() => tabResult(tabId), 'the clean page result');
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const status = popup.getByRole('status').filter({ hasText: 'Nothing detected' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/ingredients checked for retinoids?, .*fragrance/i);
    await popup.setViewportSize({ width: 400, height: 480 });
    await screenshot(popup, 'popup-nothing-detected');
    timings.popupFirstContentfulPaintMs = await popup.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
    );
    await popup.close();
    await shop.close();
  });

  test('an unsupported site offers "Scan this page" and fails calmly without a user click', async () => {
    const url = 'https://www.example-skincare-blog.org/review/serum';
    h.routes.set(url, {
      body: '<!doctype html><title>Review</title><p>Water, Glycerin, Retinol, Phenoxyethanol</p>',
    });
    const { page: site, tabId } = await openShopPage(h, url);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    // activeTab is granted only by a real click on the toolbar button, which a test cannot make.
    await popup.getByText('The browser does not let extensions read this page.').waitFor();
    expect(await tabResult(tabId)).toBeUndefined();
    await popup.close();
    await site.close();
  });

  test('the badge colour changes when a recovery window ends, with no page open (alarm)', async () => {
    const { page: shop, tabId } = await openShopPage(h, RETINAL_URL);
    await until(() => tabResult(tabId), 'the retinal page result');
    // A 0.5 mm session whose retinoid window ends in 8 s, written as the options page writes it.
    const hours = DEFAULT_WINDOWS.medium.retinoid.typical;
    const options = await extensionPage(h, 'options.html');
    await options.evaluate(async (h) => {
      await chrome.storage.sync.set({
        settings: { needleMm: 0.5, plan: { kind: 'none' }, time: '20:00', overrides: {}, reminders: false },
      });
      await chrome.storage.local.set({
        sessions: [{ at: Date.now() - h * 3_600_000 + 8_000, needleMm: 0.5 }],
      });
    }, hours);
    await options.close();

    // The background re-arms its alarm at the end of this session's window (an earlier test's session held
    // the badge too, so wait for the alarm, not just the colour).
    await expect
      .poll(
        async () => {
          const alarm = await h.worker.evaluate(() => chrome.alarms.get('recovery-change'));
          const left = (alarm?.scheduledTime ?? 0) - Date.now();
          return left > 0 && left < 15_000;
        },
        { timeout: 5_000 },
      )
      .toBe(true);
    expect(await badgeColor(h, tabId)).toEqual(hexToRgba(BADGE_COLORS.hold));
    // Nothing is open but the shop page: only the background's alarm can repaint the badge.
    await expect
      .poll(() => badgeColor(h, tabId), { timeout: 30_000, interval: 500 })
      .toEqual(hexToRgba(BADGE_COLORS.clear));
    expect(await badgeText(h, tabId)).toBe('1');
    await shop.close();
  });

  test('two open options pages never disagree', async () => {
    const a = await extensionPage(h, 'options.html');
    const b = await extensionPage(h, 'options.html');
    await a.getByLabel('Needle length').selectOption('1');
    await expect.poll(() => b.getByLabel('Needle length').inputValue()).toBe('1');
    await b.getByLabel('Usual time').fill('07:30');
    await expect.poll(() => a.getByLabel('Usual time').inputValue()).toBe('07:30');
    await a.close();
    await b.close();
  });

  test('a damaged stored setting is repaired on its own and reported; the other settings are kept', async () => {
    const options = await extensionPage(h, 'options.html');
    await options.evaluate(() =>
      chrome.storage.sync.set({
        settings: {
          needleMm: 'deep',
          plan: { kind: 'weekdays', days: [2, 5] },
          time: '06:45',
          overrides: {},
          reminders: false,
        },
      }),
    );
    await options.reload();
    await options.getByRole('alert').filter({ hasText: 'repaired' }).waitFor();
    expect(await options.getByRole('alert').filter({ hasText: 'repaired' }).textContent()).toContain(
      'needle length',
    );
    expect(await options.getByLabel('Usual time').inputValue()).toBe('06:45');
    expect(await options.getByLabel('Tue', { exact: true }).isChecked()).toBe(true);
    const stored = (await storageGet(h, 'sync', 'settings')).settings as { needleMm: number; time: string };
    expect(stored).toMatchObject({ needleMm: 0.5, time: '06:45' });
    await options.close();
  });

  test('a bad import file is rejected with a clear message and changes nothing', async () => {
    const options = await extensionPage(h, 'options.html');
    const before = await storageGet(h, 'sync', 'settings');
    await options.getByLabel('Import settings').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"needle-safe-settings","version":2,"settings":{"needleMm":40}}'),
    });
    await options.getByRole('alert').filter({ hasText: 'nothing was imported' }).waitFor();
    expect(await storageGet(h, 'sync', 'settings')).toEqual(before);
    await options.close();
  });

  test('the shop content script stays within its 20 kB budget', () => {
    const size = statSync(join(EXTENSION_DIR, 'content-scripts/shop.js')).size;
    timings.shopContentScriptBytes = size;
    expect(size).toBeLessThan(20 * 1024);
  });

  test('popup and options render', async () => {
    const t0 = Date.now();
    const popup = await extensionPage(h, 'popup.html');
    await popup.getByText('Needle Safe', { exact: true }).waitFor();
    timings.popupTabOpenToHeaderMs = Date.now() - t0;
    // The paste box checks any text, and page-like text stays text (never markup).
    await popup
      .getByLabel('Paste an ingredient list to check it')
      .fill('Aqua, <img src=x onerror=alert(1)>, Salicilic Acid');
    await popup.getByRole('button', { name: 'Check', exact: true }).click();
    await popup.getByText('Salicilic Acid (2nd)').waitFor();
    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    const options = await extensionPage(h, 'options.html');
    await options.getByRole('heading', { name: 'Recovery windows' }).waitFor();
    await options.close();
    await popup.close();
  });
});
