import type { ShopReader } from './types';
import { readSelector } from './generic';

/*
 * Evidence (not verified: no saved page): product URLs in the LookFantastic Kaggle data set (SOURCES.md
 * section 1: /<slug>/<id>.html) and the THG platform's /p/<slug>/<id>/. Markup of the THG "athena" product page
 * from public scrapers found by code search (find_string "product-description-content-lg"): two LookFantastic
 * scrapers (selenium and scrapy) read the ingredients from #product-description-content-lg-7 (> div > div > p)
 * after clicking #product-description-heading-lg-7; others read the overview from -lg-2 and directions from
 * -lg-15 (the number is the content type, "lg" the desktop copy) inside .productDescription_synopsisContent. A
 * saved THG page in one repo shows <div id="product-description-content-lg-2" role="region"
 * aria-labelledby="product-description-heading-lg-2">. The generic extractor also follows that aria link.
 */
export const thgRead = (doc: Document) =>
  readSelector(doc, '#product-description-content-lg-7, #product-description-content-7');

export const lookfantastic: ShopReader = {
  id: 'lookfantastic',
  name: 'LookFantastic',
  hosts: ['www.lookfantastic.com', 'www.lookfantastic.co.uk'],
  evidence: {
    source: 'scraper code (see file)',
    verified: false,
  },
  isProductPage: (url) => /\/\d{6,}\.html$|\/p\/[^/]+\/\d+/.test(url.pathname),
  read: thgRead,
};
