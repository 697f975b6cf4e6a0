import type { ShopReader } from './types';

/*
 * Evidence: saved Shop Apotheke page (docs/sources.md#markup-shop-apotheke-no-list): a cosmetic product
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
    ref: 'markup-shop-apotheke-no-list',
  },
  isProductPage: (url) => /\/[A-Za-z0-9]{6,}\/[^/]+\.htm$/.test(url.pathname),
};
