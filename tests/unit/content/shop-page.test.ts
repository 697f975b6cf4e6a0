// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.sephora.com/product/serum-P1" }
/**
 * The live adapter against a real DOM (happy-dom): a real MutationObserver and real timers, so what
 * shop.content.ts wires is exercised as it runs in the page, including what a hostile page can dispatch.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport, StoreAnswer } from '../../../src/messaging';
import { CONFIRM_MS, POLL_MS, THROTTLE_MS } from '../../../src/content/page-watch';
import { watchShopPage } from '../../../src/content/shop-page';

const LIST = 'Water, Glycerin, Niacinamide, Retinol, Phenoxyethanol, Ethylhexylglycerin, Sodium Hyaluronate';
const NEXT = 'Aqua, Glycerin, Salicylic Acid, Panthenol, Allantoin, Xanthan Gum';

function showList(list: string) {
  const section = document.createElement('section');
  const h2 = document.createElement('h2');
  h2.textContent = 'Ingredients';
  const p = document.createElement('p');
  p.textContent = list;
  section.append(h2, p);
  document.body.replaceChildren(section);
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.body.replaceChildren();
  history.replaceState({}, '', '/product/serum-P1');
});

function start(answer: (r: PageReport) => StoreAnswer = () => 'stored') {
  const sent: PageReport[] = [];
  stop = watchShopPage(async (r) => {
    sent.push(r);
    return answer(r);
  });
  return sent;
}

describe('watchShopPage', () => {
  test('a list rendered after load is seen through the MutationObserver and reported once', async () => {
    const sent = start();
    showList(LIST);
    await vi.waitFor(() => expect(sent.map((r) => r.text)).toContain(LIST), { timeout: THROTTLE_MS * 5 });
    await new Promise((r) => setTimeout(r, THROTTLE_MS * 2));
    expect(sent.filter((r) => r.text === LIST)).toHaveLength(1);
  });

  test('an in-page navigation is seen from location itself and reports the next product', async () => {
    const sent = start();
    showList(LIST);
    await vi.waitFor(() => expect(sent.map((r) => r.text)).toContain(LIST), { timeout: THROTTLE_MS * 5 });
    history.pushState({}, '', '/product/toner-P2');
    showList(NEXT);
    await vi.waitFor(() => expect(sent.at(-1)?.text).toBe(NEXT), { timeout: POLL_MS * 3 });
    expect(sent.at(-1)!.url).toBe('https://www.sephora.com/product/toner-P2');
  });

  test("a page forging WXT's script-started and location-change events neither stops nor redirects it", async () => {
    // What a shop page can do, knowing the public extension id: WXT's own context dies from this event.
    const ctx = new ContentScriptContext('shop');
    const sent = start();
    // The name WXT builds from the id and the entrypoint (`<id>:shop:wxt:content-script-started` in the build).
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    document.dispatchEvent(
      new CustomEvent(started, {
        detail: { contentScriptName: 'shop', messageId: 'forged' },
      }),
    );
    window.dispatchEvent(new Event(started.replace('content-script-started', 'locationchange')));
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(ctx.isInvalid).toBe(true);
    showList(LIST);
    await vi.waitFor(() => expect(sent.map((r) => r.text)).toContain(LIST), { timeout: THROTTLE_MS * 5 });
    expect(sent.every((r) => r.url === 'https://www.sephora.com/product/serum-P1')).toBe(true);
  });

  test('a report the background could not place yet is said again while the page is still there', async () => {
    let refusals = 2;
    const sent = start(() => (refusals-- > 0 ? 'not-current' : 'stored'));
    showList(LIST);
    await vi.waitFor(() => expect(sent.filter((r) => r.text === LIST)).toHaveLength(3), { timeout: 3_000 });
    // The same report, in order: the background takes the first it can place.
    expect(new Set(sent.filter((r) => r.text === LIST).map((r) => r.seq)).size).toBe(1);
  });

  test('nothing is reported once stopped', async () => {
    const sent = start();
    stop!();
    showList(LIST);
    await new Promise((r) => setTimeout(r, THROTTLE_MS * 2 + CONFIRM_MS));
    expect(sent.filter((r) => r.text === LIST)).toEqual([]);
  });
});
