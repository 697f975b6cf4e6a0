import { describe, expect, test } from 'vitest';
import { kindsOf, readProduct, withoutShop } from '../../../../src/shops/read/product';
import { doc } from '../../shops/page';

const URL = 'https://www.sephora.com/product/x-P1';
const read = (body: string, head = '', scripts = true) =>
  readProduct(doc(body, head) as unknown as Document, URL, { scripts });

describe('readProduct', () => {
  test('JSON-LD Product name and category come first, then breadcrumbs', () => {
    const ld = JSON.stringify({
      '@type': 'Product',
      name: 'Retinal Night Serum',
      category: 'Skincare > Serums',
    });
    expect(read('<h1>Something else</h1>', `<script type="application/ld+json">${ld}</script>`)).toEqual({
      name: 'Retinal Night Serum',
      category: 'Skincare > Serums',
      kinds: [],
    });
  });

  test('og:title without the shop part, never the raw <title>', () => {
    const head =
      '<title>Gentle Foaming Cleanser | Sephora</title><meta property="og:title" content="Gentle Foaming Cleanser | Sephora">';
    expect(read('', head).name).toBe('Gentle Foaming Cleanser');
    expect(read('', '<title>Only A Title | Sephora</title>').name).toBeNull();
  });

  test('the main h1 when nothing else says, and after an in-page navigation (head data is stale)', () => {
    const head = '<meta property="og:title" content="First Product">';
    expect(read('<main><h1> Second\n Product </h1></main>', head, false).name).toBe('Second Product');
  });

  test('breadcrumbs give the category and the kinds', () => {
    const body =
      '<nav aria-label="Breadcrumb"><ol><li><a>Home</a></li><li><a>Skincare</a></li><li><a>Exfoliators &amp; Scrubs</a></li></ol></nav><h1>Pineapple Enzyme Polish</h1>';
    expect(read(body)).toEqual({
      name: 'Pineapple Enzyme Polish',
      category: 'Skincare > Exfoliators & Scrubs',
      kinds: ['scrub'],
    });
  });

  test('JSON-LD BreadcrumbList, in position order', () => {
    const ld = JSON.stringify({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 2, name: 'Makeup' },
        { position: 1, name: 'Home' },
        { position: 3, item: { name: 'Foundation' } },
      ],
    });
    expect(read('<h1>Skin Tint</h1>', `<script type="application/ld+json">${ld}</script>`)).toMatchObject({
      category: 'Makeup > Foundation',
      kinds: ['makeup'],
    });
  });
});

describe('withoutShop', () => {
  test.each([
    ['Retinal Serum | Sephora', null, 'www.sephora.com', 'Retinal Serum'],
    ['Retinal Serum – Cult Beauty', null, 'www.cultbeauty.co.uk', 'Retinal Serum'],
    ['Anti-Blemish - Clear Skin Serum', null, 'www.boots.com', 'Anti-Blemish - Clear Skin Serum'],
    ['Clear Skin Serum - Boots', null, 'www.boots.com', 'Clear Skin Serum'],
    ['Clear Skin Serum - Shop Apotheke', 'Shop Apotheke', 'www.shop-apotheke.com', 'Clear Skin Serum'],
  ])('%s', (title, site, host, name) => {
    expect(withoutShop(title, site, host)).toBe(name);
  });
});

describe('kindsOf', () => {
  test.each([
    ['Makeup > Face > Foundation', ['makeup']],
    ['Skincare > Cleansers', ['rinse-off']],
    ['Body Scrub', ['scrub']],
    ['Tools & Devices > Derma Rollers', ['device']],
    ['Vitamins & Supplements > Collagen Capsules', ['supplement']],
    ['Gesichtspflege > Reinigungsgel', ['rinse-off']],
    ['Nahrungsergänzungsmittel', ['supplement']],
    ['Skincare > Serums > Retinol', []],
  ])('%s', (text, kinds) => {
    expect(kindsOf(text)).toEqual(kinds);
  });
});
