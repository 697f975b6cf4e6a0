import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/shops';
import { doc, LIST } from '../page';

describe('JSON-LD', () => {
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
