/**
 * schema.org JSON-LD: a Product's ingredients (or an additionalProperty named like an ingredients label),
 * and the bounded walk over JSON-LD objects that the page-kind signals use too.
 */
import type { Found } from '../types';
import { listPart } from './score';
import { labelOf } from './sections';
import { stripTags } from './text';

export function jsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const s of doc.querySelectorAll('script[type*="ld+json"]')) {
    try {
      out.push(JSON.parse(s.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; ignore it.
    }
  }
  return out;
}

/** Visits objects in JSON-LD (arrays, @graph, mainEntity ...), bounded. */
export function walk(v: unknown, fn: (o: Record<string, unknown>) => void, depth = 0, seen = { n: 0 }): void {
  if (depth > 6 || seen.n++ > 2000 || !v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, fn, depth + 1, seen);
    return;
  }
  const o = v as Record<string, unknown>;
  fn(o);
  for (const k in o) if (o[k] && typeof o[k] === 'object') walk(o[k], fn, depth + 1, seen);
}

export function isProduct(o: Record<string, unknown>): boolean {
  const t = o['@type'];
  return Array.isArray(t) ? t.includes('Product') : t === 'Product';
}

export function readJsonLd(doc: Document): Found | null {
  let found: Found | null = null;
  walk(jsonLd(doc), (o) => {
    if (found || !isProduct(o)) return;
    for (const k in o) {
      const v = o[k];
      if (/^(ingredients?|ingredientList|inci|hasIngredient)$/i.test(k) && typeof v === 'string') {
        const l = listPart(stripTags(v));
        if (l) found = { text: l.text, via: 'json-ld' };
      }
    }
    // additionalProperty: [{ "@type": "PropertyValue", "name": "Ingredients", "value": "..." }]
    walk(o['additionalProperty'], (p) => {
      if (!found && typeof p['name'] === 'string' && labelOf(p['name']) && typeof p['value'] === 'string') {
        const l = listPart(stripTags(p['value']));
        if (l) found = { text: l.text, via: 'json-ld' };
      }
    });
  });
  return found;
}
