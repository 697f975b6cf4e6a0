/**
 * A key-ingredients section in front of the list: "Key Ingredients: Vitamin C, Retinol, Niacinamide\n
 * Ingredients: Aqua, ...". It names a few ingredients by their common names ("Vitamin C" for a derivative,
 * "Retinol" for a retinoid ester) with what they do; only the INCI list counts (issue 9 item 3:
 * tests/fixtures/ingredients/README.md, labelling rules). Read as the list, it gave every product a vitamin C
 * and a retinol the list did not hold.
 */
import { listFollows, listHeaderAt, sentenceEnd } from './footer';
import { KEY_SECTION_WORDS } from './words';

/**
 * A key-ingredients heading: one of KEY_SECTION_WORDS, "ingredient(s)" or "actives", with a colon, a line end
 * or a bullet after it (prose that says "key ingredients like ceramides" has none).
 */
const KEY_HEADING = new RegExp(
  String.raw`\b(?:${KEY_SECTION_WORDS.join('|')})\s+(?:ingredients?|actives?)(?:\s*\/\s*technology)?[ \t]*(?::|\n|\u2022)`,
  'i',
);

/** The heading's last word, in any case (one scan of the text). */
const LAST_WORD = /ngredient|ctive/gi;

/**
 * Is KEY_HEADING found around an occurrence of its last word? One scan for the word, the pattern only on a
 * few characters around each (most texts hold "ingredients" in a header or a footer, few a key section: the
 * pattern over every such text was 60 ms of the corpus's cold pass).
 */
function mayHoldHeading(s: string): boolean {
  const re = LAST_WORD;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (KEY_HEADING.test(s.slice(Math.max(0, m.index - 16), m.index + 32))) return true;
  }
  return false;
}

/**
 * The text without a key-ingredients section that a list header follows: from its heading up to that header
 * ("Key Ingredients: ...\nFull Ingredients: Aqua, ..."); with no header, its first sentence or line when an
 * INCI list follows that. Otherwise the section stays as it was read before (Sephora's "Highlighted
 * Ingredients: -Retinol: ..." blurbs run into the list: blurbs.ts; a text that is only a key section).
 */
export function dropKeySection(s: string): string {
  if (!mayHoldHeading(s)) return s;
  const m = KEY_HEADING.exec(s);
  if (m === null) return s;
  const after = m.index + m[0].length;
  const header = listHeaderAt(s, after);
  if (header >= 0) return s.slice(0, m.index) + s.slice(header);
  // no header: a section of one sentence or line with an INCI list after it ("Key Ingredients: Retinol,
  // Squalane.\nAqua, Glycerin, ..."): the section goes, the list stays
  const end = sentenceEnd(s, after + 1);
  return end < s.length && listFollows(s, end, s.length) ? s.slice(0, m.index) + s.slice(end) : s;
}
