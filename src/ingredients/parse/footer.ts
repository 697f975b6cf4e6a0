/**
 * The footer cut: a "Clean at Sephora" / "formulated without" footer or a trailing disclaimer ends the list
 * (FOOTER_MARKERS in words.ts). Exact markers are found anywhere, also glued to the last ingredient; a marker
 * spelled with typos is accepted when no exact one is there.
 */
import { editDistance } from '../normalize';
import { letterAt } from './chars';
import { FOOTER_MARKERS } from './words';

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

/** The text before the footer, cut back to the start of the footer's sentence. */
export function cutFooter(s: string): string {
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
