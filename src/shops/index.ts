import type { Extraction, ReadOptions, ShopReader } from './types';
import { readGeneric } from './read';
import { looksLikeArticle, looksLikeProductPage } from './read/page-kind';
import { isLikelyIngredientList } from './read/score';
import { amazon } from './amazon';
import { boots } from './boots';
import { cultBeauty } from './cult-beauty';
import { dermstore } from './dermstore';
import { iherb } from './iherb';
import { incidecoder } from './incidecoder';
import { lookfantastic } from './lookfantastic';
import { oliveYoung } from './olive-young';
import { paulasChoice } from './paulas-choice';
import { purish } from './purish';
import { rossmann } from './rossmann';
import { sephora } from './sephora';
import { shopApotheke } from './shop-apotheke';
import { sokoGlam } from './soko-glam';
import { stylevana } from './stylevana';
import { target } from './target';
import { theOrdinary } from './the-ordinary';
import { ulta } from './ulta';
import { walmart } from './walmart';
import { yesstyle } from './yesstyle';

export { isLikelyIngredientList };
export type { Extraction, ShopReader };

/** Every shop, sorted by id. Adding a shop is one file and one line here. */
export const shops: readonly ShopReader[] = [
  amazon,
  boots,
  cultBeauty,
  dermstore,
  iherb,
  incidecoder,
  lookfantastic,
  oliveYoung,
  paulasChoice,
  purish,
  rossmann,
  sephora,
  shopApotheke,
  sokoGlam,
  stylevana,
  target,
  theOrdinary,
  ulta,
  walmart,
  yesstyle,
];

/** Match patterns for the manifest and the content script: derived, never typed twice. */
export function shopMatchPatterns(list: readonly ShopReader[] = shops): string[] {
  return [...new Set(list.flatMap((s) => s.hosts.map((h) => `https://${h}/*`)))].sort();
}

export function shopForHost(host: string, list: readonly ShopReader[] = shops): ShopReader | null {
  const h = host.toLowerCase();
  return list.find((s) => s.hosts.includes(h)) ?? null;
}

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/**
 * Finds the raw ingredient text on a page: the shop's own reader first (when the page is on a registered
 * shop), then the generic extractor. Never throws and never changes the document.
 */
export function extract(
  doc: Document,
  url: URL | string,
  list: readonly ShopReader[] = shops,
  opts: ReadOptions = { scripts: true },
): Extraction {
  const u = attempt(() => (typeof url === 'string' ? new URL(url) : url), null);
  const shop = u ? shopForHost(u.hostname, list) : null;
  const byUrl = shop?.isProductPage && u ? attempt(() => shop.isProductPage!(u), false) : false;
  const productPage = byUrl || attempt(() => looksLikeProductPage(doc), false);
  const own = shop?.read && u ? attempt(() => shop.read!(doc, u, opts), null) : null;
  // A blog post about ingredients is not a product page: the generic extractor does not guess there.
  const article = !own && !productPage && attempt(() => looksLikeArticle(doc), false);
  const hit = own
    ? { text: own, via: `shop:${shop!.id}` }
    : article
      ? null
      : attempt(() => readGeneric(doc, opts), null);
  return {
    found: !!hit,
    shop: shop?.id ?? null,
    text: hit?.text ?? null,
    via: hit?.via ?? null,
    productPage,
  };
}
