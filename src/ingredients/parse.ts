/**
 * Ingredient text -> sub-lists of items.
 *
 * Real shop text is messy (see the data notes in ../shared/data/SOURCES.md, "Gotchas"): key-ingredient
 * blurbs glued in front, "Clean at Sephora" footers naming what is NOT inside, disclaimers, shade and
 * kit sections, "May contain" sections, bullets instead of commas, missing commas, python-list strings.
 *
 * Everything here is a linear scan or a bounded regex (no nested quantifiers), and the input is capped,
 * so any string returns quickly.
 */
import { editDistance, MAX_NAME_LENGTH, normalizeName, tokensOf } from './normalize';
import type { RuleMatch } from './match';
import type { Item, SubList } from './types';
import { isKnownName, maxWordsStartingWith } from './vocab';

/** Longest text we read; real lists (with footers) stay under 10 kB. */
export const MAX_TEXT_LENGTH = 100_000;
/** Most items per product (all sub-lists together). */
export const MAX_ITEMS = 2_000;
/** Parentheses further apart than this are treated as stray characters. */
const MAX_PAREN_SPAN = 200;
/** Raw item text is cut to this length. */
const MAX_RAW_LENGTH = 400;

const HEADER_WORDS = new Set([
  'ingredients',
  'ingredient',
  'ingredient list',
  'ingredients list',
  'full ingredients',
  'full ingredients list',
  'full ingredient list',
  'inci',
  'inci list',
  'inci ingredients',
  'ingredients inci',
  'ingredientes',
  'ingredienti',
  'inhaltsstoffe',
  'zutaten',
  'composition',
  'formula',
  'active ingredients',
  'active ingredient',
  'inactive ingredients',
  'inactive ingredient',
  'other ingredients',
  'actives',
  'drug facts active ingredients',
]);

const MAY_CONTAIN_MARKERS = [
  'may contain',
  'peut contenir',
  'kann enthalten',
  'puede contener',
  'pode conter',
];

/** Phrases that start a trailing disclaimer or a "free from" footer: the list ends there. */
const FOOTER_MARKERS = [
  'clean at sephora',
  'please be aware that ingredient',
  'please be aware that the ingredient',
  'ingredient lists may change',
  'ingredients lists may change',
  'please refer to the ingredient list on',
  'please refer to the product packaging',
  'please refer to the packaging',
  'ingredients are subject to change',
  'ingredient list is subject to change',
  'formulated without',
  'this product is free of',
  'this product is free from',
  'free of parabens',
  'free from parabens',
];

/** Words before a period that do not end a sentence ("Alcohol Denat.", "No. 4", "Ext. D&C"). */
const ABBREVIATIONS = new Set([
  'no',
  'nr',
  'ext',
  'extr',
  'denat',
  'sd',
  'st',
  'vit',
  'fl',
  'oz',
  'eg',
  'ie',
  'ci',
  'dr',
  'mr',
  'var',
  'ssp',
  'subsp',
  'spp',
  'sp',
  'cv',
  'hydrolyzed',
  'fd',
  'usp',
  'vs',
  'approx',
  'incl',
]);

const FOOTNOTE_CHARS = '*†‡°¹²³⁴⁵^#~§¶';
const LEGEND_WORDS = [
  'organic',
  'certified',
  'natural',
  'derived',
  'ingredient',
  'from',
  'contains',
  'fair',
  'wild',
  'biologique',
  'origin',
  'agriculture',
  'sustainabl',
  'color additive',
];

interface Piece {
  text: string;
  /** The piece starts after a hard boundary (start, newline, |, sentence end, bracket). */
  hard: boolean;
  /** A "[" opened just before this piece. */
  openBracket: boolean;
  /** A "]" closed just after this piece. */
  closeBracket: boolean;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 97 && k <= 122;
  return c.toLowerCase() === c && c.toUpperCase() !== c;
}
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

const PY_LIST_GAP = ' ,;•·\t\n';

/** Kaggle "['Water, Glycerin', 'Squalane']" and LookFantastic "['water', 'glycerin']" strings. */
function unwrapPythonList(text: string): string {
  const t = text.trim();
  if (t.length < 4 || t[0] !== '[' || (t[1] !== "'" && t[1] !== '"') || t[t.length - 1] !== ']') return text;
  const parts: string[] = [];
  let i = 1;
  while (i < t.length) {
    // between elements: ", " normally; any separator once the text was re-punctuated (" • ", "; ")
    while (i < t.length && PY_LIST_GAP.includes(t[i]!)) i++;
    const q = t[i];
    if (q !== "'" && q !== '"') break;
    let j = i + 1;
    let buf = '';
    while (j < t.length) {
      const c = t[j]!;
      if (c === '\\' && j + 1 < t.length) {
        buf += t[j + 1];
        j += 2;
        continue;
      }
      if (c === q) break;
      buf += c;
      j++;
    }
    parts.push(buf);
    i = j + 1;
  }
  if (parts.length === 0) return text;
  // Each element is an item (LookFantastic) or a comma list (Kaggle): both split fine on ", ".
  return parts.join(', ');
}

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Remove markup-like chunks: tags, shop codes such as <ILN42254>, the INCIDecoder "[more]" toggle. */
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/;

