/**
 * Name normalisation shared by the parser, the lexicon and the matcher.
 *
 * Pure string functions: no regex with nested quantifiers, every loop linear in the input.
 */

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
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(input, out);
  return out;
}

const MAX_CACHE = 20_000;
const cache = new Map<string, string>();
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

function normalizeUncached(input: string): string {
  const s = input.length > MAX_NAME_LENGTH ? input.slice(0, MAX_NAME_LENGTH) : input;
  // NFKD splits accented letters into letter + combining mark; the mark is then dropped below.
  const decomposed = (NON_ASCII.test(s) ? s.normalize('NFKD') : s).toLowerCase();
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
    const f = TOKEN_FOLD[t];
    if (f !== undefined) {
      tokens[i] = f;
      changed = true;
    }
  }
  return changed ? tokens.join(' ') : out;
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
  const la = Math.min(a.length, 96);
  const lb = Math.min(b.length, 96);
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prev2[j - 2]! + 1);
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

/** Similarity in [0, 1] from the edit distance, relative to the longer string. */
export function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  if (len === 0) return 1;
  return 1 - editDistance(a, b) / len;
}
