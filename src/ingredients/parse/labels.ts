/**
 * What stands before a colon or opens a section: headers ("Ingredients:", misspelt "Inactve Ingrdients:"),
 * "may contain" markers, and labels of shades and kit parts ("Shade A:", "C-Firma Day Serum:").
 */
import { editDistance, normalizeName, tokensOf } from '../normalize';
import { isKnownName } from '../vocab';
import { isDigit, isSpace } from './chars';
import { makeItem } from './item';
import { closingParen } from './parens';
import { HEADER_LAST, HEADER_QUALIFIERS, HEADER_WORDS, MAY_CONTAIN_MARKERS, SECTION_HEADINGS } from './words';

/** w is one of the words, or one typo away from one of 4+ letters (same first letter). */
function isFuzzyWord(w: string, words: string[]): boolean {
  for (const t of words) {
    if (w === t) return true;
    if (t.length >= 4 && w.length >= 3 && Math.abs(w.length - t.length) <= 1 && w[0] === t[0]) {
      if (editDistance(w, t, 1) <= 1) return true;
    }
  }
  return false;
}

/**
 * A label prefix ending in a header ("Inactive Ingredients", "Inactve Ingrdients", "Serum Ingredients"):
 * the text before the header words (may be empty); null when the prefix is not a header.
 */
export function headerRest(prefix: string): string | null {
  const words = prefix.trim().split(/\s+/);
  let k = words.length - 1;
  // "Ingredients/Ingrédients", "INCI-Ingredients": every part of the last word is a header word
  const last = tokensOf(normalizeName(words[k] ?? ''));
  if (last.length === 0 || !last.every((t) => isFuzzyWord(t, HEADER_LAST))) return null;
  k--;
  while (k >= 0) {
    const ts = tokensOf(normalizeName(words[k]!));
    if (ts.length === 0 || !ts.every((t) => isFuzzyWord(t, HEADER_QUALIFIERS) || isFuzzyWord(t, HEADER_LAST)))
      break;
    k--;
  }
  return words.slice(0, k + 1).join(' ');
}

/** The first words of the headers (HEADER_WORDS): a piece starting with another word holds none. */
const HEADER_FIRST_WORDS = new Set([...HEADER_WORDS].map((h) => h.split(' ')[0]!));
/** The longest header, in words. */
const HEADER_MAX_WORDS = Math.max(...[...HEADER_WORDS].map((h) => h.split(' ').length));

/** A drug-facts header, as written before its active: ASCII letters and spaces ("Active Ingredient"). */
const PLAIN_HEADER = /^[A-Za-z\s]+$/;
/** What a drug-facts active starts with: a letter or digit (not a parenthesis or punctuation). */
const NAME_START = /^[A-Za-z0-9]/;

/**
 * An item's text without a header in front that lost its colon and line (every header in HEADER_WORDS):
 * - a heading line alone ("Ingredients", "Full ingredients list", "Drug Facts" on a line of its own) is ''
 *   (no item);
 * - a header run into the first name ("INGREDIENTS Water", "Inactive ingredients Water"; 477 corpus lists,
 *   most of them Boots' "Ingredients Aqua") is the name, when the rest is a known name (with its strength:
 *   "Ingredients Glycolic Acid (18%)");
 * - the drug-facts header before an active that states its strength ("Active Ingredient Benzoyl Peroxide
 *   5%", "ACTIVE Salicylic Acid 2%": scraped panels lose the colon and the line break) is the active,
 *   known or misspelt ("Active Benzoyl Peroxde" was one unknown name). Without a strength an "Active ..."
 *   header is a shop's key-ingredients field ("Active ingredients Vitamin C", "Active ingredients Zinc - A
 *   mineral UV filter ...": Boots pages), a description whose names must give no finding
 *   (tests/fixtures/ingredients/README.md), and stays. No INCI name starts with the word "active".
 * Anything else is returned as it is.
 */
export function withoutLeadingHeader(text: string): string {
  const first = /^[A-Za-z\u00c0-\u024f]+/.exec(text);
  if (first === null || !HEADER_FIRST_WORDS.has(normalizeName(first[0]))) return text;
  const words = /\S+/g;
  let best = -1;
  let count = 0;
  for (let m = words.exec(text); m !== null && count < HEADER_MAX_WORDS; m = words.exec(text)) {
    count++;
    const end = m.index + m[0].length;
    if (HEADER_WORDS.has(normalizeName(text.slice(0, end)))) best = end;
  }
  if (best < 0) return text;
  const rest = text.slice(best).trim();
  if (rest.length === 0) return '';
  if (normalizeName(first[0]).startsWith('active')) {
    const active = text.indexOf('%') >= 0 && PLAIN_HEADER.test(text.slice(0, best)) && NAME_START.test(rest);
    return active ? rest : text;
  }
  // the name as an item reads it: its strength and brackets aside ("Ingredients Glycolic Acid (18%)",
  // "Ingredients SALICYLIC ACID 1.50%": the header stayed in the first name, a silent miss)
  return isKnownName(normalizeName(rest)) || isKnownName(normalizeName(makeItem(rest).name)) ? rest : text;
}

