/**
 * The footer cut: a "Clean at Sephora" / "formulated without" footer or a trailing disclaimer ends the list
 * (FOOTER_MARKERS in words.ts). Exact markers are found anywhere, also glued to the last ingredient; a marker
 * spelled with typos is accepted when no exact one is there.
 */
import { escapeRegExp } from '../../regexp';
import { editDistance, normalizeName } from '../normalize';
import { isKnownName } from '../vocab';
import { letterAt, NAME_SEPARATORS } from './chars';
import { INNER_GROUP } from './parens';
import { FOOTER_MARKERS, HEADER_WORDS, PAGE_CHROME_MARKERS } from './words';

/**
 * The typo-tolerant scan's phrases, grouped by their first word (several markers share one: "please",
 * "ingredient", "this"), the groups by that word's first letter: a word is compared with each first word
 * once, and with the rest of a phrase only when its first word matched.
 */
interface PhraseGroup {
  first: string;
  rests: string[][];
}
const FOOTER_BY_LETTER: PhraseGroup[][] = Array.from({ length: 26 }, () => []);
for (const m of FOOTER_MARKERS) {
  const [first, ...rest] = m.split(' ');
  const groups = FOOTER_BY_LETTER[first!.charCodeAt(0) - 97]!;
  const g = groups.find((x) => x.first === first);
  if (g) g.rests.push(rest);
  else groups.push({ first: first!, rests: [rest] });
}

/**
 * The exact markers, anywhere, ASCII letters in any case: one regular expression, so the engine's own
 * compiled scan does the search (a word-by-word loop that tried every marker cost 12 us a list, the
 * parser's second largest stage: node --cpu-prof, issue 9 item 7). Markers are letters and spaces only; in
 * a non-Unicode /i pattern no non-ASCII character folds to an ASCII letter, so this is the same
 * ASCII-only comparison as before. Every marker has two or more words, so its first word ends where a run
 * of letters ends, also when glued to the last ingredient ("PHENOXYETHANOLPlease be aware ...").
 */
const EXACT_FOOTER = new RegExp(FOOTER_MARKERS.map(escapeRegExp).join('|'), 'gi');

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

/** Do the words after s[pos] (the next letter runs, a few characters of gap each) match `words`? */
function restAt(s: string, pos: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    // the gap: spaces and punctuation, at most a few characters
    let gap = 0;
    while (pos < s.length && letterAt(s, pos) === 0 && gap < 4) {
      pos++;
      gap++;
    }
    let e = pos;
    while (e < s.length && letterAt(s, e) !== 0) e++;
    if (e === pos || !wordMatches(s, pos, e, words[k]!)) return false;
    pos = e;
  }
  return true;
}

/** A pattern for the letter runs wordMatches() can accept for `word`: its first letter, its length +- 1. */
function wordPattern(word: string): string {
  if (word.length < 4) return escapeRegExp(word);
  return `${word[0]}[A-Za-z]{${word.length - 2},${word.length}}`;
}

/**
 * Where a footer phrase spelled with typos can start: a run of ASCII letters wordMatches() can accept for a
 * phrase's first word, the gap restAt() allows (one to four characters that are not ASCII letters), and a
 * letter run it can accept for the phrase's second word. A necessary condition of the phrase test, found
 * by the regular expression engine's own scan: about 15,000 places over the corpus, where matching each
 * word of the right first letter and length was 490,000 (and 6 us a list before that as a letter-by-letter
 * loop: node --cpu-prof, issue 9 item 7).
 */
const PHRASE_START = (() => {
  const branches: string[] = [];
  for (const group of FOOTER_BY_LETTER.flat()) {
    const seconds = [...new Set(group.rests.map((r) => (r.length > 0 ? wordPattern(r[0]!) : '')))];
    const second = seconds.includes('') ? '' : `[^A-Za-z]{1,4}(?:${seconds.join('|')})`;
    branches.push(`${wordPattern(group.first)}${second}`);
  }
  return `(?<![A-Za-z])(?:${branches.join('|')})(?![A-Za-z])`;
})();

/**
 * The exact markers (group 1), page chrome (group 2) or a phrase start, in one scan of the text: two scans,
 * one per pattern, cost half as much again (node --cpu-prof, issue 9 item 7).
 */
const MARKER_OR_PHRASE = new RegExp(
  `(${EXACT_FOOTER.source})|(${PAGE_CHROME_MARKERS.map(escapeRegExp).join('|')})|${PHRASE_START}`,
  'gi',
);

/** Is there a footer phrase spelled with typos at s[i] (the start of a letter run)? */
function fuzzyFooterAt(s: string, i: number): boolean {
  let end = i;
  while (end < s.length && letterAt(s, end) !== 0) end++;
  const groups = FOOTER_BY_LETTER[letterAt(s, i) - 97]!;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    if (!wordMatches(s, i, end, group.first)) continue;
    for (let k = 0; k < group.rests.length; k++) if (restAt(s, end, group.rests[k]!)) return true;
  }
  return false;
}

/**
 * Start of the first footer marker at or after `from`: the exact markers anywhere (case-insensitive, also
 * glued to the last ingredient: "PHENOXYETHANOLPlease be aware ..."), page chrome, else the first marker
 * spelled with typos; null when none.
 */
