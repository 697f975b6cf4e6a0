import type { ShopReader } from './types';
import { thgRead } from './platforms/thg';

/*
 * No Dermstore-specific page or scraper code was found. Dermstore runs on the same THG platform as
 * LookFantastic (product URLs /p/<slug>/<id>/), so it tries the THG ingredients panel
 * (#product-description-content-lg-7, evidence in platforms/thg.ts and
 * docs/sources.md#markup-thg-product-description; an inference, not seen on Dermstore);
 * otherwise the generic extractor (labelled sections, embedded JSON, JSON-LD) does the rest.
 */
export const dermstore: ShopReader = {
  id: 'dermstore',
  name: 'Dermstore',
  hosts: ['www.dermstore.com'],
  evidence: {
    source: 'THG (as lookfantastic)',
    verified: false,
    ref: 'markup-thg-product-description',
  },
  isProductPage: (url) => /\/p\/[^/]+\/\d+/.test(url.pathname),
  read: thgRead,
};
