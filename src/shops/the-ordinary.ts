import type { ShopReader } from './types';
import { listPart } from './read/score';
import { textOf } from './read/text';

/*
 * Evidence (not verified: no saved page): public scraper code (docs/sources.md#markup-the-ordinary-flyout:
 * a BeautifulSoup scraper "ordinary_scraper.py" of theordinary.com, a scrapy
 * spider, and a scraping note on the Demandware PDP) shows the full list in the static HTML as
 * <aside class="active-ingredient-flyout"><div class="title">Ingredients</div>
 * <p class="ingredients-flyout-content" data-original-ingredients="Aqua (Water), ...">, sometimes only in the
 * attribute; a separate "Key ingredients" block sits beside it. Product URLs end in -<id>.html.
 */
export const theOrdinary: ShopReader = {
  id: 'the-ordinary',
  name: 'The Ordinary',
  hosts: ['theordinary.com', 'www.theordinary.com'],
  evidence: {
    source: 'scraper code (see file)',
    verified: false,
    ref: 'markup-the-ordinary-flyout',
  },
  isProductPage: (url) => /-\d+\.html$/.test(url.pathname),
  read: (doc) => {
    for (const p of doc.querySelectorAll('.ingredients-flyout-content')) {
      const l = listPart(textOf(p)) ?? listPart(p.getAttribute('data-original-ingredients'));
      if (l) return l.text;
    }
    return null;
  },
};
