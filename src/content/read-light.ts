/**
 * Reading a page into a report, two ways (the full one in ./read.ts) (issue 13: the always-injected script stays small):
 * - `readLight`: what the shop content script carries itself: labelled sections (where almost every list
 *   is), product signals and the page-kind check. No shop registry, no embedded-script JSON.
 * - `readPage`: the full readers (src/shops: each shop's own reader first, then the generic extractor with
 *   page-load JSON). Bundled only in the on-demand script (entrypoints/scan.content.ts), which the background
 *   injects when a light read is not enough: the shop has a reader of its own, or the sections held no list.
 *   Once injected it stays in the page's isolated world (./shared-world.ts) and the watch reads with it.
 * Both are DOM level: they read the Document they are given and never change it.
 */
import type { PageReport } from '../messaging';
import { looksLikeArticle, looksLikeProductPage } from '../shops/read/page-kind';
import { productSignals, type ProductSignals } from '../shops/read/product';
import { readSections } from '../shops/read/sections';
import type { ReadOptions } from '../shops/types';

/** A read of the page as a report, without the sequence fields the watch adds. */
export type PageRead = Omit<PageReport, 'seq' | 'doc'>;
export type Reader = (doc: Document, url: string, opts: ReadOptions) => PageRead;

export function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export function signals(doc: Document, opts: ReadOptions): ProductSignals | null {
  // The name is a nicety; a page that breaks it still gets its list checked.
  return attempt(() => productSignals(doc, opts), null);
}

/**
 * Sections only, as extract() would read them on a shop without a reader of its own. `shop` and the URL's
 * product-page rule are the background's to add (it has the registry); `light` says the background may
 * complete the read with readPage.
 */
export const readLight: Reader = (doc, url, opts) => {
  const productPage = attempt(() => looksLikeProductPage(doc), false);
  // A blog post about ingredients is not a product page: the generic extractor does not guess there.
  const article = !productPage && attempt(() => looksLikeArticle(doc), false);
  const hit = article ? null : attempt(() => readSections(doc), null);
  return {
    url,
    title: doc.title.slice(0, 300),
    shop: null,
    text: hit?.text ?? null,
    via: hit?.via ?? null,
    productPage,
    product: signals(doc, opts),
    light: true,
  };
};
