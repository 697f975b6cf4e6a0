import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../../src/background/badge';
import { repaintAll, resultFromReport, storeReport, tabMoved } from '../../../src/background/tabs';
import type { PageReport } from '../../../src/messaging';
import { verdict } from '../../../src/recovery';
import { toRecovery } from '../../../src/settings';
import { loadSessions, loadSettings, tabResultItem } from '../../../src/storage';
import { useCatalogue } from '../ui/fake-i18n';

const report = (text: string | null): PageReport => ({
  url: 'https://www.sephora.com/product/x-P1',
  title: 'X | Sephora',
  shop: 'sephora',
  text,
  via: text ? 'shop:sephora' : null,
  productPage: true,
  product: null,
});

describe('resultFromReport', () => {
  test('a list is analysed and kept with the page it came from', () => {
    const r = resultFromReport(report('Water, Glycerin, Retinol, Phenoxyethanol'), 5);
    expect(r).toMatchObject({ state: 'found', shop: 'sephora', scannedAt: 5, productPage: true });
    expect(r.analysis!.findings.map((f) => f.category)).toEqual(['retinoid']);
  });

  test('no list gives a calm "no-list" result', () => {
    expect(resultFromReport(report(null), 5)).toMatchObject({ state: 'no-list', analysis: null, text: null });
  });

  test('text with no ingredient in it is "no-list", never "nothing detected"', () => {
    expect(resultFromReport(report(' ,;, • '), 5)).toMatchObject({ state: 'no-list', analysis: null });
  });

  test('an absurdly long text is clipped, not stored whole', () => {
    const r = resultFromReport(report('Water, '.repeat(100_000)), 5);
    expect(r.text!.length).toBe(100_000);
    expect(r.state).toBe('found');
  });
});

/**
 * The races of issue 10, in the background: every interleaving of reports, navigations and repaints ends
 * with the result of the page the tab is on, and a badge painted from what is stored.
 */
describe('per-tab ordering (storeReport, tabMoved, repaintAll)', () => {
  const A = 'https://www.sephora.com/product/retinal-serum-P1';
  const B = 'https://www.sephora.com/product/gentle-cleanser-P2';
  const RETINAL = 'Water, Glycerin, Retinal, Squalane, Phenoxyethanol';
  const CLEAN = 'Water, Glycerin, Cocamidopropyl Betaine, Panthenol, Allantoin, Xanthan Gum';
  const at = (url: string, text: string | null, seq: number, doc = 'd1'): PageReport => ({
    ...report(text),
    url,
    seq,
    doc,
  });
  const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
  const stored = (tabId: number) => tabResultItem(tabId).getValue();
  /** The badge the stored result calls for (badgeFor is the badge's own, separately tested rule). */
  const expectedBadge = async (tabId: number) => {
    const r = await stored(tabId);
    const now = Date.now();
    const recovery = toRecovery(await loadSettings(now), await loadSessions(now));
    return badgeFor(r, r?.analysis ? verdict(r.analysis.findings, recovery, now) : null).text;
  };
  async function openTab(url: string): Promise<number> {
    const t = await fakeBrowser.tabs.create({ url });
    return t.id!;
  }

  beforeEach(() => {
    fakeBrowser.reset();
    // The badge's tooltip comes from the message catalogue, which fakeBrowser does not implement.
    useCatalogue('en', 'en-GB');
  });

  test('a report about a URL the tab has left is refused, and nothing is painted from it', async () => {
    const tab = await openTab(A);
    await fakeBrowser.tabs.update(tab, { url: B });
    expect(await storeReport(tab, at(A, RETINAL, 1))).toBe('not-current');
    expect(await stored(tab)).toBeNull();
    expect(await badge(tab)).toBe('');
  });

  test('an older report of the same document never replaces a newer one', async () => {
    const tab = await openTab(A);
    expect(await storeReport(tab, at(A, CLEAN, 2))).toBe('stored');
    expect(await storeReport(tab, at(A, RETINAL, 1))).toBe('older');
    expect((await stored(tab))!.text).toBe(CLEAN);
    // A new document (a reload) starts its own count.
    expect(await storeReport(tab, at(A, RETINAL, 1, 'd2'))).toBe('stored');
  });

  test('a navigation handled late does not remove the result of the page the tab is on now', async () => {
    const tab = await openTab(A);
    await storeReport(tab, at(A, RETINAL, 1));
    await fakeBrowser.tabs.update(tab, { url: B });
    // The report about B and the event about B arrive in either order.
    const [answer] = await Promise.all([storeReport(tab, at(B, CLEAN, 2)), tabMoved(tab)]);
    expect(answer).toBe('stored');
    expect((await stored(tab))!.url).toBe(B);
    await tabMoved(tab);
    expect((await stored(tab))!.url).toBe(B);
  });

  test('a move to another page removes the result and clears the badge', async () => {
    const tab = await openTab(A);
    await storeReport(tab, at(A, RETINAL, 1));
    expect(await badge(tab)).toBe('1');
    await fakeBrowser.tabs.update(tab, { url: B });
    await tabMoved(tab);
    expect(await stored(tab)).toBeNull();
    expect(await badge(tab)).toBe('');
    // A hash-only change is the same page.
    await storeReport(tab, at(B, RETINAL, 2));
    await fakeBrowser.tabs.update(tab, { url: `${B}#reviews` });
    await tabMoved(tab);
    expect((await stored(tab))!.url).toBe(B);
  });

  test('any interleaving of reports, moves and repaints ends with a badge that matches storage', async () => {
    // A small deterministic shuffle: 200 runs of the same operations started in different orders.
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 200; run++) {
      fakeBrowser.reset();
      useCatalogue('en', 'en-GB');
      const tab = await openTab(A);
      const ops: (() => Promise<unknown>)[] = [
        () => storeReport(tab, at(A, RETINAL, 1)),
        () => fakeBrowser.tabs.update(tab, { url: B }).then(() => tabMoved(tab)),
        () => storeReport(tab, at(B, CLEAN, 2)),
        () => storeReport(tab, at(A, RETINAL, 3)),
        () => repaintAll(),
      ].sort(() => rand() - 0.5);
      await Promise.all(ops.map((op) => op()));
      const r = await stored(tab);
      // Whatever is stored is about the page the tab is on.
      if (r) expect(r.url).toBe(B);
      expect(await badge(tab)).toBe(await expectedBadge(tab));
    }
  });
});

describe('product context', () => {
  test("the page's product signals become the stored product context (the popup's heading, the kinds)", () => {
    const product = {
      name: null,
      category: null,
      og: 'Pineapple Body Scrub | Sephora',
      site: null,
      h1: 'Something else',
      crumbs: [],
    };
    const r = resultFromReport({ ...report('Water, Glycerin, Jojoba Esters, Retinol'), product }, 5);
    expect(r.product).toEqual({ name: 'Pineapple Body Scrub', category: null, kinds: ['scrub'] });
  });
});
