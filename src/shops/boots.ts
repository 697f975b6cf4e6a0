import type { ShopReader } from './types';

/*
 * Evidence: the Boots UK 2025 data set (docs/sources.md#dataset-boots-uk-2025) shows the
 * raw list text (UPPER CASE, "•" separators) and product URLs ending in an 8-digit id; no product page HTML
 * was found, so the generic extractor reads the page. docs/sources.md#markup-boots-urls
 */
export const boots: ShopReader = {
  id: 'boots',
  name: 'Boots',
  hosts: ['www.boots.com'],
  evidence: {
    source: 'none: host + URL only (data-set URLs)',
    verified: false,
    ref: ['markup-boots-urls', 'dataset-boots-uk-2025'],
  },
  isProductPage: (url) => /-\d{6,}$/.test(url.pathname),
};
