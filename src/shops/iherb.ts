import type { ShopReader } from './types';

/*
 * Evidence (not verified: no saved skincare page): public iHerb scrapers and response slices
 * (docs/sources.md#markup-iherb-overview) show #product-overview .row.item-row > .col-xs-24 with
 * <h3><strong>Ingredients</strong></h3><div class="prodOverviewIngred">. Supplements head that block
 * "Other Ingredients" (not a full list), so no shop selector is used: the generic extractor reads the block
 * only under an "Ingredients" heading. Product URLs are /pr/<slug>/<id>.
 */
export const iherb: ShopReader = {
  id: 'iherb',
  name: 'iHerb',
  hosts: ['www.iherb.com'],
  evidence: {
    source: 'scraper code (see file)',
    verified: false,
    ref: 'markup-iherb-overview',
  },
  isProductPage: (url) => /^\/pr\//.test(url.pathname),
};
