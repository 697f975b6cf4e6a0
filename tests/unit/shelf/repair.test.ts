import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadShelf, repairsItem, shelfItem } from '../../../src/storage';
import {
  MAX_CATEGORY,
  MAX_PRODUCT_NAME,
  MAX_PRODUCT_TEXT,
  MAX_PRODUCT_URL,
  MAX_SHELF_PRODUCTS,
  MAX_SHOP_NAME,
} from '../../../src/shelf/limits';
import { defaultSettings, makeExport, MAX_IMPORT_CHARS, parseImport } from '../../../src/settings';
import { MIN_INSTANT } from '../../../src/recovery/limits';
import {
  addToShelf,
  parseShelfSection,
  removeProduct,
  renameProduct,
  repairShelf,
  setMakeup,
  SHELF_VERSION,
  withShelf,
} from '../../../src/shelf/repair';
import type { ShelfDraft, ShelfProduct } from '../../../src/shelf/types';

const draft = (over: Partial<ShelfDraft> = {}): ShelfDraft => ({
  name: 'The Ordinary Retinol 1%',
  shop: 'Sephora',
  url: 'https://www.sephora.com/product/retinol-P1',
  text: 'Squalane, Caprylic/Capric Triglyceride, Retinol',
  category: 'Skincare > Treatments',
  kinds: [],
  ...over,
});

const stored = (over: Partial<ShelfProduct> = {}): ShelfProduct => ({
  id: 'p1',
  addedAt: 1_700_000_000_000,
  ...draft(),
  ...over,
});

describe('repairShelf', () => {
  test('a good shelf is kept as it is, and reports nothing', () => {
    const shelf = [stored(), stored({ id: 'p2', url: null, shop: null, kinds: ['makeup'] })];
    expect(repairShelf(shelf)).toEqual({ value: shelf, repaired: [] });
    expect(repairShelf(undefined)).toEqual({ value: [], repaired: [] });
  });

  test('one bad field falls back on its own; the product and the others stay', () => {
    const { value, repaired } = repairShelf([
      stored({ name: 42 as never, url: 'javascript:alert(1)', kinds: ['makeup', 'potion' as never] }),
      stored({ id: 'p2', addedAt: Number.NaN as never, shop: { evil: 1 } as never }),
    ]);
    expect(value[0]).toEqual(stored({ name: '', url: null, kinds: ['makeup'] }));
    expect(value[1]).toEqual(stored({ id: 'p2', addedAt: MIN_INSTANT, shop: null }));
    expect(repaired).toEqual(['shelf:product:1', 'shelf:product:2']);
  });

  test('a product without a usable list is removed and counted; never the whole shelf', () => {
    const { value, repaired } = repairShelf([
      stored(),
      'not a product',
      stored({ id: 'p2', text: '   ' }),
      stored({ id: 'p3', text: 'x'.repeat(MAX_PRODUCT_TEXT + 1) }),
      stored({ id: 'p4' }),
    ]);
    expect(value.map((p) => p.id)).toEqual(['p1', 'p4']);
    expect(repaired).toEqual(['shelf:no-list:3']);
  });

  test('duplicate or malformed ids get fresh unique ones', () => {
    const { value } = repairShelf([stored(), stored(), stored({ id: 'Not An Id!' })]);
    expect(new Set(value.map((p) => p.id)).size).toBe(3);
    expect(value[0]!.id).toBe('p1');
  });

  test('beyond the limit: the first MAX_SHELF_PRODUCTS are kept and the rest are counted', () => {
    const many = Array.from({ length: MAX_SHELF_PRODUCTS + 5 }, (_, i) => stored({ id: `p${i}` }));
    const { value, repaired } = repairShelf(many);
    expect(value).toHaveLength(MAX_SHELF_PRODUCTS);
    expect(value.at(-1)!.id).toBe(`p${MAX_SHELF_PRODUCTS - 1}`);
    expect(repaired).toEqual(['shelf:over-cap:5']);
  });

  test('not a list at all: an empty shelf, said so', () => {
    expect(repairShelf({ products: [] })).toEqual({ value: [], repaired: ['shelf:not-a-list'] });
  });
});

