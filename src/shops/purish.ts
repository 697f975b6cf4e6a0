import type { ShopReader } from './types';

/*
 * Evidence: two saved PURISH pages (Shopify; docs/sources.md#markup-purish-shopify). The list is a metafield
 * in a tab: desktop <button aria-label="🌱 Ingredients" class="tab-navigate"> matched by position to <div
 * class="tab-item">, mobile <div class="tab-mobile-navigate"><span>🌱 Ingredients</span></div> followed by its
 * content; shades as "Name: list | Name: list". Product JSON and JSON-LD do not carry it. The generic
 * extractor reads the mobile heading + sibling, so only the URL pattern is needed here.
 */
export const purish: ShopReader = {
  id: 'purish',
  name: 'PURISH',
  hosts: ['purish.com'],
  evidence: {
    source: 'saved pages: PURISH 2 products',
    verified: true,
    ref: 'markup-purish-shopify',
  },
  isProductPage: (url) => /\/products\/[^/]+/.test(url.pathname),
};
