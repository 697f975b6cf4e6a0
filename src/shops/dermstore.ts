import type { ShopReader } from './types';

/*
 * No saved page and no public scraper code with this shop's markup was found, so this file only names the
 * hosts and the product URL pattern; the generic extractor (labelled sections, embedded JSON, JSON-LD) does the rest.
 * Dermstore runs on the same THG platform as LookFantastic (product URLs /p/<slug>/<id>/).
 */
export const dermstore: ShopReader = {
  id: 'dermstore',
  name: 'Dermstore',
  hosts: ['www.dermstore.com'],
  evidence: {
    source: 'none: host + URL only',
    verified: false,
  },
  isProductPage: (url) => /\/p\/[^/]+\/\d+/.test(url.pathname),
};
