import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageReport } from '../../../src/messaging';
import { THROTTLE_MS, WATCH_MS, watchPage, type WatchDeps } from '../../../src/content/page-watch';

const LIST = 'Water, Glycerin, Niacinamide, Retinol, Phenoxyethanol, Ethylhexylglycerin, Sodium Hyaluronate';
const OTHER = 'Aqua, Butylene Glycol, Salicylic Acid, Panthenol, Allantoin, Xanthan Gum, Chlorphenesin';
const URL1 = 'https://www.sephora.com/product/serum-P1';

function page(body: string) {
  return parseHTML(
    `<!doctype html><html><head><title>Serum | Sephora</title></head><body>${body}</body></html>`,
  ).document as unknown as Document;
}

/** Real timers are faked; DOM changes are signalled through the `observe` callback as a MutationObserver would. */
function harness(doc: Document, extra: Partial<WatchDeps> = {}) {
  const sent: PageReport[] = [];
  let onChange: () => void = () => undefined;
  const deps: WatchDeps = {
    doc,
    url: () => URL1,
    send: (r) => sent.push(r),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    observe: (fn) => {
      onChange = fn;
      return () => (onChange = () => undefined);
    },
    ...extra,
  };
  const stop = watchPage(deps);
  return { sent, stop, changed: () => onChange() };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchPage', () => {
  test('a list present at load is reported at once, exactly once', () => {
    const { sent } = harness(page(`<h2>Ingredients</h2><p>${LIST}</p>`));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: URL1, shop: 'sephora', text: LIST, productPage: true });
    vi.advanceTimersByTime(WATCH_MS * 2);
    expect(sent).toHaveLength(1);
  });

  test('a list rendered late is reported after the throttle, not before', () => {
    const doc = page('<main><h1>Serum</h1></main>');
    const { sent, changed } = harness(doc);
    expect(sent).toHaveLength(0);
    const section = doc.createElement('section');
    const h2 = doc.createElement('h2');
    h2.textContent = 'Ingredients';
    const p = doc.createElement('p');
    p.textContent = LIST;
    section.append(h2, p);
    doc.body.appendChild(section);
    changed();
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(THROTTLE_MS);
    expect(sent.map((r) => r.text)).toEqual([LIST]);
  });

  test('no list: one "no list" report when the watch time is over', () => {
    const { sent, changed } = harness(page('<main><h1>Serum</h1><button>Add to basket</button></main>'));
    for (let i = 0; i < 50; i++) {
      changed();
      vi.advanceTimersByTime(WATCH_MS / 50);
    }
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ text: null, shop: 'sephora' });
  });

  test('stopping (navigation, extension update) cancels every pending report', () => {
    const { sent, stop, changed } = harness(page('<main></main>'));
    changed();
    stop();
    vi.advanceTimersByTime(WATCH_MS * 2);
    expect(sent).toHaveLength(0);
  });

  test('after an in-page navigation the previous product list is not taken for the new one', () => {
    const doc = page(`<section><h2>Ingredients</h2><p id="list">${LIST}</p></section>`);
    const { sent, changed } = harness(doc, { navigated: true, previousText: LIST });
    expect(sent).toHaveLength(0);
    doc.getElementById('list')!.textContent = OTHER;
    changed();
    vi.advanceTimersByTime(THROTTLE_MS);
    expect(sent.map((r) => r.text)).toEqual([OTHER]);
  });

  test('after an in-page navigation, page-load JSON is not used (it describes the first product)', () => {
    const json = JSON.stringify({ props: { pageProps: { product: { ingredients: LIST } } } });
    const doc = page(`<script id="__NEXT_DATA__" type="application/json">${json}</script>`);
    expect(harness(doc).sent[0]?.text).toBe(LIST);
    const after = harness(doc, { navigated: true, previousText: LIST });
    vi.advanceTimersByTime(WATCH_MS + 1);
    expect(after.sent[0]?.text).toBeNull();
  });

  test('a page that throws while being read is reported as "no list", never thrown into the page', () => {
    const doc = page('');
    Object.defineProperty(doc, 'querySelectorAll', {
      value: () => {
        throw new Error('hostile page');
      },
    });
    let run: ReturnType<typeof harness> | undefined;
    expect(() => (run = harness(doc))).not.toThrow();
    vi.advanceTimersByTime(WATCH_MS + 1);
    expect(run!.sent).toHaveLength(1);
    expect(run!.sent[0]).toMatchObject({ url: URL1, text: null });
  });
});
