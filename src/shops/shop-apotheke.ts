import type { ShopReader } from './types';

/*
 * Evidence: saved Shop Apotheke page (skincare_crawler fixtures, SOURCES.md section 3): a cosmetic product
 * page with no ingredient list at all; its JSON state only has the translation key "Inhaltsstoffe". Product
 * URLs are /<category>/<code>/<slug>.htm. No reader: nothing to read on the one page we have.
 */
export const shopApotheke: ShopReader = {
  id: 'shop-apotheke',
  name: 'Shop Apotheke',
  hosts: ['www.shop-apotheke.com'],
  evidence: {
    source: 'saved page: Shop Apotheke DE (no list)',
    verified: true,
  },
  isProductPage: (url) => /\/[A-Za-z0-9]{6,}\/[^/]+\.htm$/.test(url.pathname),
};
