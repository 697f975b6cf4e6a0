/**
 * Name normalisation shared by the parser, the rules' vocabulary and the matcher.
 *
 * Pure string functions: no regex with nested quantifiers, every loop linear in the input.
 */
import { remember } from './memo';

/** Longest item name we look at (real INCI names stay well under 120 characters). */
export const MAX_NAME_LENGTH = 160;

/** Token spelling variants folded before lookup ("ext." -> "extract", "acide" -> "acid"). */
const TOKEN_FOLD: Record<string, string> = {
  ext: 'extract',
  extr: 'extract',
  extrait: 'extract',
  extracto: 'extract',
  estratto: 'extract',
  extrakt: 'extract',
  acide: 'acid',
  acido: 'acid',
  saure: 'acid',
  huile: 'oil',
  olio: 'oil',
  aceite: 'oil',
  oel: 'oil',
  ol: 'oil',
  denatured: 'denat',
  alcool: 'alcohol',
  alkohol: 'alcohol',
  alcohols: 'alcohol',
  parfume: 'parfum',
  profumo: 'parfum',
  perfum: 'parfum',
  powders: 'powder',
  granules: 'granule',
  shells: 'shell',
  seeds: 'seed',
  oils: 'oil',
  extracts: 'extract',
};

/**
 * Lower-case, strip diacritics, turn every non-alphanumeric run into one space, fold a few token
 * spellings. "Rétinol" -> "retinol"; "Alcohol Denat." -> "alcohol denat"; "1,2-Hexanediol" -> "1 2 hexanediol".
 */
export function normalizeName(input: string): string {
  const cached = cache.get(input);
  if (cached !== undefined) return cached;
  const out = normalizeUncached(input);
  remember(cache, input, out);
  return out;
}

const cache = new Map<string, string>();

/** Empty the normalisation cache (after a warm-up). */
export function clearNormalizeCache(): void {
  cache.clear();
}
/** A character past ASCII. */
// eslint-disable-next-line no-control-regex
export const NON_ASCII = /[^\x00-\x7f]/;

/** The trade mark and the service mark (® and © are no letters in any form). */
const MARKS = /[\u2122\u2120]/g;

function normalizeUncached(input: string): string {
  const s = input.length > MAX_NAME_LENGTH ? input.slice(0, MAX_NAME_LENGTH) : input;
  if (!NON_ASCII.test(s)) return normalizeAscii(s.toLowerCase());
  // NFKD splits accented letters into letter + combining mark; the mark is then dropped below. The trade
  // and service marks go first: NFKD spells them out as letters ("Retinol™" -> "retinoltm", no match).
  const decomposed = s.replace(MARKS, ' ').normalize('NFKD').toLowerCase();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < decomposed.length; i++) {
    const c = decomposed.charCodeAt(i);
    const isAlnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (isAlnum) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += decomposed[i];
    } else if (c >= 0x300 && c <= 0x36f) {
      // combining diacritic: drop without splitting the word
    } else if (c === 0xdf) {
      out += 'ss';
    } else {
      pendingSpace = true;
    }
  }
  if (out.length === 0) return out;
  const tokens = out.split(' ');
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = FOLD.get(t);
    if (f !== undefined) {
      tokens[i] = f;
      changed = true;
    }
  }
  return changed ? tokens.join(' ') : out;
}

/** Token folds as a Map: a plain object would answer "constructor" or "toString" too. */
const FOLD = new Map(Object.entries(TOKEN_FOLD));

function isAlnumCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The ASCII case, whole tokens at a time (no string built character by character). */
function normalizeAscii(lower: string): string {
  const n = lower.length;
  let out = '';
  let i = 0;
  while (i < n) {
    while (i < n && !isAlnumCode(lower.charCodeAt(i))) i++;
    if (i >= n) break;
    let j = i + 1;
    while (j < n && isAlnumCode(lower.charCodeAt(j))) j++;
    let tok = i === 0 && j === n ? lower : lower.slice(i, j);
    const f = FOLD.get(tok);
    if (f !== undefined) tok = f;
    out = out.length === 0 ? tok : `${out} ${tok}`;
    i = j;
  }
  return out;
}

/**
 * The normalized identity of an item: its normalized name and its non-empty normalized aliases, joined by "|"
 * ("aqua|water|eau"). Items with the same key always get the same answer from the matcher, which caches by it.
 */
export function itemKey(name: string, aliases: readonly string[]): string {
  let key = normalizeName(name);
  for (const a of aliases) {
    const n = normalizeName(a);
    if (n.length > 0) key += `|${n}`;
  }
  return key;
}

/** Tokens of a normalized name. */
export function tokensOf(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}

/**
 * Optimal-string-alignment (Damerau) distance with an early exit once every cell of a row exceeds
 * `max`. Returns max + 1 when the distance is larger than `max`. O(len(a) * len(b)), both capped.
 */
export function editDistance(a: string, b: string, max = 64): number {
  if (a === b) return 0;
  const la = Math.min(a.length, MAX_DISTANCE_LENGTH);
  const lb = Math.min(b.length, MAX_DISTANCE_LENGTH);
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  // three reused rows: no allocation per call (this runs in the matcher's inner loops)
  let prev2 = ROW_A;
  let prev = ROW_B;
  let cur = ROW_C;
  for (let j = 0; j <= lb; j++) {
    prev[j] = j;
    prev2[j] = 0;
  }
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const pa = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      const sub = prev[j - 1]! + cost;
      if (sub < v) v = sub;
      if (j > 1 && ca === b.charCodeAt(j - 2) && pa === cb) {
        const tr = prev2[j - 2]! + 1;
        if (tr < v) v = tr;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb]!;
}

const MAX_DISTANCE_LENGTH = 96;
const ROW_A = new Int32Array(MAX_DISTANCE_LENGTH + 1);
const ROW_B = new Int32Array(MAX_DISTANCE_LENGTH + 1);
const ROW_C = new Int32Array(MAX_DISTANCE_LENGTH + 1);
