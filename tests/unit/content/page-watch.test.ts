import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageReport } from '../../../src/messaging';
import {
  CONFIRM_MS,
  COST_FACTOR,
  MAX_GAP_MS,
  QUIET_MS,
  READ_BURST,
  READS_PER_MINUTE,
  THROTTLE_MS,
  WATCH_MS,
  watchPage,
  type WatchDeps,
} from '../../../src/content/page-watch';
import { readPage } from '../../../src/content/read';

const LIST = 'Water, Glycerin, Niacinamide, Retinol, Phenoxyethanol, Ethylhexylglycerin, Sodium Hyaluronate';
const OTHER = 'Aqua, Butylene Glycol, Salicylic Acid, Panthenol, Allantoin, Xanthan Gum, Chlorphenesin';
const URL1 = 'https://www.sephora.com/product/serum-P1';
const URL2 = 'https://www.sephora.com/product/toner-P2';

function page(body: string) {
  return parseHTML(
    `<!doctype html><html><head><title>Serum | Sephora</title></head><body>${body}</body></html>`,
  ).document as unknown as Document;
}
const listPage = (list: string) => page(`<section><h2>Ingredients</h2><p id="list">${list}</p></section>`);

/**
 * Timers and the clock are faked; DOM changes are signalled through `changed()` as a MutationObserver would,
 * and the URL is what `go()` last set (as location.href after a navigation committed).
 */
