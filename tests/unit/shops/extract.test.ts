import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract, shops } from '../../../src/shops';
import { jsonStrings } from '../../../src/shops/read/script-json';
import { doc, LIST } from './page';

describe('extract never throws and never changes the page', () => {
  it('survives broken input', () => {
    const d = doc('<h2>Ingredients</h2>', '<script type="application/ld+json">{broken</script>');
    expect(extract(d, 'not a url')).toMatchObject({ found: false, shop: null, productPage: false });
    expect(extract(parseHTML('').document, 'https://www.sephora.com/product/x-P1')).toMatchObject({
      found: false,
      shop: 'sephora',
      productPage: true,
    });
    const throwing = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(extract(throwing, new URL('https://www.ulta.com/p/x')).found).toBe(false);
  });

  it('uses the shop list it is given', () => {
    const d = doc(`<h2>Ingredients</h2><p>${LIST}</p>`);
    const mine = [
      { id: 'mine', name: 'Mine', hosts: ['shop.example'], evidence: { source: 'test', verified: false } },
    ];
    expect(extract(d, 'https://shop.example/x', mine)).toMatchObject({ shop: 'mine', found: true });
  });
});

describe('performance stays linear', () => {
  const filler = Array.from(
    { length: 25_000 },
    (_, i) => `<div class="c${i % 50}"><span>Item ${i}</span></div>`,
  );
  const bigDom = doc(`${filler.join('')}<section><h2>Ingredients</h2><p>${LIST}</p></section>`);

  // Every shop's own reader runs first on its hosts: each must stay linear too (structural selectors such as
  // :first-child or + can cost O(siblings) per element).
  it.each(shops.map((s) => [s.id, s.hosts[0]!] as const))('reads a 50,000-node page on %s', (_id, host) => {
    const t0 = performance.now();
    const r = extract(bigDom, `https://${host}/product/big-dom-P1`);
    expect(r.text).toBe(LIST);
    // Hang guard only; the result is what is tested.
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('reads a page with a 2 MB text node and a 2 MB script', () => {
    const big = 'lorem ipsum dolor sit amet '.repeat(80_000);
    const script = `<script>var x = "${'\\"ingredients\\": '.repeat(100_000)}";</script>`;
    const d = doc(`<p>${big}</p>${script}<section><h2>Ingredients</h2><p>${LIST}</p></section>`);
    const t0 = performance.now();
    expect(extract(d, 'https://shop.example/x').text).toBe(LIST);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('a script with thousands of empty escaped values stays cheap', () => {
    const script = `<script>q('${'{\\"ingredientDesc\\":\\"\\"}'.repeat(50_000)}')</script>`;
    const d = doc(`${script}<section><h2>Ingredients</h2><p>${LIST}</p></section>`);
    const t0 = performance.now();
    expect(extract(d, 'https://www.sephora.com/product/x-P1').text).toBe(LIST);
    expect(jsonStrings(d, ['ingredientDesc'])).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('deeply nested markup does not overflow the stack', () => {
    const d = doc(`${'<div>'.repeat(20_000)}<h2>Ingredients</h2><p>${LIST}</p>${'</div>'.repeat(20_000)}`);
    expect(extract(d, 'https://shop.example/x').text).toBe(LIST);
  });
});
