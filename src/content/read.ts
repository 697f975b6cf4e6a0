/**
 * The full readers as a report (see ./read-light.ts for the two ways of reading and why): each shop's own
 * reader first, then the generic extractor with page-load JSON. Only in the on-demand script
 * (entrypoints/scan.content.ts) and in tests; the shop content script never imports this file.
 */
import { extract } from '../shops';
import { signals, type Reader } from './read-light';

export { readLight, type PageRead, type Reader } from './read-light';

export const readPage: Reader = (doc, url, opts = { scripts: true }) => {
  const r = extract(doc, url, undefined, opts);
  return {
    url,
    title: doc.title.slice(0, 300),
    shop: r.shop,
    text: r.found ? r.text : null,
    via: r.via,
    productPage: r.productPage,
    product: signals(doc, opts),
  };
};
