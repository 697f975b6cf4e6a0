import type { ShopReader } from './types';

/*
 * Evidence: product URLs in the LookFantastic Kaggle data set (SOURCES.md section 1: /<slug>/<id>.html) and
 * the THG platform's /p/<slug>/<id>/; no page HTML was found, so the generic extractor reads the page.
 */
export const lookfantastic: ShopReader = {
  id: 'lookfantastic',
  name: 'LookFantastic',
  hosts: ['www.lookfantastic.com', 'www.lookfantastic.co.uk'],
  evidence: {
    source: 'none: host + URL only (data-set URLs)',
    verified: false,
  },
  isProductPage: (url) => /\/\d{6,}\.html$|\/p\/[^/]+\/\d+/.test(url.pathname),
};
