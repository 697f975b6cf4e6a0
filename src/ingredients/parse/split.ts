/** The whole text -> pieces at separators, each piece with what kind of boundary it follows. */
import { isDigitCode, isLower, NAME_SEPARATORS, trimmedSlice } from './chars';
import { pairedClose } from './parens';
import { ABBREVIATIONS } from './words';

/**
 * Where the pieces go, one call each, in order (no array of piece objects: real lists have 40 pieces on
 * average, 650,000 over the corpus). `full` stops the split (the item cap is reached).
 */
export interface PieceSink {
  readonly full: boolean;
  /**
   * @param hard the piece starts after a hard boundary (start, newline, |, sentence end, bracket)
   * @param openBracket a "[" opened just before this piece
   * @param closeBracket a "]" closed just after this piece
   */
  piece(text: string, hard: boolean, openBracket: boolean, closeBracket: boolean): void;
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

/**
 * Is the group s[open, close] "(and)" or "(&)"? Suppliers' blends are listed name by name with it
 * ("Dimethyl Isosorbide (and) Hydroxypinacolone Retinoate", "Water** (and) Argania Spinosa (Argan) Kernel
 * Oil* (and) Propanediol": 12 corpus lists), so it separates two names as a comma does; a name never
 * holds it.
 */
function isBlendJoin(s: string, open: number, close: number): boolean {
  if (close - open > 6) return false;
  const inner = trimmedSlice(s, open + 1, close).toLowerCase();
  return inner === 'and' || inner === '&';
}

/**
 * The characters splitPieces() stops at: ( ) , ; tab | newline [ ] . and the bullets and other non-ASCII
 * separators (• · ● ▪ ◆ ♦). Found by the regular expression engine's own scan (test() with lastIndex, no
 * match objects): the character-by-character loop it replaces cost 60 ms more over the corpus's 11.7 million
 * characters (issue 9 item 7).
 */
const SPLIT_AT = new RegExp(`[()[\\].${NAME_SEPARATORS}]`, 'g');

/**
 * Split text into pieces at separators outside (matched) parentheses: commas, semicolons, bullets and tabs
 * (soft), newlines, "|", brackets and sentence ends (hard: a label may follow).
 */
export function splitPieces(s: string, sink: PieceSink): void {
  let start = 0;
  let hard = true;
  let openBracket = false;
  const n = s.length;
  const at = SPLIT_AT;
  for (let i = 0; i <= n; i++) {
    // the next character to stop at; none left: the end of the text (i === n), a hard boundary
    at.lastIndex = i;
    i = at.test(s) ? at.lastIndex - 1 : n;
    const c = i < n ? s.charCodeAt(i) : 10;
    // a matched group: jump over it (separators inside parentheses do not split)
    // the end of this separator: i, or the ")" of an "(and)" joining two names
    let sepEnd = i;
    if (c === 40) {
      const close = pairedClose(s, i);
      if (close < 0) continue;
      if (!isBlendJoin(s, i, close)) {
        i = close;
        continue;
      }
      sepEnd = close;
    }
    let isHard = false;
    let close = false;
    let open = false;
    switch (c) {
      case 44: // ,
        if (i > 0 && i + 1 < n && isDigitCode(s.charCodeAt(i - 1)) && isDigitCode(s.charCodeAt(i + 1)))
          continue;
        break;
      case 40: // "(and)": a blend written out name by name
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
    if (text.length > 0 || close) {
      sink.piece(text, hard, openBracket, close);
      if (sink.full) return;
    }
    if (text.length > 0) {
      hard = isHard;
      openBracket = false;
    } else {
      hard = hard || isHard;
    }
    i = sepEnd;
    start = i + 1;
    if (open) openBracket = true;
  }
}