function stripMarkup(s: string): string {
  let out = s;
  if (out.indexOf('<') >= 0) out = out.replace(/<[^<>]{0,300}>/g, ' ');
  if (out.indexOf('[') >= 0) out = out.replace(/\[more\]/gi, ' ');
  if (ZERO_WIDTH.test(out)) out = out.replace(/[\u200b-\u200d\ufeff]/g, '');
  return out;
}

/** The footer markers as word sequences, for the typo-tolerant scan, by the first word's first letter. */
const FOOTER_BY_LETTER: string[][][] = Array.from({ length: 26 }, () => []);
/** The exact markers (lower case) by the last letter of their first word, with that word's length. */
const EXACT_FOOTER_BY_LAST: { marker: string; head: number }[][] = Array.from({ length: 26 }, () => []);
for (const m of FOOTER_MARKERS) {
  const words = m.split(' ');
  FOOTER_BY_LETTER[words[0]!.charCodeAt(0) - 97]!.push(words);
  const head = words[0]!.length;
  EXACT_FOOTER_BY_LAST[m.charCodeAt(head - 1) - 97]!.push({ marker: m, head });
}

/** Lower-case ASCII letter code of s[i] (0 when not an ASCII letter). */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i) | 0x20;
  return c >= 97 && c <= 122 ? c : 0;
}

/** Does the (lower-case) marker occur at s[at], ASCII letters compared case-insensitively? */
function markerAt(s: string, at: number, m: string): boolean {
  if (at + m.length > s.length) return false;
  for (let k = 0; k < m.length; k++) {
    const t = m.charCodeAt(k);
    const c = s.charCodeAt(at + k);
    if (c !== t && (t === 32 || c + 32 !== t)) return false;
  }
  return true;
}
/** The word s[start, end) equals the (lower-case) marker word, or is one typo away from one of 4+ letters. */
function wordMatches(s: string, start: number, end: number, target: string): boolean {
  const len = end - start;
  if (Math.abs(len - target.length) > (target.length >= 4 ? 1 : 0)) return false;
  if (letterAt(s, start) !== target.charCodeAt(0)) return false;
  // common prefix + common suffix (case-folded): one edit leaves at least the longer length - 2
  const tl = target.length;
  const min = Math.min(len, tl);
  let p = 0;
  while (p < min && letterAt(s, start + p) === target.charCodeAt(p)) p++;
  if (p === len && len === tl) return true;
  let q = 0;
  while (q < min - p && letterAt(s, end - 1 - q) === target.charCodeAt(tl - 1 - q)) q++;
  if (tl < 4 || p + q < Math.max(len, tl) - 2) return false;
  return editDistance(s.slice(start, end).toLowerCase(), target, 1) <= 1;
}

/** Does the phrase start with the word [start, end)? The following words are the next letter runs. */
function phraseAt(s: string, start: number, end: number, phrase: string[]): boolean {
  if (!wordMatches(s, start, end, phrase[0]!)) return false;
  let pos = end;
  for (let k = 1; k < phrase.length; k++) {
    // the gap: spaces and punctuation, at most a few characters
    let gap = 0;
    while (pos < s.length && letterAt(s, pos) === 0 && gap < 4) {
      pos++;
      gap++;
    }
    let e = pos;
    while (e < s.length && letterAt(s, e) !== 0) e++;
    if (e === pos || !wordMatches(s, pos, e, phrase[k]!)) return false;
    pos = e;
  }
  return true;
}

/**
 * Start of the first footer marker: the exact markers anywhere (case-insensitive, also glued to the last
 * ingredient: "PHENOXYETHANOLPlease be aware ..."), else the first one spelled with typos; -1 when none.
 * One pass over the text, word by word (runs of ASCII letters), no copy of it: a marker's first word
 * always ends where a letter run ends, so the exact markers are only tried there.
 */
