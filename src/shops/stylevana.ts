import type { ShopReader } from './types';

/*
 * No saved page and no public scraper code with this shop's markup was found
 * (docs/sources.md#markup-host-and-url-only), so this file only names the
 * hosts; the generic extractor (labelled sections, embedded JSON, JSON-LD) does the rest.
 * Its product and category URLs both end in .html, so product pages are told by the generic signals.
 */
export const stylevana: ShopReader = {
  id: 'stylevana',
  name: 'Stylevana',
  hosts: ['www.stylevana.com'],
  evidence: {
    source: 'none: host only',
    verified: false,
    ref: 'markup-host-and-url-only',
  },
};
