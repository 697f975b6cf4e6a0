import type { ShopReader } from './types';

/*
 * No saved page and no public scraper code with this shop's markup was found, so this file only names the
 * hosts and the product URL pattern; the generic extractor (labelled sections, embedded JSON, JSON-LD) does the rest.
 * Product URLs are /p/<slug>/-/A-<id>.
 */
export const target: ShopReader = {
  id: 'target',
  name: 'Target',
  hosts: ['www.target.com'],
  evidence: {
    source: 'none: host + URL only',
    verified: false,
  },
  isProductPage: (url) => /\/p\/.*\/A-\d+/.test(url.pathname),
};
