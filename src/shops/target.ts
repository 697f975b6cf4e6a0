import type { ShopReader } from './types';

/*
 * Evidence (not verified: no saved page): public Target scraper code
 * (docs/sources.md#markup-target-enrichment) reads product.item.enrichment.nutrition_facts.ingredients (a
 * string; OTC items use enrichment.drug_facts) from the page's product JSON. The generic extractor's JSON
 * scan reads that "ingredients" key, also when the JSON is escaped inside a script string. Product URLs are
 * /p/<slug>/-/A-<id>.
 */
export const target: ShopReader = {
  id: 'target',
  name: 'Target',
  hosts: ['www.target.com'],
  evidence: {
    source: 'scraper code (see file)',
    verified: false,
    ref: 'markup-target-enrichment',
  },
  isProductPage: (url) => /\/p\/.*\/A-\d+/.test(url.pathname),
};
