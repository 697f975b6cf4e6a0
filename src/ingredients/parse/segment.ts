/**
 * Missing commas (docs/sources.md#text-separators-and-list-strings): a run of names split at the known names
 * it is made of.
 */
import { normalizeName } from '../normalize';
import { isKnownName, maxWordsStartingWith } from '../vocab';
import { takeParens, topLevelWords } from './parens';
import { FRAGMENT_WORDS } from './words';

/**
 * A piece with missing commas ("Caprylic/Capric Triglyceride Dicaprylyl Carbonate Squalane Rosa Canina
 * Fruit Oil"): split by greedy longest known-name segmentation. Returns null when that does not explain
 * the piece well (then it stays one item).
 */
export function segment(piece: string): string[] | null {
  // cheap exits first: fewer than five words, or the whole piece is one known (long) name
  let spaces = 0;
  for (let i = 0; i < piece.length; i++) if (piece.charCodeAt(i) === 32) spaces++;
  if (spaces < 4) return null;
  const whole = normalizeName(takeParens(piece).base);
  if (whole.length > 0 && isKnownName(whole)) return null;
  // words; a parenthesised group is never split
  const words = topLevelWords(piece);
  if (words.length < 5 || words.length > 200) return null;
  const norms = words.map((w) => normalizeName(takeParens(w).base));
  if (isKnownName(norms.filter((x) => x.length > 0).join(' '))) return null;
  const out: string[] = [];
  let unknown: string[] = [];
  let knownWords = 0;
  let knownSegs = 0;
  let i = 0;
  while (i < words.length) {
    let hit = 0;
    // only as many words as the longest known name starting with this word (often none: no lookups)
    const ni = norms[i]!;
    const sp = ni.indexOf(' ');
    const limit = ni.length === 0 ? 8 : maxWordsStartingWith(sp < 0 ? ni : ni.slice(0, sp));
    // windows of at most `limit` non-empty words (words such as "/" normalize to nothing)
    let jMax = i;
    for (let count = 0; jMax < words.length && jMax < i + 8; jMax++) {
      if (norms[jMax]!.length === 0) continue;
      if (count === limit) break;
      count++;
    }
    for (let j = jMax; j > i; j--) {
      const n = norms
        .slice(i, j)
        .filter((x) => x.length > 0)
        .join(' ');
      if (n.length > 0 && isKnownName(n)) {
        hit = j - i;
        break;
      }
    }
    if (hit > 0) {
      if (unknown.length > 0) out.push(unknown.join(' '));
      unknown = [];
      out.push(words.slice(i, i + hit).join(' '));
      knownWords += hit;
      knownSegs++;
      i += hit;
    } else {
      unknown.push(words[i]!);
      i++;
    }
  }
  if (unknown.length > 0) out.push(unknown.join(' '));
  if (knownSegs < 2 || knownWords / words.length < 0.6) return null;
  // A plant part, form or qualifier never stands alone on a label: "Organic Prickly Pear Oil (Opuntia)"
  // or "Citrus Aurantium Dulcis (Sweet Orange) Oil" is one item, not "Organic | Prickly Pear | Oil" (the
  // harmless vocabulary knows "oil" and "organic" as names parsed from odd lists, so they look like names).
  for (const seg of out) {
    const ts = normalizeName(takeParens(seg).base).split(' ');
    if (ts.every((t) => t.length === 0 || FRAGMENT_WORDS.has(t))) return null;
  }
  return out;
}
