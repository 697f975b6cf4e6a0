import type { ShopReader } from './types';

/*
 * No saved page and no public scraper code with this shop's markup was found, so this file only names the
 * hosts and the product URL pattern; the generic extractor (labelled sections, embedded JSON, JSON-LD) does the rest.
 * Product pages are /product/detail?prdtNo=...
 */
export const oliveYoung: ShopReader = {
  id: 'olive-young',
  name: 'Olive Young Global',
  hosts: ['global.oliveyoung.com'],
  evidence: {
    source: 'none: host + URL only',
    verified: false,
  },
  isProductPage: (url) => /\/product\/detail/.test(url.pathname),
};