function footerAt(s: string): number {
  const n = s.length;
  let fuzzy = -1;
  let i = 0;
  while (i < n) {
    const c = letterAt(s, i);
    if (c === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && letterAt(s, end) !== 0) end++;
    const exact = EXACT_FOOTER_BY_LAST[letterAt(s, end - 1) - 97]!;
    let found = -1;
    for (let k = 0; k < exact.length; k++) {
      const at = end - exact[k]!.head;
      if (at >= i && (found < 0 || at < found) && markerAt(s, at, exact[k]!.marker)) found = at;
    }
    if (found >= 0) return found;
    if (fuzzy < 0) {
      const phrases = FOOTER_BY_LETTER[c - 97]!;
      for (let k = 0; k < phrases.length; k++) {
        if (phraseAt(s, i, end, phrases[k]!)) {
          fuzzy = i;
          break;
        }
      }
    }
    i = end;
  }
  return fuzzy;
}

function cutFooter(s: string): string {
  const at = footerAt(s);
  if (at < 0) return s;
  const cut = at;
  // Walk back to the start of the footer's sentence ("Clean at Sephora products are ..." / "This product is").
  let start = cut;
  while (start > 0) {
    const c = s[start - 1]!;
    if (c === '.' || c === '\n' || c === '|' || c === '*' || c === '!') break;
    if (cut - start > 80) {
      start = cut;
      break;
    }
    start--;
  }
  return s.slice(0, start);
}

/** Function words of marketing prose that INCI names do not use. */
const PROSE_WORDS = new Set([
  'the',
  'that',
  'this',
  'to',
  'is',
  'are',
  'your',
  'you',
  'helps',
  'help',
  'with',
  'for',
  'while',
  'which',
  'its',
  'it',
  'may',
  'can',
  'skin',
  'skins',
  'an',
  'in',
  'on',
  'into',
  'from',
]);

/** Does the text contain a prose function word? */
function hasProseWord(text: string): boolean {
  for (const w of text.toLowerCase().split(/[^a-z]+/)) if (PROSE_WORDS.has(w)) return true;
  return false;
}

/** Does the text from `at` on look like the start of an INCI list (short comma-separated names)? */
function looksLikeList(s: string, at: number, caseless: boolean): boolean {
  const window = s.slice(at, at + 240);
  const parts = window.split(/[,•;]/);
  if (parts.length < 3) {
    // A one or two item list: accept when the first part is a known name.
    const first = normalizeName(parts[0] ?? '');
    return first.length > 0 && isKnownName(first);
  }
  let lowerWords = 0;
  let words = 0;
  let prose = false;
  for (let k = 0; k < 3; k++) {
    // count the words of the name itself: a kit label ("Acne Serum: ") and "(synonyms)" aside
    let p = parts[k]!;
    if (k === 0) {
      const colon = p.indexOf(':');
      if (colon >= 0 && colon < 60) p = p.slice(colon + 1);
    }
    const base = takeParens(p).base;
    if (base.length > 0) p = base;
    // the part up to a sentence end: "Retinyl Acetate (Vitamin A). Acne Serum: Water" -> "Retinyl Acetate"
    const stop = p.indexOf('. ');
    if (stop > 0) p = p.slice(0, stop);
    if (!prose) prose = hasProseWord(p);
    const ws = p.split(/\s+/).filter((w) => w.length > 0);
    if (ws.length === 0 || ws.length > 6) return false;
    if (ws[0] === 'and' || ws[0] === 'or') return false;
    for (const w of ws) {
      words++;
      if (isLower(w[0]) && w.length > 3) lowerWords++;
    }
  }
  if (isKnownName(normalizeName(parts[0]!))) return true;
  // Descriptions are sentence case; INCI lists are Title Case or UPPER. Text in one case: structure only
  // (short parts, no prose function words such as "the", "that", "helps").
  if (caseless) return words / 3 <= 3 || (words / 3 <= 5 && !prose);
  return lowerWords / Math.max(1, words) < 0.34;
}

/** Is the first item of the text from `at` (up to a separator) a known ingredient name? */
function startsWithKnownName(s: string, at: number): boolean {
  let end = at;
  const limit = Math.min(s.length, at + 120);
  while (end < limit) {
    const c = s[end]!;
    if (c === ',' || c === '•' || c === ';' || c === '\n' || c === '.') break;
    end++;
  }
  const base = takeParens(s.slice(at, end)).base;
  const slash = base.indexOf('/');
  const n = normalizeName(base);
  if (n.length > 0 && isKnownName(n)) return true;
  if (slash > 0) {
    const first = normalizeName(base.slice(0, slash));
    return first.length > 0 && isKnownName(first);
  }
  return false;
}

