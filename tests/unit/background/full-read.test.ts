import { describe, expect, test } from 'vitest';
import { completeLight, needsFullRead } from '../../../src/background/full-read';
import type { PageReport } from '../../../src/messaging';

const light = (url: string, text: string | null): PageReport => ({
  url,
  title: 't',
  shop: null,
  text,
  via: text ? 'section:Ingredients' : null,
  productPage: false,
  product: null,
  light: true,
});
const LIST = 'Water, Glycerin, Retinol';

describe('light reports (issue 13: the registry and JSON readers are not in the content script)', () => {
  test('a shop with a reader of its own is read again with the full readers', () => {
    expect(needsFullRead(light('https://www.sephora.com/product/x-P1', LIST))).toBe(true);
  });

  test('a generic shop whose sections held the list is only completed', () => {
    const r = light('https://www.boots.com/serum-10000001', LIST);
    expect(needsFullRead(r)).toBe(false);
    // Boots' URL rule (an id at the end) makes it a product page; the id comes from the registry.
    expect(completeLight(r)).toEqual({ ...r, light: undefined, shop: 'boots', productPage: true });
    expect('light' in completeLight(r)).toBe(false);
  });

  test('no list in the sections: the full readers look at page-load JSON too', () => {
    expect(needsFullRead(light('https://www.boots.com/serum-10000001', null))).toBe(true);
  });

  test('a full report (scan, or after the readers were injected) is left as it is', () => {
    const { light: _l, ...full } = light('https://www.sephora.com/product/x-P1', LIST);
    expect(needsFullRead(full)).toBe(false);
  });

  test('a site outside the registry (added by the user) gets no shop id and keeps its own signals', () => {
    const r = { ...light('https://www.notino.de/x/', LIST), productPage: true };
    expect(completeLight(r)).toMatchObject({ shop: null, productPage: true });
  });
});
