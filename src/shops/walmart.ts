import type { ShopReader } from './types';

/*
 * No saved page and no public scraper code with this shop's markup was found, so this file only names the
 * hosts and the product URL pattern; the generic extractor (labelled sections, embedded JSON, JSON-LD) does the rest.
 * Product URLs are /ip/<slug>/<id>; the page is Next.js, so __NEXT_DATA__ is read by the generic extractor.
 */
export const walmart: ShopReader = {
  id: 'walmart',
  name: 'Walmart',
  hosts: ['www.walmart.com'],
  evidence: {
    source: 'none: host + URL only',
    verified: false,
  },
  isProductPage: (url) => /^\/ip\//.test(url.pathname),
};
