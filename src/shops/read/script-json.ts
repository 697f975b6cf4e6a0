/**
 * Ingredient strings embedded in the page's scripts (JSON, __NEXT_DATA__, Apollo state, JSON escaped once or
 * twice inside JavaScript strings), found by indexOf scans of the script text: no JSON.parse of multi-MB
 * scripts, no backtracking regular expressions, a bounded number of tries per key.
 */
import type { Found } from '../types';
import { listPart } from './score';
import { MAX_TEXT, stripTags } from './text';

const ESC: Record<string, string> = { n: '\n', r: '\n', t: ' ', b: '', f: '', v: '', '0': '' };

/** Removes one layer of JS/JSON string escaping (\" \\ \/ \n \uXXXX \xHH). Linear. */
export function unescapeLayer(s: string): string {
  return s.replace(/\\(u[\da-fA-F]{4}|x[\da-fA-F]{2}|[\s\S])/g, (_, e: string) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (ESC[e] ?? e),
  );
}

/** Reads the JSON string starting at the quote at `i`; null when it does not end within the bound. */
function jsonStringAt(s: string, i: number): string | null {
  let j = i + 1;
  const end = Math.min(s.length, i + MAX_TEXT * 2);
  while (j < end && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
  if (j >= end) return null;
  return unescapeLayer(s.slice(i + 1, j));
}

/**
 * Every string value of the given keys in the page's scripts (JSON, __NEXT_DATA__, Apollo state, and JSON
 * escaped once or twice inside JavaScript strings such as Sephora 2020's InflatorComps.queue('...')).
 */
export function jsonStrings(doc: Document, keys: readonly string[], limit = 60): string[] {
  const out: string[] = [];
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const src = script.textContent ?? '';
    if (src.length > 8_000_000 || (script.getAttribute('type') ?? '').includes('ld+json')) continue;
    for (const key of keys) {
      // Level 0: "key": "v"; level 1: \"key\":\"v\"; level 2: \\\"key\\\":\\\"v\\\"
      for (let level = 0; level < 3; level++) {
        const q = '\\'.repeat(2 ** level - 1) + '"';
        const pattern = q + key + q;
        // Bounded tries: thousands of empty values must not cost thousands of window decodes.
        let tries = 0;
        for (
          let at = src.indexOf(pattern);
          at >= 0 && tries++ < limit * 2;
          at = src.indexOf(pattern, at + 1)
        ) {
          if (out.length >= limit) return out;
          let i = at + pattern.length;
          while (src[i] === ' ' || src[i] === '\n' || src[i] === '\t') i++;
          if (src[i] !== ':') continue;
          i++;
          while (src[i] === ' ' || src[i] === '\n' || src[i] === '\t') i++;
          if (!src.startsWith(q, i)) continue;
          let win = src.slice(i, i + MAX_TEXT + 8000);
          for (let l = 0; l < level; l++) win = unescapeLayer(win);
          const v = jsonStringAt(win, 0);
          if (v) out.push(stripTags(v));
        }
      }
    }
  }
  return out;
}

/**
 * Keys whose string value is an ingredient list. On saved pages: "ingredientDesc" (Sephora,
 * docs/sources.md#markup-sephora-us-2020) and "majorIngredients" (docs/sources.md#markup-yesstyle-2024); in
 * scraper code only: "ingredients" (docs/sources.md#markup-target-enrichment); the other spellings are our
 * list.
 */
const JSON_KEYS = [
  'ingredientDesc',
  'ingredients',
  'majorIngredients',
  'ingredientList',
  'ingredientsList',
  'inci',
];

export function readScripts(doc: Document): Found | null {
  let best: Found | null = null;
  let bestScore = 0;
  for (const key of JSON_KEYS) {
    for (const v of jsonStrings(doc, [key], 20)) {
      const l = listPart(v);
      if (l && l.score > bestScore) {
        bestScore = l.score;
        best = { text: l.text, via: `json:${key}` };
      }
    }
  }
  return best;
}
