import type { ShopReader } from './types';
import { listPart } from './read/score';
import { unescapeLayer } from './read/script-json';
import { stripTags, textOf } from './read/text';

/*
 * Evidence: two saved Sephora US pages (April 2020; docs/sources.md#markup-sephora-us-2020): the list is in a
 * hidden tabpanel and once per SKU as "ingredientDesc" in escaped JSON passed to
 * Sephora.Util.InflatorComps.queue('...', '{...}'); the lipstick's lists differ by shade. The current site
 * (third-party scraper code, not verified; docs/sources.md#markup-sephora-current): <script id="linkStore"
 * type="text/json"> with page.product.currentSku / regularChildSkus, the [data-at="ingredients"] accordion,
 * and Sephora CA 2023's #ingredients > div:first-child. Sephora Canada lives under www.sephora.com/ca/ (the
 * 2023 CA data set's URLs, docs/sources.md#dataset-sephora-ca-2023); Sephora UK (www.sephora.co.uk) is a
 * different platform with no evidence here, so it is left out.
 */

interface Sku {
  skuId?: string;
  displayName?: string;
  variationValue?: string;
  ingredientDesc?: string;
}

/** The product object (currentSku + regularChildSkus) in linkStore or in the 2020 inflator scripts. */
interface Product {
  currentSku?: Sku;
  regularChildSkus?: Sku[];
}

function product(doc: Document): Product | null {
  for (const s of doc.querySelectorAll('script:not([src])')) {
    const src = s.textContent ?? '';
    if (!src.includes('ingredientDesc') || src.length > 8_000_000) continue;
    let json = src;
    if (s.id !== 'linkStore') {
      // queue('Name', '{...}', 'Name'): the middle argument is a JS string holding the JSON.
      const a = src.indexOf("'{");
      const b = src.lastIndexOf("}'");
      if (a < 0 || b < a) continue;
      json = unescapeLayer(src.slice(a + 1, b + 1));
    }
    try {
      const d = JSON.parse(json) as Record<string, unknown>;
      for (const p of [d['product'], (d['page'] as Record<string, unknown> | undefined)?.['product'], d]) {
        if (p && typeof p === 'object' && 'currentSku' in p) return p as Product;
      }
    } catch {
      // Not this script.
    }
  }
  return null;
}

/** One list, or one line per distinct list: "Shade A, Shade B: list". */
function skuLists(doc: Document): string | null {
  const p = product(doc);
  if (!p) return null;
  const skus = [...(p.regularChildSkus ?? [])];
  if (p.currentSku && !skus.some((s) => s.skuId === p.currentSku!.skuId)) skus.unshift(p.currentSku);
  const groups = new Map<string, string[]>();
  for (const s of skus) {
    if (typeof s.ingredientDesc !== 'string') continue;
    const list = listPart(stripTags(s.ingredientDesc))?.text;
    if (!list) continue;
    const name = s.variationValue || (s.displayName ?? '').replace(/^\d+\s+/, '');
    groups.set(list, [...(groups.get(list) ?? []), name]);
  }
  if (groups.size < 2) return groups.keys().next().value ?? null;
  return [...groups].map(([list, names]) => `${names.join(', ')}: ${list.replace(/\n/g, ' ')}`).join('\n');
}

export const sephora: ShopReader = {
  id: 'sephora',
  name: 'Sephora',
  hosts: ['www.sephora.com'],
  evidence: {
    source: 'saved pages: Sephora US 2020 (2)',
    verified: true,
    ref: ['markup-sephora-us-2020', 'markup-sephora-current', 'dataset-sephora-ca-2023'],
  },
  isProductPage: (url) => /\/product\//.test(url.pathname),
  // Simple lookups only: structural selectors (:first-child, +) cost O(children) per element in some DOMs.
  read: (doc, _url, opts) => {
    const box = doc.querySelector('[data-at="ingredients"]')?.nextElementSibling;
    const ca = doc.getElementById('ingredients')?.firstElementChild;
    return (
      (opts.scripts ? skuLists(doc) : null) ??
      (listPart(box && textOf(box))?.text || listPart(ca && textOf(ca))?.text) ??
      null
    );
  },
};
