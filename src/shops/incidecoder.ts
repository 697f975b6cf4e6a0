import type { ShopReader } from './types';
import { readSelector } from './read';

/*
 * Evidence (not verified: only a tooltip fragment was saved): many third-party INCIDecoder scrapers
 * (docs/sources.md#markup-incidecoder-ingredlist) read #showmore-section-ingredlist-short /
 * #ingredlist-short, a comma-separated run of a.ingred-link items with a "[more]" toggle. Product pages live
 * under /products/<slug>.
 */
export const incidecoder: ShopReader = {
  id: 'incidecoder',
  name: 'INCIDecoder',
  hosts: ['incidecoder.com'],
  evidence: {
    source: 'scraper code: #ingredlist-short',
    verified: false,
    ref: ['markup-incidecoder-ingredlist', 'text-shop-codes-and-toggles'],
  },
  isProductPage: (url) => /^\/products\/[^/]+/.test(url.pathname),
  // The "[more]"/"[less]" toggles sit inside the list; they are not ingredients
  // (docs/sources.md#text-shop-codes-and-toggles).
  read: (doc) =>
    (readSelector(doc, '#showmore-section-ingredlist-short') ?? readSelector(doc, '#ingredlist-short'))
      ?.replace(/\s*\[(more|less)\]/g, '')
      .trim() ?? null,
};