/**
 * Drop key-ingredient blurbs glued in front of the list:
 * "-Retinol: boosts ... barrier.Water/Aqua/Eau, Glycerin, ..." -> "Water/Aqua/Eau, Glycerin, ...".
 */
function stripBlurbs(s: string): string {
  let pos = 0;
  let caseless: boolean | null = null; // computed on the first blurb only (two copies of the text)
  for (let guard = 0; guard < 50; guard++) {
    while (pos < s.length && (isSpace(s[pos]) || s[pos] === '\n')) pos++;
    const c = s[pos];
    if (c !== '-' && c !== '•' && c !== '–') return s.slice(pos);
    caseless ??= s.toLowerCase() === s || s.toUpperCase() === s;
    const colon = s.indexOf(':', pos);
    const comma = s.indexOf(',', pos);
    if (colon < 0 || colon - pos > 100 || (comma >= 0 && comma < colon)) return s.slice(pos);
    // "-Glacial Glycoprotein -Avocado OilUltra Facial Cleanser:Aqua/Water/Eau, Glycerin, ...": a label
    // in front of a list, not a blurb
    if (startsWithKnownName(s, colon + 1)) return s.slice(pos);
    // Candidate ends: after ".", "!", "?" or a newline, within the next 1,000 characters.
    let found = -1;
    const limit = Math.min(s.length, colon + 1000);
    for (let i = colon + 1; i < limit; i++) {
      const ch = s[i];
      if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\n') continue;
      let j = i + 1;
      while (j < s.length && (isSpace(s[j]) || s[j] === '\n')) j++;
      if (j >= s.length) {
        return '';
      }
      const nx = s[j];
      if (nx === '-' || nx === '•' || nx === '–') {
        found = j;
        break;
      }
      if ((caseless || !isLower(nx)) && looksLikeList(s, j, caseless)) {
        return s.slice(j);
      }
    }
    if (found < 0) return s.slice(pos);
    pos = found;
  }
  return s.slice(pos);
}

/** For each "(" / ")" the index of its partner, or -1 when unmatched or too far apart. */
const MAX_SHARED_PARENS = 32_768;
let parenBuffer = new Int32Array(4096);
const parenStack: number[] = [];

/**
 * For each "(" / ")" the index of its partner, or -1 when unmatched or too far apart. Returns a shared
 * buffer (valid until the next call): no allocation per list.
 */
function matchParens(s: string): Int32Array {
  // the shared buffer grows to typical list sizes only; a huge text gets its own, dropped afterwards
  if (parenBuffer.length < s.length && s.length <= MAX_SHARED_PARENS) {
    parenBuffer = new Int32Array(Math.min(MAX_SHARED_PARENS, s.length * 2));
  }
  const partner = parenBuffer.length >= s.length ? parenBuffer : new Int32Array(s.length);
  partner.fill(-1, 0, s.length);
  const stack = parenStack;
  stack.length = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) stack.push(i);
    else if (c === 41 && stack.length > 0) {
      const open = stack.pop()!;
      if (i - open <= MAX_PAREN_SPAN) {
        partner[open] = i;
        partner[i] = open;
      }
    } else if (c === 10) {
      stack.length = 0; // parentheses never span lines
    }
  }
  return partner;
}

/** The letters just before index i (at most 12), lower-cased: "Denat." -> "denat". */
function previousWord(s: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && i - 1 - k < 12) {
    const c = s.charCodeAt(k) | 0x20;
    if (c < 97 || c > 122) break;
    k--;
  }
  return s.slice(k + 1, i).toLowerCase();
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII characters splitPieces() looks at: ( ) , ; tab | newline [ ] . */
const SPLIT_ASCII = new Uint8Array(128);
for (const ch of '(),;\t|\n[].') SPLIT_ASCII[ch.charCodeAt(0)] = 1;
/** Bullets and other non-ASCII separators (• · ● ▪ ◆ ♦). */
const SPLIT_UNICODE = new Set([0x2022, 0xb7, 0x25cf, 0x25aa, 0x25c6, 0x2666]);

/** White space as String.prototype.trim() sees it. */
function isTrimSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** s.slice(start, end).trim() with one slice instead of two. */
function trimmedSlice(s: string, start: number, end: number): string {
  while (start < end && isTrimSpace(s.charCodeAt(start))) start++;
  while (end > start && isTrimSpace(s.charCodeAt(end - 1))) end--;
  return start === end ? '' : s.slice(start, end);
}

