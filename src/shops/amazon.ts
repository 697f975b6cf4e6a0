import type { ShopReader } from './types';
import { readSections } from './read/sections';

/*
 * Evidence (not verified: no skincare page was found): third-party scraper code reads #important-information,
 * finds the h4 "Ingredients:" and takes the next <p>. Product URLs carry /dp/ASIN or /gp/product/ASIN.
 * docs/sources.md#markup-amazon-important-information
 */
export const amazon: ShopReader = {
  id: 'amazon',
  name: 'Amazon',
  hosts: ['www.amazon.com', 'www.amazon.co.uk', 'www.amazon.de', 'www.amazon.ca'],
  evidence: {
    source: 'scraper code (see file)',
    verified: false,
    ref: 'markup-amazon-important-information',
  },
  isProductPage: (url) => /\/(dp|gp\/product)\/[A-Z0-9]{10}/.test(url.pathname),
  read: (doc) => {
    const box = doc.getElementById('important-information');
    return box ? (readSections(doc, box)?.text ?? null) : null;
  },
};
