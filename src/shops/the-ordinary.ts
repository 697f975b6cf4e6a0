import type { ShopReader } from './types';

/*
 * No saved page and no public scraper code with this shop's markup was found, so this file only names the
 * hosts and the product URL pattern; the generic extractor (labelled sections, embedded JSON, JSON-LD) does the rest.
 * Product URLs end in -<id>.html (e.g. /en-us/niacinamide-10-zinc-1-serum-100436.html).
 */
export const theOrdinary: ShopReader = {
  id: 'the-ordinary',
  name: 'The Ordinary',
  hosts: ['theordinary.com', 'www.theordinary.com'],
  evidence: {
    source: 'none: host + URL only',
    verified: false,
  },
  isProductPage: (url) => /-\d+\.html$/.test(url.pathname),
};
