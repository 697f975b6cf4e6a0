/** Whitespace inside a line is not significant; line breaks (one list per line) are. */
export const norm = (t: string | null) =>
  t === null
    ? null
    : t
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n');
