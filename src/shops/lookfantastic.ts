import type { ShopReader } from './types';
import { thgRead } from './platforms/thg';

/*
 * Evidence (not verified: no saved page): product URLs in the LookFantastic Kaggle data set
 * (/<slug>/<id>.html, docs/sources.md#dataset-lookfantastic-kaggle) and the THG platform's /p/<slug>/<id>/.
 * The ingredients panel is THG's (#product-description-content-lg-7); its markup evidence, from public
 * LookFantastic scrapers, is in platforms/thg.ts (docs/sources.md#markup-thg-product-description).
 */
export const lookfantastic: ShopReader = {
  id: 'lookfantastic',
  name: 'LookFantastic',
  hosts: ['www.lookfantastic.com', 'www.lookfantastic.co.uk'],
  evidence: {
    source: 'scraper code (see file)',
    verified: false,
    ref: ['markup-thg-product-description', 'dataset-lookfantastic-kaggle'],
  },
  isProductPage: (url) => /\/\d{6,}\.html$|\/p\/[^/]+\/\d+/.test(url.pathname),
  read: thgRead,
};
