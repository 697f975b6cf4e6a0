/**
 * Single-page navigation in real Chromium (issue 10): every order in which a shop can change its URL and its
 * list ends with the new product's own result, badge and popup, and no stored result ever pairs a URL with
 * another product's list. The popup is opened by a click on the toolbar button.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/ingredients';
import {
  badgeText,
  highCategoryCount,
  launch,
  openShopPage,
  storageGet,
  until,
  type Harness,
} from './harness';
import { clickToolbarButton, closePopups, readPopup } from './pages/browser-ui';
import { numbered, ORIGIN, PRODUCTS, spaShopHtml, type Product } from './spa-shop';

/** What the test shop's page script offers (tests/e2e/spa-shop.ts). */
interface ShopWindow {
  shop: { go(p: Product, order: 'render-push' | 'push-render', ms: number): void };
}

let h: Harness;
const STEPS = Array.from({ length: 20 }, (_, i) => numbered(i));
const ALL: Product[] = [...Object.values(PRODUCTS), ...STEPS];

beforeAll(async () => {
  h = await launch();
  const html = spaShopHtml(ALL);
  for (const p of ALL) h.routes.set(ORIGIN + p.path, { body: html });
});
afterAll(async () => {
  await h?.close();
});

/** The badge the engine gives the list; A, B and C are also written down by hand below. */
const expectedBadge = (p: Product) => String(highCategoryCount(analyze(p.list))).replace(/^0$/, '');

interface Stored {
  url: string;
  text: string | null;
  product?: { name: string | null } | null;
}
async function stored(tabId: number): Promise<Stored | undefined> {
  return (await storageGet(h, 'session', `tab-${tabId}`))[`tab-${tabId}`] as Stored | undefined;
}

/** Records every result the background stores for the tab, to check that none pairs a URL with a wrong list. */
async function recordWrites(tabId: number): Promise<() => Promise<Stored[]>> {
  await h.worker.evaluate((id) => {
    const g = globalThis as unknown as { writes?: Record<string, Stored[]> };
    g.writes = { ...g.writes, [id]: [] };
    chrome.storage.session.onChanged.addListener((changes) => {
      const v = changes[`tab-${id}`]?.newValue as Stored | undefined;
      if (v) g.writes![id]!.push({ url: v.url, text: v.text });
    });
  }, tabId);
  return () =>
    h.worker.evaluate(
      (id) => (globalThis as unknown as { writes: Record<string, Stored[]> }).writes[id]!,
      tabId,
    );
}

