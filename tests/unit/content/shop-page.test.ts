// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.sephora.com/product/serum-P1" }
/**
 * The live adapter against a real DOM (happy-dom): a real MutationObserver, WXT's real ContentScriptContext
 * and real timers, so what shop.content.ts wires is exercised as it runs in the page.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport } from '../../../src/messaging';
import { THROTTLE_MS } from '../../../src/content/page-watch';
import { watchShopPage } from '../../../src/content/shop-page';

const LIST = 'Water, Glycerin, Niacinamide, Retinol, Phenoxyethanol, Ethylhexylglycerin, Sodium Hyaluronate';

function showList(list: string) {
  const section = document.createElement('section');
  const h2 = document.createElement('h2');
  h2.textContent = 'Ingredients';
  const p = document.createElement('p');
  p.textContent = list;
  section.append(h2, p);
  document.body.replaceChildren(section);
}

let ctx: ContentScriptContext | null = null;
afterEach(() => {
  ctx?.abort();
  ctx = null;
  document.body.replaceChildren();
});

describe('watchShopPage', () => {
  test('a list rendered after load is seen through the MutationObserver and reported once', async () => {
    ctx = new ContentScriptContext('shop');
    const sent: PageReport[] = [];
    watchShopPage(ctx, (r) => sent.push(r));
    expect(sent).toEqual([]);
    showList(LIST);
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: THROTTLE_MS * 5 });
    expect(sent[0]!.text).toBe(LIST);
    showList('Aqua, Glycerin, Salicylic Acid, Panthenol, Allantoin, Xanthan Gum');
    await new Promise((r) => setTimeout(r, THROTTLE_MS * 2));
    expect(sent).toHaveLength(1);
  });

  test('an in-page navigation starts a new watch that reports the next product', async () => {
    ctx = new ContentScriptContext('shop');
    const sent: PageReport[] = [];
    watchShopPage(ctx, (r) => sent.push(r));
    showList(LIST);
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: THROTTLE_MS * 5 });
    const next = 'Aqua, Glycerin, Salicylic Acid, Panthenol, Allantoin, Xanthan Gum';
    history.pushState({}, '', '/product/toner-P2');
    showList(next);
    // WXT's location watcher polls the URL once a second.
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 3_000 });
    expect(sent[1]).toMatchObject({ url: 'https://www.sephora.com/product/toner-P2', text: next });
  });

  test('nothing is reported once the context is invalidated (extension reloaded or updated)', async () => {
    ctx = new ContentScriptContext('shop');
    const sent: PageReport[] = [];
    watchShopPage(ctx, (r) => sent.push(r));
    ctx.abort();
    showList(LIST);
    await new Promise((r) => setTimeout(r, THROTTLE_MS * 2));
    expect(sent).toEqual([]);
  });
});