/** Split text into pieces at separators outside parentheses. */
function splitPieces(s: string): Piece[] {
  const hasParens = s.indexOf('(') >= 0;
  const partner = hasParens ? matchParens(s) : null;
  const pieces: Piece[] = [];
  let depth = 0;
  let start = 0;
  let hard = true;
  let openBracket = false;
  const n = s.length;
  for (let i = 0; i <= n; i++) {
    // i === n: the end of the text, a hard boundary
    const c = i < n ? s.charCodeAt(i) : 10;
    // most characters are letters and spaces: one table look-up and on
    if (c < 128 ? SPLIT_ASCII[c] === 0 : !SPLIT_UNICODE.has(c)) continue;
    if (partner !== null && (c === 40 || c === 41) && partner[i]! >= 0) {
      if (c === 40) depth++;
      else if (depth > 0) depth--;
      continue;
    }
    if (depth > 0 && i < n) continue;
    let isHard = false;
    let close = false;
    let open = false;
    switch (c) {
      case 44: // ,
        if (i > 0 && i + 1 < n && isDigitCode(s.charCodeAt(i - 1)) && isDigitCode(s.charCodeAt(i + 1)))
          continue;
        break;
      case 59: // ;
      case 0x2022: // •
      case 0xb7: // ·
      case 0x25cf: // ●
      case 0x25aa: // ▪
      case 0x25c6: // ◆
      case 0x2666: // ♦
      case 9: // tab
        break;
      case 124: // |
      case 10: // newline
        isHard = true;
        break;
      case 91: // [
        isHard = true;
        open = true;
        break;
      case 93: // ]
        isHard = true;
        close = true;
        break;
      case 46: {
        // .
        const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
        const next = i + 1 < n ? s.charCodeAt(i + 1) : 32;
        if (isDigitCode(prev) && isDigitCode(next)) continue;
        if (i + 1 < n && (isDigitCode(next) || isLower(s[i + 1]))) continue;
        const w = previousWord(s, i);
        if (w.length === 1 || ABBREVIATIONS.has(w)) continue;
        isHard = true;
        break;
      }
      default:
        continue;
    }
    // a separator: close the piece [start, i)
    const text = trimmedSlice(s, start, i);
    if (text.length > 0 || close) pieces.push({ text, hard, openBracket, closeBracket: close });
    if (text.length > 0) {
      hard = isHard;
      openBracket = false;
    } else {
      hard = hard || isHard;
    }
    start = i + 1;
    if (open) openBracket = true;
  }
  return pieces;
}

const HEADER_LAST = ['ingredients', 'ingredient', 'inci'];
const HEADER_QUALIFIERS = ['active', 'inactive', 'other', 'full', 'key', 'main', 'major', 'list'];

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
function headerRest(prefix: string): string | null {
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

/** Top-level colon (outside parentheses), or -1. */
function labelColon(s: string): number {
  let depth = 0;
  const limit = Math.min(s.length, 120);
  for (let i = 0; i < limit; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ':' && depth === 0) {
      // "Ratio 1:1" style digits on both sides is not a label
      if (isDigit(s[i - 1]) && isDigit(s[i + 1])) continue;
      return i;
    }
  }
  return -1;
}

function isMayContainMarker(lower: string): boolean {
  if (lower.includes('+/-') || lower.includes('+/–') || lower.includes('±')) return true;
  for (const m of MAY_CONTAIN_MARKERS) if (lower.includes(m)) return true;
  return false;
}

const ALL_MAY_MARKERS = ['+/-', '+/–', '±', ...MAY_CONTAIN_MARKERS];

