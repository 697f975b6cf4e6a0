import type { ShopReader } from './types';
import { listPart } from './read/score';
import { stripTags } from './read/text';

/*
 * Evidence (not verified: no saved page): several public Walmart scrapers
 * (docs/sources.md#markup-walmart-idml: a browser-extension helper reading
 * __NEXT_DATA__.props.pageProps.initialData.data.idml.ingredients.ingredients.value, a jmespath scraper
 * "idml.ingredients.ingredients.value", and notes listing idml.ingredients.{ingredients,inactiveIngredients,
 * activeIngredients}). The list is an object's "value", which the generic JSON scan (string values only)
 * misses. Product URLs are /ip/<slug>/<id>; the page is Next.js, so after an in-page navigation the JSON is
 * stale.
 */
export const walmart: ShopReader = {
  id: 'walmart',
  name: 'Walmart',
  hosts: ['www.walmart.com'],
  evidence: {
    source: 'scraper code (see file)',
    verified: false,
    ref: 'markup-walmart-idml',
  },
  isProductPage: (url) => /^\/ip\//.test(url.pathname),
  read: (doc, _url, opts) => {
    if (!opts.scripts) return null;
    const d = JSON.parse(doc.getElementById('__NEXT_DATA__')?.textContent || '{}');
    const v: unknown = d.props?.pageProps?.initialData?.data?.idml?.ingredients?.ingredients?.value;
    return typeof v === 'string' ? (listPart(stripTags(v))?.text ?? null) : null;
  },
};