function harness(doc: Document, extra: Partial<WatchDeps> = {}, readCostMs = 0) {
  const sent: PageReport[] = [];
  // Time a read takes, on the watch's clock: every read asks for the title once.
  let spent = 0;
  let onChange: () => void = () => undefined;
  let url = URL1;
  let complete = true;
  let reads = 0;
  const deps: WatchDeps = {
    doc,
    read: readPage,
    url: () => url,
    send: (r) => sent.push(r),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    now: () => Date.now() + spent,
    complete: () => complete,
    observe: (fn) => {
      onChange = fn;
      return () => (onChange = () => undefined);
    },
    ...extra,
  };
  // Count reads: every read of the page asks for its title once.
  const title = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(doc), 'title');
  Object.defineProperty(doc, 'title', {
    get() {
      reads++;
      spent += readCostMs;
      return title?.get?.call(doc) ?? '';
    },
  });
  const watch = watchPage(deps);
  return {
    sent,
    watch,
    reads: () => reads,
    changed: () => onChange(),
    go: (u: string) => (url = u),
    setComplete: (c: boolean) => (complete = c),
    setList: (t: string) => {
      doc.getElementById('list')!.textContent = t;
      onChange();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchPage: first answer', () => {
  test('a list present at load is reported at once, exactly once, with its product and order', () => {
    const { sent } = harness(page(`<h1>Super Serum</h1><h2>Ingredients</h2><p>${LIST}</p>`));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: URL1, shop: 'sephora', text: LIST, productPage: true, seq: 1 });
    expect(sent[0]!.product?.h1).toBe('Super Serum');
    vi.advanceTimersByTime(WATCH_MS * 4);
    expect(sent).toHaveLength(1);
  });

  test('a list rendered late is reported after the throttle, not before', () => {
    const doc = page('<main><h1>Serum</h1></main>');
    const { sent, changed } = harness(doc);
    vi.advanceTimersByTime(THROTTLE_MS);
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

  test('no list on a quiet, loaded page: "no list" after QUIET_MS, not after the whole watch', () => {
    const { sent } = harness(page('<main><h1>Serum</h1><button>Add to basket</button></main>'));
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ text: null, shop: 'sephora' });
  });

  test('a page still loading is not quiet: "no list" once it is complete and quiet', () => {
    const h = harness(page('<main><h1>Serum</h1></main>'));
    h.setComplete(false);
    vi.advanceTimersByTime(QUIET_MS * 3);
    expect(h.sent).toHaveLength(0);
    h.setComplete(true);
    h.watch.hint(); // the load event
    vi.advanceTimersByTime(1);
    expect(h.sent.map((r) => r.text)).toEqual([null]);
  });

  test('a page that keeps changing answers "no list" at WATCH_MS, not never', () => {
    const { sent, changed } = harness(page('<main><h1>Serum</h1></main>'));
    for (let t = 0; t < WATCH_MS; t += 50) {
      changed();
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(MAX_GAP_MS);
    expect(sent.map((r) => r.text)).toEqual([null]);
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

describe('watchPage: it keeps listening', () => {
  test('a list that appears after "no list" is reported, once confirmed', () => {
    const doc = listPage('');
    const h = harness(doc);
    vi.advanceTimersByTime(QUIET_MS);
    expect(h.sent.map((r) => r.text)).toEqual([null]);
    vi.advanceTimersByTime(20_000);
    h.setList(LIST);
    vi.advanceTimersByTime(THROTTLE_MS + CONFIRM_MS + THROTTLE_MS);
    expect(h.sent.map((r) => r.text)).toEqual([null, LIST]);
    expect(h.sent.map((r) => r.seq)).toEqual([1, 2]);
  });

  test('a list that changes at the same URL is reported again; one that disappears is kept', () => {
    const h = harness(listPage(LIST));
    h.setList(OTHER);
    vi.advanceTimersByTime(THROTTLE_MS * 2 + CONFIRM_MS);
    h.setList('');
    vi.advanceTimersByTime(THROTTLE_MS * 4 + CONFIRM_MS);
    expect(h.sent.map((r) => r.text)).toEqual([LIST, OTHER]);
  });

  test('stopping (extension gone) cancels every pending report', () => {
    let alive = true;
    const h = harness(page('<main></main>'), { alive: () => alive });
    h.changed();
    alive = false;
    vi.advanceTimersByTime(WATCH_MS * 2);
    expect(h.sent).toHaveLength(0);
    h.watch.stop();
    h.changed();
    vi.advanceTimersByTime(WATCH_MS * 2);
    expect(h.sent).toHaveLength(0);
  });
});

describe('watchPage: in-page navigation', () => {
  test('push then render: the previous list under the new URL is not taken for the new product', () => {
    const h = harness(listPage(LIST));
    h.go(URL2);
    h.changed();
    vi.advanceTimersByTime(THROTTLE_MS * 3);
    expect(h.sent.map((r) => r.url)).toEqual([URL1]);
    h.setList(OTHER);
    vi.advanceTimersByTime(THROTTLE_MS * 2);
    expect(h.sent.map((r) => [r.url, r.text])).toEqual([
      [URL1, LIST],
      [URL2, OTHER],
    ]);
  });

  test('render then push: the next list is never reported under the old URL', () => {
    const h = harness(listPage(LIST));
    vi.advanceTimersByTime(THROTTLE_MS);
    h.setList(OTHER); // the next product is rendered, the URL follows a moment later
    vi.advanceTimersByTime(THROTTLE_MS + 100);
    h.go(URL2); // pushState; the MutationObserver reports nothing more
    vi.advanceTimersByTime(CONFIRM_MS + THROTTLE_MS * 2);
    expect(h.sent.map((r) => [r.url, r.text])).toEqual([
      [URL1, LIST],
      [URL2, OTHER],
    ]);
  });

  test('a fast run: the next list, rendered before its URL, is never taken for a URL not answered yet', () => {
    const URL3 = 'https://www.sephora.com/product/cream-P3';
    const THIRD = 'Water, Shea Butter, Glycerin, Cetearyl Alcohol, Dimethicone, Tocopherol, Carbomer';
    const h = harness(listPage(LIST));
    vi.advanceTimersByTime(THROTTLE_MS);
    h.go(URL2); // push, then render
    h.setList(OTHER);
    vi.advanceTimersByTime(50);
    h.setList(THIRD); // the next product renders before its URL, and before URL2 was answered
    vi.advanceTimersByTime(THROTTLE_MS);
    h.go(URL3);
    h.watch.hint();
    vi.advanceTimersByTime(WATCH_MS + MAX_GAP_MS);
    // URL2 was never shown with a list that held; URL3 gets its own list (late: it was seen under URL2).
    expect(h.sent.map((r) => [r.url, r.text])).toEqual([
      [URL1, LIST],
      [URL3, THIRD],
    ]);
  });

  test('push, then render 300 ms later', () => {
    const h = harness(listPage(LIST));
    vi.advanceTimersByTime(THROTTLE_MS);
    h.go(URL2);
    h.watch.hint();
    vi.advanceTimersByTime(300);
    h.setList(OTHER);
    vi.advanceTimersByTime(THROTTLE_MS * 2);
    expect(h.sent.map((r) => [r.url, r.text])).toEqual([
      [URL1, LIST],
      [URL2, OTHER],
    ]);
  });

  test('two products with the same list: the new URL gets it at WATCH_MS', () => {
    const h = harness(listPage(LIST));
    h.go(URL2);
    h.watch.hint();
    vi.advanceTimersByTime(WATCH_MS - 1);
    expect(h.sent).toHaveLength(1);
    vi.advanceTimersByTime(MAX_GAP_MS);
    expect(h.sent.map((r) => [r.url, r.text])).toEqual([
      [URL1, LIST],
      [URL2, LIST],
    ]);
  });

  test('a hash-only change is no navigation', () => {
    const h = harness(listPage(LIST));
    h.go(`${URL1}#reviews`);
    h.watch.hint();
    h.changed();
    vi.advanceTimersByTime(WATCH_MS * 2);
    expect(h.sent).toHaveLength(1);
  });

  test('after an in-page navigation, page-load JSON is not used (it describes the first product)', () => {
    const json = JSON.stringify({ props: { pageProps: { product: { ingredients: LIST } } } });
    const h = harness(page(`<script id="__NEXT_DATA__" type="application/json">${json}</script>`));
    expect(h.sent[0]?.text).toBe(LIST);
    h.go(URL2);
    h.watch.hint();
    vi.advanceTimersByTime(WATCH_MS + MAX_GAP_MS);
    expect(h.sent.map((r) => [r.url, r.text])).toEqual([
      [URL1, LIST],
      [URL2, null],
    ]);
  });

  test('20 fast navigations: the last product is reported, with its own list', () => {
    const h = harness(listPage(LIST));
    for (let i = 0; i < 20; i++) {
      h.go(`https://www.sephora.com/product/p-${i}`);
      h.setList(`Water, Glycerin, Ingredient Number ${i}, Panthenol, Allantoin, Xanthan Gum`);
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(THROTTLE_MS * 2);
    const last = h.sent.at(-1)!;
    expect(last.url).toBe('https://www.sephora.com/product/p-19');
    expect(last.text).toContain('Ingredient Number 19');
    // Every report pairs a URL with that URL's own list.
    for (const r of h.sent.slice(1)) expect(r.text).toContain(`Number ${r.url.split('-').at(-1)}`);
  });

  test('forged hints (events a page can dispatch) never make it read more than its budget', () => {
    const h = harness(listPage(LIST));
    for (let i = 0; i < 10_000; i++) h.watch.hint();
    vi.advanceTimersByTime(60_000);
    expect(h.sent).toHaveLength(1);
    expect(h.reads()).toBe(1);
  });
});

describe('watchPage: budget on a busy page', () => {
  test('a page that mutates and changes its URL endlessly is read at most READS_PER_MINUTE times a minute after a burst', () => {
    const h = harness(listPage(''));
    let n = 0;
    for (let t = 0; t < 120_000; t += 100) {
      if (t % 500 === 0) h.go(`${URL1}?v=${n++}`);
      h.changed();
      vi.advanceTimersByTime(100);
    }
    expect(h.reads()).toBeLessThanOrEqual(READ_BURST + READS_PER_MINUTE * 2);
    for (const r of h.sent) expect(r.text).toBeNull();
  });

  test('a busy page whose URL changes more often than WATCH_MS still gets its "no list" answers', () => {
    const h = harness(listPage(''));
    let n = 0;
    for (let t = 0; t < 120_000; t += 100) {
      if (t % 3_000 === 0) h.go(n % 2 ? `${URL1}?v=${n++}` : `${URL1}?v=${n++}#top`);
      h.changed();
      vi.advanceTimersByTime(100);
    }
    expect(h.reads()).toBeLessThanOrEqual(READ_BURST + READS_PER_MINUTE * 2);
    // The deadline is not restarted by each URL change: an answer at least every WATCH_MS + the back-off.
    expect(h.sent.length).toBeGreaterThanOrEqual(Math.floor(120_000 / (WATCH_MS + MAX_GAP_MS)));
    for (const r of h.sent) expect(r.text).toBeNull();
  });

  test('an expensive read spaces the next ones out (reading takes at most 1/COST_FACTOR of the time)', () => {
    const h = harness(listPage(''), {}, 200);
    for (let t = 0; t < 20_000; t += 50) {
      h.changed();
      vi.advanceTimersByTime(50);
    }
    // 200 ms a read: the next waits 200 * COST_FACTOR = 4 s, so 20 s hold about 5 reads (not 50).
    expect(h.reads()).toBeGreaterThanOrEqual(4);
    expect(h.reads()).toBeLessThanOrEqual(1 + 20_000 / (200 * COST_FACTOR));
  });
});