/** Strip a leading "May contain/Peut contenir (+/-)" marker without a colon; returns null if none. */
function stripMayContainPrefix(s: string): string | null {
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

function cleanLabel(s: string): string {
  return s
    .replace(/[™®©]/g, '')
    .replace(/^[\s\-–•*.]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A label is short, not prose and not an ingredient name. */
function isLabel(prefix: string): boolean {
  const t = cleanLabel(prefix);
  if (t.length === 0 || t.length > 90) return false;
  const words = t.split(' ');
  if (words.length > 12) return false;
  const n = normalizeName(t);
  if (n.length === 0) return false;
  return !isKnownName(n);
}

function isFootnoteChar(c: string | undefined): boolean {
  return c !== undefined && FOOTNOTE_CHARS.includes(c);
}

/** "*Certified Organic Ingredient", "**made from organic ..." : a legend, not an ingredient. */
function isLegend(text: string): boolean {
  const t = text.trim();
  if (!isFootnoteChar(t[0])) return false;
  const rest = t.replace(/^[*†‡°¹²³⁴⁵^#~§¶\s]+/, '').toLowerCase();
  if (rest.length === 0) return true;
  if (rest.split(/\s+/).length > 5) return true;
  return LEGEND_WORDS.some((w) => rest.includes(w));
}

/** "15%", "7.5 %", "0,5%", ".50%" (a leading decimal point). */
const PERCENT_RE = /(\d{1,3}(?:[.,]\d{1,4})?|(?<![\d.,])[.,]\d{1,4})\s?%/;

/** Split top-level on a character, ignoring it inside parentheses. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** Remove top-level parenthesised groups; return the remaining text and the groups' contents. */
function takeParens(s: string): { base: string; groups: { content: string; after: string }[] } {
  const groups: { content: string; after: string }[] = [];
  if (s.indexOf('(') < 0) return { base: s.trim(), groups };
  const chunks: string[] = [];
  let depth = 0;
  let groupStart = -1;
  let baseStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(') {
      if (depth === 0) {
        chunks.push(s.slice(baseStart, i));
        groupStart = i + 1;
      }
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        groups.push({ content: s.slice(groupStart, i), after: s.slice(i + 1) });
        baseStart = i + 1;
      }
    }
  }
  if (depth > 0)
    chunks.push(s.slice(groupStart)); // unclosed: keep the text
  else chunks.push(s.slice(baseStart));
  return { base: chunks.join(' ').replace(/\s+/g, ' ').trim(), groups };
}

const JUNK_ALIASES = new Set([
  'nano',
  'organic',
  'and',
  'or',
  'vegan',
  'natural',
  'bio',
  'certified organic',
  'cosmos',
]);

/** Anything cleanName() would change: footnote marks, odd or doubled spaces, junk at either end. */
const NEEDS_CLEAN = /[*†‡°¹²³⁴⁵^~§¶]|[^\S ]|\s\s|^[\s\-–.:'"`]|[\s\-–.:'"`]$/;

function cleanName(s: string): string {
  if (!NEEDS_CLEAN.test(s)) return s;
  let t = s.replace(/[*†‡°¹²³⁴⁵^~§¶]/g, '').replace(/\s+/g, ' ');
  t = t.replace(/^[\s\-–.:'"`]+/, '').replace(/[\s\-–.:'"`]+$/, '');
  return t.trim();
}

function isPolymer(n: string): boolean {
  return /(?:^|\s)(?:co|cross)?polymer$/.test(n);
}

/** Add a cleaned synonym (not junk such as "organic", no duplicates, at most 12). */
function addAlias(aliases: string[], a: string): void {
  const c = cleanName(a);
  if (c.length === 0 || c.length > MAX_NAME_LENGTH) return;
  if (JUNK_ALIASES.has(c.toLowerCase())) return;
  if (!aliases.includes(c) && aliases.length < 12) aliases.push(c);
}

/** Build an Item from one piece of text. */
export function makeItem(raw: string, position: number, mayContain: boolean): Item {
  const rawCut = raw.length > MAX_RAW_LENGTH ? raw.slice(0, MAX_RAW_LENGTH) : raw;
  let text = rawCut;
  let percent: number | undefined;
  const pm = PERCENT_RE.exec(text);
  if (pm) {
    const num = pm[1]!.replace(',', '.');
    percent = Number.parseFloat(num.startsWith('.') ? `0${num}` : num);
    text = text.slice(0, pm.index) + ' ' + text.slice(pm.index + pm[0].length);
    text = text.replace(/\(\s*\)/g, ' ');
  }
  const { base, groups } = takeParens(text);
  const aliases: string[] = [];
  let name = cleanName(base);
  for (const g of groups) {
    const inner = takeParens(g.content);
    for (const part of splitTop(inner.base, ',')) addAlias(aliases, part);
    for (const ig of inner.groups) addAlias(aliases, ig.content);
    // "Melaleuca Alternifolia (Tea Tree) Leaf Oil" -> also "Tea Tree Leaf Oil"
    const after = cleanName(takeParens(g.after).base);
    if (after.length > 0 && inner.base.length > 0 && inner.base.length < 40)
      addAlias(aliases, `${inner.base} ${after}`);
  }
  if (name.length === 0 && aliases.length > 0) name = aliases.shift()!;
  // Slash synonyms: "Water/Aqua/Eau" -> Water + [Aqua, Eau]; but "Caprylic/Capric Triglyceride" is one name.
  if (name.includes('/')) {
    const n = normalizeName(name);
    if (!isPolymer(n)) {
      const parts = splitTop(name, '/')
        .map(cleanName)
        .filter((p) => p.length > 0);
      const spaced = name.includes(' /') || name.includes('/ ');
      const known = parts.filter((p) => isKnownName(normalizeName(p))).length;
      const wholeKnown = isKnownName(n);
      // Synonym lists ("Water/Aqua/Eau", "AQUA / WATER / EAU") split; a known two-part name such as
      // "Caprylic/Capric Triglyceride" stays whole and keeps its parts as aliases.
      const synonymList = spaced || (known === parts.length && parts.length >= 3);
      if (parts.length > 1 && wholeKnown && !synonymList) {
        for (const p of parts) addAlias(aliases, p);
      } else if (parts.length > 1 && (synonymList || (!wholeKnown && known >= 1))) {
        name = parts[0]!;
        const rest = parts.slice(1);
        for (let k = rest.length - 1; k >= 0; k--) {
          if (!aliases.includes(rest[k]!)) aliases.unshift(rest[k]!);
        }
      }
    }
  }
  if (name.length > MAX_NAME_LENGTH) name = name.slice(0, MAX_NAME_LENGTH);
  const item: Item = { position, raw: rawCut.trim(), name, aliases };
  if (percent !== undefined && Number.isFinite(percent)) item.percent = percent;
  if (mayContain) item.mayContain = true;
  return item;
}

/**
 * A piece with missing commas ("Caprylic/Capric Triglyceride Dicaprylyl Carbonate Squalane Rosa Canina
 * Fruit Oil"): split by greedy longest known-name segmentation. Returns null when that does not explain
 * the piece well (then it stays one item).
 */
function segment(piece: string): string[] | null {
  // cheap exits first: fewer than five words, or the whole piece is one known (long) name
  let spaces = 0;
  for (let i = 0; i < piece.length; i++) if (piece.charCodeAt(i) === 32) spaces++;
  if (spaces < 4) return null;
  const whole = normalizeName(takeParens(piece).base);
  if (whole.length > 0 && isKnownName(whole)) return null;
  // words, with parenthesised groups glued to the previous word
  const words: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < piece.length; i++) {
    const c = piece[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (c === ' ' || c === '\u00a0')) {
      if (cur.length > 0) words.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur.length > 0) words.push(cur);
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
  return out;
}

/**
 * What an item's text always parses to, whatever its position: cached per piece of text, because real
 * lists repeat the same names (Water, Glycerin, ...) over and over. `match` is filled in by analyze().
 */
export interface ItemProto {
  raw: string;
  name: string;
  aliases: string[];
  percent?: number;
  /** normalizeName(name) */
  norm: string;
  /** The matcher's answer, once computed (undefined: not yet). */
  match?: RuleMatch | null;
}

const MAX_PROTO_CACHE = 50_000;
/** Pieces that may be split at missing commas, and pieces that may not: two maps, no key concatenation. */
const protoCache = new Map<string, ItemProto[]>();
const protoCacheWhole = new Map<string, ItemProto[]>();

/** Empty the per-piece cache (after a warm-up). */
export function clearParseCache(): void {
  protoCache.clear();
  protoCacheWhole.clear();
}

/** One piece of text -> its items (missing commas split by segment()), legends and empty names dropped. */
function protosFor(body: string, allowSegment: boolean): ItemProto[] {
  const cache = allowSegment ? protoCache : protoCacheWhole;
  const hit = cache.get(body);
  if (hit) return hit;
  const out: ItemProto[] = [];
  const seg = allowSegment && body.length > 40 && !body.includes(':') ? segment(body) : null;
  for (const raw of seg ?? [body]) {
    const trimmed = raw.trim();
    if (trimmed.length === 0 || isLegend(trimmed)) continue;
    const item = makeItem(trimmed, 1, false);
    const norm = normalizeName(item.name);
    if (norm.length === 0 && item.aliases.length === 0) continue;
    const proto: ItemProto = { raw: item.raw, name: item.name, aliases: item.aliases, norm };
    if (item.percent !== undefined) proto.percent = item.percent;
    out.push(proto);
  }
  if (cache.size >= MAX_PROTO_CACHE) cache.clear();
  cache.set(body, out);
  return out;
}

/** Parse ingredient text into sub-lists (shades, kit parts) of items. Never throws. */
export function parse(input: string): SubList[] {
  return parseDetailed(input).lists;
}

/** parse(), plus each item's cached proto (same shape as lists: protos[list][item]). */
/** The lists being built (a class, not closures: no per-call function objects on this hot path). */
class ListBuilder {
  readonly lists: SubList[] = [];
  readonly protos: ItemProto[][] = [];
  current: SubList = { label: null, items: [] };
  currentProtos: ItemProto[] = [];
  /** Index in current.items where the current hard segment started. */
  segmentStart = 0;
  mayContain = false;
  mayBracket = false;
  total = 0;

  startList(label: string): void {
    this.flush();
    this.current = { label, items: [] };
    this.currentProtos = [];
    this.segmentStart = 0;
    this.mayContain = false;
    this.mayBracket = false;
  }

  flush(): void {
    if (this.current.items.length > 0) {
      this.lists.push(this.current);
      this.protos.push(this.currentProtos);
    }
  }

  addItems(body: string, allowSegment: boolean): void {
    const ps = protosFor(body, allowSegment);
    const items = this.current.items;
    for (let k = 0; k < ps.length; k++) {
      if (this.total >= MAX_ITEMS) return;
      const p = ps[k]!;
      const item: Item = {
        position: items.length + 1,
        raw: p.raw,
        name: p.name,
        aliases: p.aliases.length > 0 ? p.aliases.slice() : [],
      };
      if (p.percent !== undefined) item.percent = p.percent;
      if (this.mayContain) item.mayContain = true;
      items.push(item);
      this.currentProtos.push(p);
      this.total++;
    }
  }

  /** One piece of the split text: labels, headers and markers first, then its items. */
  addPiece(piece: Piece): void {
    const current = this.current;
    if (piece.hard) this.segmentStart = current.items.length;
    if (piece.openBracket && isMayContainMarker(piece.text.slice(0, 40).toLowerCase())) {
      this.mayContain = true;
      this.mayBracket = true;
    }
    let body = piece.text;
    // Labels and headers: "Shade A: ...", "Ingredients: ...", "May Contain/Peut Contenir (+/-): ..."
    for (let k = 0; k < 3 && body.indexOf(':') >= 0; k++) {
      const colon = labelColon(body);
      if (colon < 0) break;
      const prefix = body.slice(0, colon);
      const lower = normalizeName(prefix);
      const rest = HEADER_WORDS.has(lower) ? '' : headerRest(prefix);
      if (rest !== null) {
        // "Octocrylene 5.0% Inactive Ingredients: ..." (a missing comma): the name before the header stays
        if (rest.length > 0 && (rest.includes('%') || isKnownName(normalizeName(rest))))
          this.addItems(rest, false);
        body = body.slice(colon + 1).trim();
        continue;
      }
      if (isMayContainMarker(prefix.toLowerCase())) {
        this.mayContain = true;
        body = body.slice(colon + 1).trim();
        continue;
      }
      if (isLabel(prefix)) {
        let label = cleanLabel(prefix);
        // Cult Beauty style "Crash, Haze, Hot Mess: Talc, ...": the earlier names of this segment
        // belong to the label when they are few, short and not ingredient names.
        const cur = this.current;
        const back = cur.items.slice(this.segmentStart);
        if (
          !piece.hard &&
          back.length > 0 &&
          back.length <= 8 &&
          back.every((it) => it.raw.split(/\s+/).length <= 4 && !isKnownName(normalizeName(it.name)))
        ) {
          label = [...back.map((it) => cleanLabel(it.raw)), label].join(', ');
          cur.items.length = this.segmentStart;
          this.currentProtos.length = this.segmentStart;
          this.total -= back.length;
        }
        this.startList(label);
        body = body.slice(colon + 1).trim();
        continue;
      }
      break;
    }
    const stripped = stripMayContainPrefix(body);
    if (stripped !== null) {
      this.mayContain = true;
      body = stripped.trim();
    }
    if (body.length > 0) this.addItems(body, true);
    if (piece.closeBracket && this.mayBracket) {
      this.mayContain = false;
      this.mayBracket = false;
    }
  }
}

export function parseDetailed(input: string): { lists: SubList[]; protos: ItemProto[][] } {
  let text = typeof input === 'string' ? input : '';
  if (text.length > MAX_TEXT_LENGTH) text = text.slice(0, MAX_TEXT_LENGTH);
  text = unwrapPythonList(text);
  text = decodeEntities(stripMarkup(text));
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  text = cutFooter(text);
  text = stripBlurbs(text);

  const b = new ListBuilder();
  const pieces = splitPieces(text);
  for (let k = 0; k < pieces.length && b.total < MAX_ITEMS; k++) b.addPiece(pieces[k]!);
  b.flush();
  // A single unlabeled list stays unlabeled; a labeled first list keeps its label.
  return { lists: b.lists, protos: b.protos };
}

/** Tokens of an item (name and aliases), for the pattern rules. */
export function itemTokens(item: Item): string[] {
  const out: string[] = [];
  for (const s of [item.name, ...item.aliases]) {
    for (const t of tokensOf(normalizeName(s))) if (!out.includes(t)) out.push(t);
  }
  return out;
}