function footerAt(s: string, from: number): { at: number; chrome: boolean } | null {
  const re = MARKER_OR_PHRASE;
  re.lastIndex = from;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[1] !== undefined) return { at: m.index, chrome: false };
    if (m[2] !== undefined) return { at: m.index, chrome: true };
    if (fuzzyFooterAt(s, m.index)) {
      // an exact marker further on still comes first (rare: a misspelt phrase before an exact one)
      EXACT_FOOTER.lastIndex = m.index;
      const exact = EXACT_FOOTER.exec(s);
      return { at: exact !== null ? exact.index : m.index, chrome: false };
    }
    // from the next character: an exact marker glued inside this candidate, or a phrase at its second word
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * A list header that starts a sentence ("... sulfates. Ingredients: Aqua", "\nINCI: Aqua"): HEADER_WORDS and a
 * colon, after a stop, a line break, a bar or a bullet. Only at a sentence start: inside a footer the same
 * words name what is NOT inside ("formulated without the following ingredients: Parabens, ...").
 */
const LIST_HEADER = new RegExp(
  `(?<=(?:^|[.!?;|*\u2022\n])[ \t]{0,3})(?:${[...HEADER_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|')})[ \t]*:`,
  'gi',
);

/** Where the next list header at a sentence start is, at or after `from` (-1: none). */
export function listHeaderAt(s: string, from: number): number {
  LIST_HEADER.lastIndex = from;
  return LIST_HEADER.exec(s)?.index ?? -1;
}

/** Where the footer's sentence starts ("Clean at Sephora products are ..." / "This product is"), back from `at`. */
function sentenceStart(s: string, at: number): number {
  let start = at;
  while (start > 0) {
    const c = s[start - 1]!;
    if (c === '.' || c === '\n' || c === '|' || c === '*' || c === '!') break;
    if (at - start > 80) return at;
    start--;
  }
  return start;
}

/** Where the sentence that holds s[at] ends: after its stop (a stop before a space, a line end) or the end. */
export function sentenceEnd(s: string, at: number): number {
  for (let i = at; i < s.length; i++) {
    const c = s[i];
    if (c === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && (i + 1 === s.length || s[i + 1] === ' ')) return i + 1;
  }
  return s.length;
}

/** Where one name of a list ends (as splitPieces() reads separators). */
const LIST_PART_END = new RegExp(`[${NAME_SEPARATORS}]`);
/** Known names among five names in a row: this many, and an INCI list is there. */
const LIST_NAMES = 3;
/** How far after a claim an INCI list may start (past an address or a size line on a saved whole page). */
const LIST_REACH = 1_500;

/**
 * Is there an INCI list in s[at, until) (at most LIST_REACH characters): three known names among five names in a row ("Aqua/Water,
 * Glycerin, Cetearyl Alcohol, ...")? Prose after a claim has no such run; a list after it does, also after
 * an address ("... 3011 AN; NL Aqua, Cocamidopropyl Betaine, ..."). Blank parts (",\n\n") are no names.
 */
export function listFollows(s: string, at: number, until: number): boolean {
  const parts = s
    .slice(at, Math.min(until, at + LIST_REACH))
    .replace(INNER_GROUP, '')
    .split(LIST_PART_END);
  // the last part may be cut off by the slice
  parts.pop();
  const known: boolean[] = [];
  let inWindow = 0;
  for (const part of parts) {
    let p = part;
    const slash = p.indexOf('/');
    if (slash > 0) p = p.slice(0, slash);
    const n = normalizeName(p);
    if (n.length === 0) continue;
    const k = isKnownName(n);
    known.push(k);
    if (k) inWindow++;
    if (known.length > 5 && known[known.length - 6]) inWindow--;
    if (inWindow >= LIST_NAMES) return true;
  }
  return false;
}

/**
 * The text before the footer, cut back to the start of the footer's sentence. A footer phrase with a list
 * header after it is a claim in front of the list ("Formulated without parabens. Ingredients: Aqua, ..."), not
 * the end of it: the claim, up to the header, is dropped and the search goes on after the header (a claim
 * before the list held a real one's retinol back: the whole text was cut). With no header, a claim's sentence
 * with an INCI list after it (listFollows) is a description's sentence, dropped alone (sephora_ca_2023: "Formulated
 * without talc and dermatologist tested, it is enriched with ...\n\n'Synthetic Fluorphlogopite, ...": the
 * list and its parfum were lost).
 */
export function cutFooter(s: string): string {
  let text = s;
  let from = 0;
  // bounded: each round drops a claim and moves past a header
  for (let round = 0; round < 8; round++) {
    const found = footerAt(text, from);
    if (found === null) return text;
    const at = found.at;
    const start = found.chrome ? at : sentenceStart(text, at);
    LIST_HEADER.lastIndex = at + 1;
    const header = LIST_HEADER.exec(text);
    // A claim in a description in front of the list ("This serum is formulated without retinol or
    // fragrance. Aqua, Glycerin, ..."): only its sentence goes when an INCI list follows it, before the next
    // footer and before any header (the whole list was cut; with a header far after the list, an "Active
    // Ingredients:" panel, the list between was dropped). A claim that introduces names ("formulated without
    // the following ingredients:\nSulfates, Parabens, ...", Sephora's footer) is followed by what is NOT
    // inside: the cut stands.
    if (!found.chrome) {
      const end = sentenceEnd(text, at);
      const introduces = /:|\bfollowing\b/i.test(text.slice(at, end));
      const until = Math.min(header?.index ?? text.length, footerAt(text, end)?.at ?? text.length);
      if (!introduces && end < until && listFollows(text, end, until)) {
        text = text.slice(0, start) + text.slice(end);
        from = start;
        continue;
      }
    }
    if (header === null) return text.slice(0, start);
    text = text.slice(0, start) + text.slice(header.index);
    from = start + header[0].length;
  }
  return text;
}
