import type { ShopReader } from './types';
import { listPart } from './read/score';
import { jsonStrings } from './read/script-json';

/*
 * Evidence: two saved YesStyle pages (October 2024; docs/sources.md#markup-yesstyle-2024): an accordion <h4
 * aria-controls> "Major Ingredients" over a region whose <span> holds the list, followed by grey-text
 * disclaimers; the same list is "majorIngredients" in __NEXT_DATA__. The JSON value is the list alone, so it
 * is read first.
 */
export const yesstyle: ShopReader = {
  id: 'yesstyle',
  name: 'YesStyle',
  hosts: ['www.yesstyle.com'],
  evidence: {
    source: 'saved pages: YesStyle 2024 (2)',
    verified: true,
    ref: 'markup-yesstyle-2024',
  },
  isProductPage: (url) => /\/info\.html\/pid\.\d+/.test(url.pathname),
  read: (doc, _url, opts) =>
    opts.scripts ? (listPart(jsonStrings(doc, ['majorIngredients'])[0])?.text ?? null) : null,
};
