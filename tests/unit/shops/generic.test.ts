import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract, isLikelyIngredientList, shops } from '../../../src/shops';
import { jsonStrings, listPart, stripTags, textOf, unescapeLayer } from '../../../src/shops/generic';

const LIST = 'Water, Glycerin, Niacinamide, Retinol, Phenoxyethanol, Ethylhexylglycerin';
const doc = (body: string, head = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

describe('textOf', () => {
  it('separates blocks and <br> so lines never glue together', () => {
    const d = doc(
      '<div id="x"><p>Shade A: Talc, Mica</p><p>Shade B: Silica<br>May contain: CI 77491</p>x<b>y</b></div>',
    );
    expect(textOf(d.getElementById('x')!)).toBe(
      'Shade A: Talc, Mica\nShade B: Silica\nMay contain: CI 77491\nxy',
    );
  });

  it('reads hidden content and skips scripts, styles and buttons', () => {
    const d = doc(
      '<div id="x"><div hidden style="display:none">Aqua</div><script>var a=1</script><button>+</button></div>',
    );
    expect(textOf(d.getElementById('x')!)).toBe('Aqua');
  });

  it('stops at the limit instead of reading a huge element', () => {
    const d = doc(`<div id="x">${'a'.repeat(5000)}</div>`);
    expect(textOf(d.getElementById('x')!, 1000)).toBeNull();
  });
});

describe('ingredient-list scoring', () => {
  it.each([
    LIST,
    'AQUA / WATER / EAU • GLYCERIN • DIMETHICONE • ALCOHOL DENAT. • NIACINAMIDE • PARFUM / FRAGRANCE',
    'Water\nGlycerin\nButylene Glycol\nSodium Hyaluronate\nPhenoxyethanol',
    'Talc, mineral oil, methylparaben, aluminum hydroxide, tocopherol, mica, iron oxide, gunjo, silica',
    'Aqua (Water), Coconut Alkanes, Silica, Talc, Propanediol. | Pinkalicious: Aqua (Water), Silica, Talc, Ci 15850',
  ])('accepts %s', (t) => expect(isLikelyIngredientList(t)).toBe(true));

  it.each([
    'Using hydrating and calming ingredients afterwards is one of the major dos when it comes to dermarolling.',
    'Niacinamide: helps to visibly minimise the look of pores.\nHyaluronic Acid: hydrates and plumps the skin.',
    'Hyaluronic Acid (42)\nNiacinamide (31)\nRetinol (18)\nSalicylic Acid (12)',
    'Home, Skincare, Makeup, Fragrance, Hair, Sale',
    'Water, Glycerin',
    '',
  ])('rejects %s', (t) => expect(isLikelyIngredientList(t)).toBe(false));

  it('keeps the list and a shade label, drops blurbs before and disclaimers after', () => {
    const t = `-Niacinamide: Brightens the look of skin.\nShade A:\n${LIST}\nPlease be aware that ingredient lists may change or vary from time to time.`;
    expect(listPart(t)?.text).toBe(`Shade A:\n${LIST}`);
  });
});

describe('embedded JSON', () => {
  it('decodes values at one, two and three levels of escaping', () => {
    const v = 'Water, Caprylic/Capric Triglyceride, "Rosa" Extract, Glycerin\u00e9';
    const l0 = JSON.stringify({ ingredientDesc: v });
    const l1 = JSON.stringify(l0).slice(1, -1);
    const l2 = JSON.stringify(l1).slice(1, -1);
    for (const s of [l0, l1, l2]) {
      const d = doc(`<script>x('${s.replace(/'/g, "\\'")}')</script>`);
      expect(jsonStrings(d, ['ingredientDesc'])).toEqual([v]);
    }
  });

  it('handles \\u escapes, escaped slashes and HTML inside values', () => {
    const d = doc(
      `<script>q('{\\"ingredientDesc\\":\\"Water\\\\u002c Glycerin\\/Aqua<br><br>Phenoxyethanol &amp; Mica <ILN1>\\"}')</script>`,
    );
    expect(jsonStrings(d, ['ingredientDesc'])).toEqual(['Water, Glycerin/Aqua\nPhenoxyethanol & Mica']);
  });

  it('ignores keys that only end in the name and non-string values', () => {
    const d = doc(
      '<script>{"product.details.ingredients":"Water, Glycerin, Mica","ingredients":[{"value":"Inhaltsstoffe"}]}</script>',
    );
    expect(jsonStrings(d, ['ingredients'])).toEqual([]);
  });

  it('unescapes one layer at a time', () => {
    expect(unescapeLayer('a\\"b\\\\n\\u0041')).toBe('a"b\\nA');
    expect(stripTags('A&nbsp;B &#x41; <b>C</b>')).toBe('A B A C');
  });

  it('reads JSON-LD Product ingredients when a shop puts them there', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'X',
      ingredients: LIST,
    });
    const r = extract(
      doc('<h1>X</h1>', `<script type="application/ld+json">${ld}</script>`),
      'https://shop.example/p/x',
    );
    expect(r).toMatchObject({ found: true, text: LIST, via: 'json-ld', productPage: true, shop: null });
  });
});

describe('generic sections', () => {
  it.each([
    ['heading + sibling', `<h2>Ingredients</h2><p>${LIST}</p>`],
    ['emoji heading', `<div><span>🌱 Ingredients</span><span>+</span></div><div>${LIST}</div>`],
    [
      'aria-controls',
      `<button aria-controls="p1"><span>INCI</span></button><div id="p1" hidden>${LIST}</div>`,
    ],
    [
      'aria-labelledby',
      `<a id="t" role="tab">Inhaltsstoffe</a><div role="tabpanel" aria-labelledby="t">${LIST}</div>`,
    ],
    ['details', `<details><summary>Ingrédients</summary><p>${LIST}</p></details>`],
    ['dt/dd', `<dl><dt>Full Ingredients:</dt><dd>${LIST}</dd></dl>`],
    ['th/td', `<table><tr><th>Ingredientes</th><td>${LIST}</td></tr></table>`],
    ['inline label', `<p><b>Ingredients:</b> ${LIST}</p>`],
    ['one text node', `<p>Ingredienti: ${LIST}</p>`],
  ])('%s', (_name, body) => {
    const r = extract(doc(`<main>${body}</main>`), 'https://shop.example/products/x');
    expect(r.found).toBe(true);
    expect(r.text).toBe(LIST);
  });

  it('prefers the full list over a key-ingredients blurb', () => {
    const body = `<h2>Key Ingredients</h2><p>Retinol, Niacinamide, Peptides</p><h2>Full ingredients list</h2><p>${LIST}</p>`;
    expect(extract(doc(body), 'https://shop.example/x').text).toBe(LIST);
  });

  it('does not read a sidebar menu of ingredient pages as a list (even on a page not marked as an article)', () => {
    const menu = ['Retinol', 'Niacinamide', 'Glycolic Acid', 'Salicylic Acid', 'Hyaluronic Acid'];
    const body = `<aside><h3>Ingredients</h3><ul>${menu.map((m) => `<li><a href="/${m}">${m}</a></li>`).join('')}</ul></aside>`;
    expect(extract(doc(body), 'https://blog.example/post').found).toBe(false);
  });
});

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
