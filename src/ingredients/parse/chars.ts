/** Character tests shared by the parser's stages (plain code-unit checks: no regex on the hot paths). */

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** A lower-case letter (ASCII fast path; otherwise any script with case). */
export function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 97 && k <= 122;
  return c.toLowerCase() === c && c.toUpperCase() !== c;
}

/** Space, tab or no-break space (not a newline: newlines are boundaries). */
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Lower-case ASCII letter code of s[i] (0 when not an ASCII letter). */
export function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i) | 0x20;
  return c >= 97 && c <= 122 ? c : 0;
}

/** White space as String.prototype.trim() sees it. */
export function isTrimSpace(c: number): boolean {
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
export function trimmedSlice(s: string, start: number, end: number): string {
  while (start < end && isTrimSpace(s.charCodeAt(start))) start++;
  while (end > start && isTrimSpace(s.charCodeAt(end - 1))) end--;
  return start === end ? '' : s.slice(start, end);
}

/**
 * The characters that end one name of a list, as splitPieces() reads them: comma, semicolon, tab, "|", line
 * end and the bullets (• · ● ▪ ◆ ♦). The stages that look ahead for a list (blurbs.ts, footer.ts) read the
 * same set, so a list that splits is also a list they see. None is special inside a character class.
 */
export const NAME_SEPARATORS = ',;\t|\n\u2022\u00b7\u25cf\u25aa\u25c6\u2666';
