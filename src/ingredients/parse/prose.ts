/**
 * A text that describes a product instead of listing its ingredients: Boots page prose such as "...this
 * facial wash is formulated with a powerful combination of AHA (glycolic acid), BHA (salicylic acid) and PHA
 * (gluconolactone)." The names stand inside sentences, not in a list, and nothing outside the INCI list
 * counts (tests/fixtures/ingredients/README.md, labelling rules; issue 9 item 3). analyze() decides with
 * these two shapes and the matcher's answers.
 */
import { PROSE_WORDS } from './words';

/** An item this long, with two prose function words, is a sentence. */
const PROSE_MIN_WORDS = 6;
/** An item this short, with no prose function word, reads as an ingredient name. */
const NAME_MAX_WORDS = 5;

/** Words and prose function words ("this", "with", "your") of a text (blurbs.ts asks it too). */
export function wordCounts(raw: string): { words: number; prose: number } {
  let words = 0;
  let prose = 0;
  for (const w of raw.toLowerCase().split(/[^a-z]+/)) {
    if (w.length === 0) continue;
    words++;
    if (PROSE_WORDS.has(w)) prose++;
  }
  return { words, prose };
}

/** An item that reads as a sentence: six or more words, two of them prose function words. */
export function isProseItem(raw: string): boolean {
  // fewer than five spaces: too short for a sentence, no need to read its words
  let spaces = 0;
  for (let i = 0; i < raw.length && spaces < PROSE_MIN_WORDS - 1; i++) if (raw.charCodeAt(i) === 32) spaces++;
  if (spaces < PROSE_MIN_WORDS - 1) return false;
  const c = wordCounts(raw);
  return c.words >= PROSE_MIN_WORDS && c.prose >= 2;
}

/** An item shaped like an ingredient name: five words at most, no prose function word. */
export function isNameLike(raw: string): boolean {
  const c = wordCounts(raw);
  return c.words > 0 && c.words <= NAME_MAX_WORDS && c.prose === 0;
}