describe('shelf edits', () => {
  test('add: a new id and the time; the same list from the same page is not added twice', () => {
    const r = addToShelf([], draft(), 1000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.product).toMatchObject({ name: 'The Ordinary Retinol 1%', addedAt: 1000 });
    const again = addToShelf(r.shelf, draft({ name: 'Other name' }), 2000);
    expect(again).toEqual({ ok: false, reason: 'already', product: r.product });
    const pasted = addToShelf(r.shelf, draft({ url: null }), 1000);
    expect(pasted.ok && pasted.product.id !== r.product.id).toBe(true);
  });

  test('add refuses a full shelf, an empty list and a list over the limit', () => {
    const full = Array.from({ length: MAX_SHELF_PRODUCTS }, (_, i) => stored({ id: `p${i}`, url: null }));
    expect(addToShelf(full, draft(), 1)).toEqual({ ok: false, reason: 'full' });
    expect(addToShelf([], draft({ text: ' \n' }), 1)).toEqual({ ok: false, reason: 'empty' });
    expect(addToShelf([], draft({ text: 'a'.repeat(MAX_PRODUCT_TEXT + 1) }), 1)).toEqual({
      ok: false,
      reason: 'too-long',
    });
    expect(addToShelf([], draft({ text: 'a'.repeat(MAX_PRODUCT_TEXT) }), 1).ok).toBe(true);
  });

  test('rename (one line), tick makeup on and off, remove', () => {
    const shelf = [stored(), stored({ id: 'p2' })];
    expect(renameProduct(shelf, 'p2', '  My\n serum ')[1]!.name).toBe('My serum');
    expect(setMakeup(shelf, 'p1', true)[0]!.kinds).toEqual(['makeup']);
    expect(setMakeup(setMakeup(shelf, 'p1', true), 'p1', false)[0]!.kinds).toEqual([]);
    expect(removeProduct(shelf, 'p1').map((p) => p.id)).toEqual(['p2']);
  });
});

describe('the shelf section of the export file', () => {
  test('round trip: what is exported is what is imported', () => {
    const shelf = [stored(), stored({ id: 'p2', kinds: ['makeup'] })];
    const file = JSON.stringify(withShelf({ format: 'needle-safe-settings', version: 2 }, shelf));
    expect(parseShelfSection(file)).toEqual({ ok: true, shelf });
  });

  test('a full shelf with every field at its limit, exported as the options page does, imports back', () => {
    // Quotes and line breaks: every character of the text doubles in the JSON, the worst case.
    const full = Array.from({ length: MAX_SHELF_PRODUCTS }, (_, i) =>
      stored({
        id: `p${i}`,
        name: '"'.repeat(MAX_PRODUCT_NAME),
        shop: '\\'.repeat(MAX_SHOP_NAME),
        category: '\n'.repeat(MAX_CATEGORY),
        url: `https://shop.example/${'a'.repeat(MAX_PRODUCT_URL - 21)}`,
        text: `Aqua${'"\n'.repeat((MAX_PRODUCT_TEXT - 4) / 2)}`,
      }),
    );
    expect(repairShelf(full).repaired).toEqual([]);
    const file = JSON.stringify(withShelf(makeExport(defaultSettings(), [], MIN_INSTANT), full), null, 2);
    expect(file.length).toBeLessThanOrEqual(MAX_IMPORT_CHARS);
    expect(parseImport(file).ok).toBe(true);
    expect(parseShelfSection(file)).toEqual({ ok: true, shelf: full });
  });

  test('a file from before the shelf leaves the shelf alone; a bad product refuses the import', () => {
    expect(parseShelfSection('{"format":"needle-safe-settings"}')).toEqual({ ok: true, shelf: null });
    const bad = parseShelfSection(JSON.stringify({ shelf: [stored({ url: 'ftp://x' })] }));
    expect(bad).toEqual({
      ok: false,
      error: { code: 'invalid-values', problems: ['shelf:product:1'] },
    });
  });
});

describe('the stored shelf', () => {
  beforeEach(() => fakeBrowser.reset());

  test('is written with its version marker and read back', async () => {
    await shelfItem.setValue([stored()]);
    const raw = await fakeBrowser.storage.local.get(['shelf', 'shelf$']);
    expect(raw).toEqual({ shelf: [stored()], shelf$: { v: SHELF_VERSION } });
    expect(await loadShelf(5)).toEqual([stored()]);
  });

  test('a value without a version marker is read as v1 and repaired, not dropped', async () => {
    await fakeBrowser.storage.local.set({ shelf: [stored(), stored({ id: 'p2', text: '' })] });
    expect(await loadShelf(5)).toEqual([stored()]);
    expect((await fakeBrowser.storage.local.get('shelf')).shelf).toEqual([stored()]);
    expect(await repairsItem.getValue()).toEqual([{ at: 5, fields: ['shelf:no-list:1'] }]);
  });
});
