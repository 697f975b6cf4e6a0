/** Noisy variants of an ingredient list for the evaluation: case, bullets and seeded typos. */

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One typo (swap, drop, double or replace one letter) in every word of 4 or more letters. */
export function typoEveryWord(text: string, seed: number): string {
  const rand = rng(seed);
  return text.replace(/[A-Za-z]{4,}/g, (w) => {
    const i = 1 + Math.floor(rand() * (w.length - 2)); // keep the first letter, as real typos mostly do
    const op = Math.floor(rand() * 4);
    if (op === 0) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
    if (op === 1) return w.slice(0, i) + w.slice(i + 1); // drop
    if (op === 2) return w.slice(0, i) + w[i] + w.slice(i); // double
    let c = LETTERS[Math.floor(rand() * 26)]!;
    if (c === w[i]!.toLowerCase()) c = c === 'z' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1);
    const cc = w[i] === w[i]!.toUpperCase() ? c.toUpperCase() : c;
    return w.slice(0, i) + cc + w.slice(i + 1); // replace
  });
}

/** Commas and semicolons at the top level become " • " (Boots style). */
export function bullets(text: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    const digitComma = c === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if ((c === ',' || c === ';') && depth === 0 && !digitComma) out += ' •';
    else out += c;
  }
  return out;
}

export const VARIANTS: Record<string, (text: string, seed: number) => string> = {
  clean: (t) => t,
  upper: (t) => t.toUpperCase(),
  lower: (t) => t.toLowerCase(),
  bullets: (t) => bullets(t),
  typos: (t, seed) => typoEveryWord(t, seed),
};
