import type { ShopReader } from './types';

/*
 * No saved page and no public scraper code with this shop's markup was found
 * (docs/sources.md#markup-host-and-url-only), so this file only names the hosts and the product URL pattern;
 * the generic extractor (labelled sections, embedded JSON, JSON-LD) does the rest. Soko Glam is a Shopify
 * shop: product pages are /products/<handle>.
 */
export const sokoGlam: ShopReader = {
  id: 'soko-glam',
  name: 'Soko Glam',
  hosts: ['sokoglam.com', 'www.sokoglam.com'],
  evidence: {
    source: 'none: host + URL only',
    verified: false,
    ref: 'markup-host-and-url-only',
  },
  isProductPage: (url) => /\/products\/[^/]+/.test(url.pathname),
};
