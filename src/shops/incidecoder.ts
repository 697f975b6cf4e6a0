import type { ShopReader } from './types';
import { readSelector } from './read';

/*
 * Evidence (not verified: only a tooltip fragment was saved): many third-party INCIDecoder scrapers
 * (SOURCES.md section 3) read #showmore-section-ingredlist-short / #ingredlist-short, a comma-separated run of
 * a.ingred-link items with a "[more]" toggle. Product pages live under /products/<slug>.
 */
export const incidecoder: ShopReader = {
  id: 'incidecoder',
  name: 'INCIDecoder',
  hosts: ['incidecoder.com'],
  evidence: {
    source: 'scraper code: #ingredlist-short',
    verified: false,
  },
  isProductPage: (url) => /^\/products\/[^/]+/.test(url.pathname),
  // The "[more]"/"[less]" toggles sit inside the list; they are not ingredients.
  read: (doc) =>
    (readSelector(doc, '#showmore-section-ingredlist-short') ?? readSelector(doc, '#ingredlist-short'))
      ?.replace(/\s*\[(more|less)\]/g, '')
      .trim() ?? null,
};
