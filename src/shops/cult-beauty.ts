import type { ShopReader } from './types';
import { thgRead } from './platforms/thg';
import { listPart } from './read/score';
import { textOf } from './read/text';

/*
 * Evidence: saved Cult Beauty UK page (April 2020, pre-THG; docs/sources.md#markup-cult-beauty-2020):
 * <li class="expandInfo"><div class="itemHeader"><span data-name="ingredients">Full ingredients list</span>
 * </div><div class="itemContent"><p>Shades: list</p>... (one <p> per shade group, collapsed by CSS only).
 * The THG-era site (www.cultbeauty.com, /p/<slug>/<id>/) also tries the THG ingredients panel
 * (#product-description-content-lg-7, evidence in platforms/thg.ts; inferred, not seen on Cult Beauty;
 * docs/sources.md#markup-thg-product-description).
 */
export const cultBeauty: ShopReader = {
  id: 'cult-beauty',
  name: 'Cult Beauty',
  hosts: ['www.cultbeauty.co.uk', 'www.cultbeauty.com'],
  evidence: {
    source: 'saved page: Cult Beauty UK 2020',
    verified: true,
    ref: ['markup-cult-beauty-2020', 'markup-thg-product-description'],
  },
  isProductPage: (url) => /\.html$|\/p\//.test(url.pathname),
  read: (doc) => {
    const box = doc.querySelector('[data-name="ingredients"]')?.closest('li')?.querySelector('.itemContent');
    return box ? (listPart(textOf(box))?.text ?? null) : thgRead(doc);
  },
};