/** Top-level colon (outside parentheses) within the first 120 characters, or -1. */
export function labelColon(s: string): number {
  const limit = Math.min(s.length, 120);
  for (let i = 0; i < limit; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) {
      const close = closingParen(s, i, limit);
      if (close < 0) return -1;
      i = close;
    } else if (c === 58) {
      // "Ratio 1:1" style digits on both sides is not a label
      if (isDigit(s[i - 1]) && isDigit(s[i + 1])) continue;
      return i;
    }
  }
  return -1;
}

export function isMayContainMarker(lower: string): boolean {
  if (lower.includes('+/-') || lower.includes('+/–') || lower.includes('±')) return true;
  for (const m of MAY_CONTAIN_MARKERS) if (lower.includes(m)) return true;
  return false;
}

const ALL_MAY_MARKERS = ['+/-', '+/–', '±', ...MAY_CONTAIN_MARKERS];

/** Where the first may-contain marker starts in the (lower-case) text, or its length when there is none. */
export function mayContainStart(lower: string): number {
  let at = lower.length;
  for (const m of ALL_MAY_MARKERS) {
    const k = lower.indexOf(m);
    if (k >= 0 && k < at) at = k;
  }
  // the marker's own opening bracket: "Fragrance (+/-)" leaves "Fragrance"
  while (at > 0 && (lower[at - 1] === '(' || lower[at - 1] === '[' || lower[at - 1] === ' ')) at--;
  return at;
}

/** Strip a leading "May contain/Peut contenir (+/-)" marker without a colon; returns null if none. */
export function stripMayContainPrefix(s: string): string | null {
  // only "+", "±", "(", "[", " " or the first letter of a marker ("may", "peut", "kann", "puede", "pode")
  const c0 = s.charCodeAt(0);
  const l0 = c0 | 0x20;
  if (
    c0 !== 43 &&
    c0 !== 0xb1 &&
    c0 !== 40 &&
    c0 !== 91 &&
    c0 !== 32 &&
    l0 !== 109 &&
    l0 !== 112 &&
    l0 !== 107
  )
    return null;
  let i = 0;
  while (i < s.length && (isSpace(s[i]) || s[i] === '\n' || s[i] === '[' || s[i] === '(')) i++;
  // compare only the head: most items ("Mica", "Propanediol") fail here without a copy of the text
  const lower = s.slice(i, i + 16).toLowerCase();
  for (const m of ALL_MAY_MARKERS) {
    if (lower.startsWith(m)) {
      const t = s.slice(i);
      let rest = t.slice(m.length);
      // more markers ("/Peut Contenir (+/-)")
      for (let k = 0; k < 4; k++) {
        const r = rest.replace(/^[\s/)(\]:]+/, '');
        const rl = r.toLowerCase();
        const more = ALL_MAY_MARKERS.find((x) => rl.startsWith(x));
        if (!more) {
          rest = r;
          break;
        }
        rest = r.slice(more.length);
      }
      return rest;
    }
  }
  return null;
}

/** A label as shown: trademark signs, leading bullets and doubled spaces removed. */
export function cleanLabel(s: string): string {
  return s
    .replace(/[™®©]/g, '')
    .replace(/^[\s\-–•*.]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A section heading (SECTION_HEADINGS) at the end of a label prefix, in any case, spaces as written. */
const SECTION_AT_END = new RegExp(
  String.raw`(?:${SECTION_HEADINGS.map((h) => h.replace(/ /g, String.raw`\s+`)).join('|')})\s*$`,
  'i',
);

/**
 * A label prefix that ends in a page section heading ("Retinol How to use", "yeast extract Benefits"): the
 * text before the heading (may be empty); null when the prefix does not end in one. The heading stands alone
 * or glued to the name before it the way a page's text runs on, lower case into upper ("RetinolHow to use"),
 * never inside a word; a shade's "Night Use" is a label.
 */
export function sectionHeadingBefore(prefix: string): string | null {
  const m = SECTION_AT_END.exec(prefix);
  if (m === null) return null;
  const at = m.index;
  if (at > 0) {
    const prev = prefix.charCodeAt(at - 1);
    const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
    const first = prefix.charCodeAt(at);
    // glued: only a lower-case letter before an upper-case heading
    if (isLetter(prev) && !(prev >= 97 && prev <= 122 && first >= 65 && first <= 90)) return null;
  }
  return prefix.slice(0, at).trim();
}

/** The first section heading (SECTION_HEADINGS) standing as words in a piece, colon or not. */
const SECTION_IN = new RegExp(
  String.raw`\s(?:${SECTION_HEADINGS.map((h) => h.replace(/ /g, String.raw`\s+`)).join('|')})\b`,
  'i',
);

/**
 * A piece that is a known name with a page section heading run on after it, its colon lost too ("Glycolic
 * Acid How to use apply nightly"): the name; null otherwise. Only a known name: before a heading the corpus
 * has page prose ("smooth skin Hazards and Cautions Caution ..."), which stays as it is.
 */
export function nameBeforeSection(piece: string): string | null {
  const m = SECTION_IN.exec(piece);
  if (m === null) return null;
  const head = piece.slice(0, m.index).trim();
  return head.length > 0 && isKnownName(normalizeName(head)) ? head : null;
}

/** A label is short, not prose and not an ingredient name. */
export function isLabel(prefix: string): boolean {
  const t = cleanLabel(prefix);
  if (t.length === 0 || t.length > 90) return false;
  const words = t.split(' ');
  if (words.length > 12) return false;
  const n = normalizeName(t);
  if (n.length === 0) return false;
  return !isKnownName(n);
}
