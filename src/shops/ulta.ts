import type { ShopReader } from './types';
import { readSelector } from './read';

/*
 * Evidence (not verified: no saved page): third-party scraper code (docs/sources.md#markup-ulta-2020,
 * docs/sources.md#markup-ulta-2022). Old site: .ProductDetail__ingredients .ProductDetail__productContent;
 * 2022+ site: <details aria-controls="Ingredients"> <summary
 * id="Ingredients"><h3>Ingredients</h3></summary><div class="Accordion_Huge__content">, with page data in an
 * apollo_state script. Public scrapers use details[aria-controls='Ingredients'] > div.Accordion_Huge__content
 * and summary#Ingredients + .Accordion_Huge__content. Product URLs: /p/<slug>-pimprod<id> (new) or
 * ?productId= (old).
 */
export const ulta: ShopReader = {
  id: 'ulta',
  name: 'Ulta Beauty',
  hosts: ['www.ulta.com'],
  evidence: {
    source: 'scraper code (see file)',
    verified: false,
    ref: ['markup-ulta-2020', 'markup-ulta-2022'],
  },
  isProductPage: (url) => /^\/p\//.test(url.pathname) || url.searchParams.has('productId'),
  read: (doc) =>
    readSelector(
      doc,
      '.ProductDetail__ingredients .ProductDetail__productContent, details[aria-controls="Ingredients"] > .Accordion_Huge__content',
    ),
};
