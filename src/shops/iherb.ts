import type { ShopReader } from './types';

/*
 * No saved page and no public scraper code with this shop's markup was found, so this file only names the
 * hosts and the product URL pattern; the generic extractor (labelled sections, embedded JSON, JSON-LD) does the rest.
 * Product URLs are /pr/<slug>/<id> (seen in public iHerb scraper guides).
 */
export const iherb: ShopReader = {
  id: 'iherb',
  name: 'iHerb',
  hosts: ['www.iherb.com'],
  evidence: {
    source: 'none: host + URL only',
    verified: false,
  },
  isProductPage: (url) => /^\/pr\//.test(url.pathname),
};
