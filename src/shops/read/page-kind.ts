/**
 * Is this a product page (drives the "no list found" badge) or an article (where the generic extractor does
 * not guess)? Signals from meta tags, microdata, JSON-LD and the add-to-cart buttons.
 */
import { isProduct, jsonLd, walk } from './json-ld';

const ADD_TO_CART =
  /^(add to (bag|cart|basket)|in den warenkorb|ajouter au panier|añadir a la cesta|aggiungi al carrello|buy now)$/i;

/** og:type product, JSON-LD Product, microdata Product, or one add-to-cart button (a category page has many). */
export function looksLikeProductPage(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/^product/i.test(og)) return true;
  if (doc.querySelector('[itemtype$="schema.org/Product"]')) return true;
  let product = false;
  walk(jsonLd(doc), (o) => {
    product ||= isProduct(o);
  });
  if (product) return true;
  let buttons = 0;
  for (const b of doc.querySelectorAll('button, input[type="submit"]')) {
    const t = (b.textContent || b.getAttribute('value') || '').trim();
    if (t.length < 30 && ADD_TO_CART.test(t)) buttons++;
    if (buttons > 2) return false;
  }
  return buttons > 0;
}

/** Articles (og:type article, JSON-LD Article/BlogPosting) talk about ingredients; they are not products. */
export function looksLikeArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  let article = /^article/i.test(og);
  walk(jsonLd(doc), (o) => {
    article ||= /^(Article|BlogPosting|NewsArticle)$/.test(String(o['@type']));
  });
  return article;
}
