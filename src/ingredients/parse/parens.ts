/**
 * Parentheses, read two ways, each written once:
 * - closingParen(): plain depth counting inside one piece of text (an item, a label, a missing-comma run):
 *   "(" opens, ")" closes, a stray ")" is ignored and an unclosed "(" runs to the end. splitTop, takeParens,
 *   topLevelWords and the label colon (labels.ts) skip groups with it.
 * - pairedClose(): for the whole text before it is cut into pieces (split.ts), where one stray "(" must not
 *   swallow the rest of the list: pairs are matched line by line, and only within MAX_PAREN_SPAN characters.
 */

/** Index of the ")" that closes the "(" at `open` (nested groups counted), or -1 when none does before `end`. */
export function closingParen(s: string, open: number, end: number = s.length): number {
  let depth = 1;
  for (let i = open + 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i;
  }
  return -1;
}

/** Split on a character outside parentheses: "A, B (c, d), E" on "," -> ["A", " B (c, d)", " E"]. */
export function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  const code = sep.charCodeAt(0);
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) {
      const close = closingParen(s, i);
      if (close < 0) break; // unclosed: no separator after it is top-level
      i = close;
    } else if (c === code) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

export interface ParenGroup {
  /** The text inside the parentheses. */
  content: string;
  /** The text after the closing parenthesis. */
  after: string;
}

/** Remove top-level parenthesised groups; return the remaining text and the groups' contents. */
export function takeParens(s: string): { base: string; groups: ParenGroup[] } {
  const groups: ParenGroup[] = [];
  let open = s.indexOf('(');
  if (open < 0) return { base: s.trim(), groups };
  const chunks: string[] = [];
  let rest = 0;
  while (open >= 0) {
    chunks.push(s.slice(rest, open));
    const close = closingParen(s, open);
    if (close < 0) {
      rest = open + 1; // unclosed: keep its text
      break;
    }
    groups.push({ content: s.slice(open + 1, close), after: s.slice(close + 1) });
    rest = close + 1;
    open = s.indexOf('(', rest);
  }
  chunks.push(s.slice(rest));
  return { base: chunks.join(' ').replace(/\s+/g, ' ').trim(), groups };
}

/** Words split at spaces outside parentheses: "Rosa Canina (Dog Rose) Oil" -> Rosa, Canina, (Dog Rose), Oil. */
export function topLevelWords(s: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) {
      const close = closingParen(s, i);
      if (close < 0) break; // unclosed: the rest is one word
      i = close;
    } else if (c === 32 || c === 0xa0) {
      if (i > start) words.push(s.slice(start, i));
      start = i + 1;
    }
  }
  if (s.length > start) words.push(s.slice(start));
  return words;
}

/** Parentheses further apart than this are treated as stray characters. */
const MAX_PAREN_SPAN = 200;

/**
 * The ")" that pairs with the "(" at `open` in the whole text (split.ts), or -1: nested groups counted, on
 * the same line (parentheses never span lines), within MAX_PAREN_SPAN characters. The same pairs as matching
 * the whole text with a stack, line by line, found only where the splitter meets a "(" outside a group
 * (no pass over the text and no buffer for lists without parentheses); at most MAX_PAREN_SPAN characters
 * read per "(", so any text stays linear.
 */
export function pairedClose(s: string, open: number): number {
  const end = Math.min(s.length, open + MAX_PAREN_SPAN + 1);
  let depth = 1;
  for (let i = open + 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 41) {
      if (--depth === 0) return i;
    } else if (c === 40) depth++;
    else if (c === 10) return -1;
  }
  return -1;
}

/** A bracketed group with no bracket inside it ("Aqua (Water)"); global, for replace(). */
export const INNER_GROUP = /\([^()]*\)/g;