function productAt(url: string): Product {
  const p = ALL.find((x) => ORIGIN + x.path === url.replace(/[?#].*$/, ''));
  if (!p) throw new Error(`no product at ${url}`);
  return p;
}

/** Waits until the tab's result, badge and (toolbar-opened) popup are all about `p`, and stay so. */
async function expectShowing(tabId: number, p: Product, writes: () => Promise<Stored[]>) {
  const url = ORIGIN + p.path;
  await until(async () => {
    const r = await stored(tabId);
    return r?.url === url && r.text === p.list ? r : null;
  }, `the result for ${p.name}`);
  // Some shops render a moment after the URL: nothing older may land after the right answer.
  await new Promise((r) => setTimeout(r, 1_500));
  const r = await stored(tabId);
  expect({ url: r?.url, text: r?.text, name: r?.product?.name }).toEqual({ url, text: p.list, name: p.name });
  // The badge is painted just after the result is stored: wait for it, do not race it.
  await expect.poll(() => badgeText(h, tabId)).toBe(expectedBadge(p));
  await clickToolbarButton(h, url);
  const popup = await readPopup(h, (t) => t.includes(p.name));
  expect(popup.text).toContain(p.name);
  for (const other of ALL) if (other !== p) expect(popup.text).not.toContain(other.name);
  await closePopups(h);
  for (const w of await writes())
    expect({ url: w.url, text: w.text }).toEqual({ url: w.url, text: productAt(w.url).list });
}

async function openAt(p: Product) {
  const { page, tabId } = await openShopPage(h, ORIGIN + p.path);
  await until(async () => (await stored(tabId))?.url === ORIGIN + p.path, `the first result for ${p.name}`);
  const writes = await recordWrites(tabId);
  return { page, tabId, writes };
}

describe('single-page navigation', () => {
  test('the products pinned: A holds a retinoid, B nothing, C three categories', () => {
    expect([expectedBadge(PRODUCTS.a), expectedBadge(PRODUCTS.b), expectedBadge(PRODUCTS.c)]).toEqual([
      '1',
      '',
      '3',
    ]);
  });

  test.each([
    ['render then push', 'render-push', 50],
    ['push then render', 'push-render', 50],
    ['push, render 300 ms later', 'push-render', 300],
  ] as const)('A -> B, %s', async (_, order, ms) => {
    const { page, tabId, writes } = await openAt(PRODUCTS.a);
    await expectShowing(tabId, PRODUCTS.a, writes);
    await page.evaluate(([p, o, t]) => (window as never as ShopWindow).shop.go(p, o, t), [
      PRODUCTS.b,
      order,
      ms,
    ] as const);
    await expectShowing(tabId, PRODUCTS.b, writes);
    await page.close();
  });

  test('B -> A (back), after A -> B', async () => {
    const { page, tabId, writes } = await openAt(PRODUCTS.a);
    await page.evaluate((p) => (window as never as ShopWindow).shop.go(p, 'push-render', 0), PRODUCTS.c);
    await expectShowing(tabId, PRODUCTS.c, writes);
    await page.goBack();
    await expectShowing(tabId, PRODUCTS.a, writes);
    await page.close();
  });

  test('20 fast navigations ending on a known product', async () => {
    const { page, tabId, writes } = await openAt(PRODUCTS.b);
    await page.evaluate(
      async ([steps, last]) => {
        const shop = (window as never as ShopWindow).shop;
        for (const [i, p] of steps.entries()) {
          shop.go(p, i % 2 ? 'render-push' : 'push-render', 20);
          await new Promise((r) => setTimeout(r, 60));
        }
        shop.go(last, 'push-render', 100);
      },
      [STEPS, PRODUCTS.a] as const,
    );
    await expectShowing(tabId, PRODUCTS.a, writes);
    await page.close();
  });

  test('injected again into the same page (a site turned off and on), the reader does not start twice', async () => {
    const { page, tabId, writes } = await openAt(PRODUCTS.a);
    await expectShowing(tabId, PRODUCTS.a, writes);
    // In the content scripts' own world: mark the reader running now, inject the script again as the
    // background does on a re-grant (src/background/sites.ts readTab), and look which reader runs
    const inWorld = <T>(func: () => T) =>
      h.worker.evaluate(
        async ([id, src]) => {
          const [res] = await chrome.scripting.executeScript({
            target: { tabId: id },
            func: new Function(`return (${src})()`) as () => unknown,
          });
          return res?.result;
        },
        [tabId, func.toString()] as const,
      ) as Promise<T>;
    type Marked = { __needleSafeReader?: { mark?: string } };
    expect(
      await inWorld(() => {
        const r = (globalThis as Marked).__needleSafeReader;
        if (r) r.mark = 'first';
        return r?.mark ?? null;
      }),
    ).toBe('first');
    await h.worker.evaluate(
      (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/shop.js'] }),
      tabId,
    );
    expect(await inWorld(() => (globalThis as Marked).__needleSafeReader?.mark ?? null)).toBe('first');
    // and that one reader still follows the shop's navigation
    await page.evaluate((p) => (window as never as ShopWindow).shop.go(p, 'push-render', 0), PRODUCTS.c);
    await expectShowing(tabId, PRODUCTS.c, writes);
    await page.close();
  });

  test('a hash-only change keeps the result and the badge', async () => {
    const { page, tabId, writes } = await openAt(PRODUCTS.c);
    await page.evaluate(() => (location.hash = '#reviews'));
    await expectShowing(tabId, PRODUCTS.c, writes);
    expect((await stored(tabId))?.url).toBe(ORIGIN + PRODUCTS.c.path);
    await page.close();
  });
});
