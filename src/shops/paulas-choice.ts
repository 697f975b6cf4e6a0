import type { ShopReader } from './types';

/*
 * No saved page and no public scraper code with this shop's markup was found
 * (docs/sources.md#markup-host-and-url-only), so this file only names the hosts and the product URL pattern;
 * the generic extractor (labelled sections, embedded JSON, JSON-LD) does the rest. Product URLs end in
 * /<id>.html.
 */
export const paulasChoice: ShopReader = {
  id: 'paulas-choice',
  name: "Paula's Choice",
  hosts: ['www.paulaschoice.com'],
  evidence: {
    source: 'none: host + URL only',
    verified: false,
    ref: 'markup-host-and-url-only',
  },
  isProductPage: (url) => /\/\d+\.html$/.test(url.pathname),
};
