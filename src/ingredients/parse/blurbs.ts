/**
 * Key-ingredient blurbs glued in front of the list (docs/sources.md#text-key-ingredient-blurbs): "-Retinol:
 * boosts ... barrier.Water/ Aqua/Eau, Glycerin, ..." The blurbs are dropped up to the first sentence end
 * after which the text looks like an INCI list.
 */
import { normalizeName } from '../normalize';
import { isKnownName } from '../vocab';
import { isLower, isSpace, letterAt, NAME_SEPARATORS } from './chars';
import { SECTION_HEADER } from './clean';
import { INNER_GROUP, takeParens } from './parens';
import { wordCounts } from './prose';
import { HEADER_WORDS } from './words';

/**
 * Where a blurb's sentence can end: a stop, a line end or a tab, or a lower-case letter run into a capital
 * ("...balance overall scalp hydrationAqua/Water/Eau, ...": the last blurb glued to the list, no stop).
 */
const SENTENCE_END = /[.!?\n\t]|[a-z](?=[A-Z])/g;

/** An ingredients heading with its colon: "Ingredients:", "Active ingredient:", "INACTIVE:". */
const LIST_HEADING = new RegExp(
  String.raw`^(?:${SECTION_HEADER}|(?:other\s+|full\s+)?ingredients?(?:\s+list)?)\s*:`,
  'i',
);

/**
 * Where one name of a list ends: a separator as splitPieces() reads it (also "|" and tabs: a list read from
 * a table or a pipe-joined feed, "Aqua | Glycerin | ..."), or a stop with a space after it
 * ("AQUA/WATER/EAU. CAPRYLIC/CAPRIC TRIGLYCERIDE. GLYCERIN. ..." lists by stops).
 */
const PART_END = new RegExp(`[${NAME_SEPARATORS}]|\\.\\s`);

/** A stop with a capital right after it: a sentence or a footer starts there. */
const GLUED_STOP = /\.(?=[A-Z])/;

/** Does the text contain a prose function word? */
const hasProseWord = (text: string): boolean => wordCounts(text).prose > 0;

/** Does the text from `at` on look like the start of an INCI list (short comma-separated names)? */
function looksLikeList(s: string, at: number, caseless: boolean): boolean {
  // the commas inside brackets separate synonyms, not items ("Aqua (Water, Eau), Copernicia Cerifera Cera
  // (Copernicia Cerifera (Carnauba) Wax, Cire De Carnauba), ..."): bracketed groups out, inner ones first
  const head = s
    .slice(at, at + 240)
    .replace(INNER_GROUP, '')
    .replace(INNER_GROUP, '');
  // ",\n" is one separator, not an empty item; a part ends at a stop glued to a capital ("Salicylic
  // Acid.Clean at Sephora products are ...": the list's end and a footer)
  const parts = head
    .split(PART_END)
    .map((p) => p.split(GLUED_STOP)[0]!)
    .filter((p) => p.trim().length > 0);
  if (parts.length < 3) {
    // A one or two item list: accept when one of them is a known name ("Hydrocolloid, Salicylic Acid.").
    return parts.some((p) => {
      const n = normalizeName(p);
      return n.length > 0 && isKnownName(n);
    });
  }
  let lowerWords = 0;
  let words = 0;
  let prose = false;
  let knownParts = 0;
  for (let k = 0; k < 3; k++) {
    // count the words of the name itself: a kit label ("Acne Serum: ") and "(synonyms)" aside
    let p = parts[k]!;
    if (k === 0) {
      const colon = p.indexOf(':');
      if (colon >= 0 && colon < 60) p = p.slice(colon + 1);
    }
    const base = takeParens(p).base;
    if (base.length > 0) p = base;
    // a slash synonym run counts as its first name ("Oryza Sativa (Rice) Bran Wax/ Oryza Sativa ... Cera")
    const slash = p.indexOf('/');
    if (slash > 0) p = p.slice(0, slash);
    // the part up to a sentence end: "Retinyl Acetate (Vitamin A). Acne Serum: Water" -> "Retinyl Acetate"
    const stop = p.indexOf('. ');
    if (stop > 0) p = p.slice(0, stop);
    if (isKnownName(normalizeName(p))) knownParts++;
    // prose words are asked about below, only when the case cannot tell (text in one case, or mixed)
    const ws = p.split(/\s+/).filter((w) => w.length > 0);
    if (ws.length === 0 || ws.length > 6) return false;
    if (ws[0] === 'and' || ws[0] === 'or') return false;
    for (const w of ws) {
      words++;
      if (isLower(w[0]) && w.length > 3) lowerWords++;
    }
  }
  if (isKnownName(normalizeName(parts[0]!))) return true;
  const anyProse = () => {
    for (let k = 0; k < 3 && !prose; k++) prose = hasProseWord(parts[k]!);
    return prose;
  };
  // Descriptions are sentence case; INCI lists are Title Case or UPPER. Text in one case: structure only
  // (short parts, no prose function words such as "the", "that", "helps").
  if (caseless) return words / 3 <= 3 || (words / 3 <= 5 && !anyProse());
  if (lowerWords / Math.max(1, words) < 0.34) return true;
  // a list in mixed case ("Alcohol Denat., Water • acrylates/c10-30 alkyl acrylate crosspolymer"): short
  // parts, a known name among them and no prose word ("Excellent for sensitive skin types.Water" is prose)
  return knownParts > 0 && words / 3 <= 4 && !anyProse();
}

/** Is the first item of the text from `at` (up to a separator) a known ingredient name? */
function startsWithKnownName(s: string, at: number): boolean {
  let end = at;
  const limit = Math.min(s.length, at + 120);
  while (end < limit) {
    const c = s[end]!;
    if (c === '.' || NAME_SEPARATORS.includes(c)) break;
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
 * A period with a word of three letters or more on each side and no space ("the hair.hydrofluorocarbon"):
 * not "i.e." or "e.g.", nor a line end.
 */
function gluedAfterPeriod(s: string, i: number): boolean {
  if (s[i] !== '.') return false;
  for (let k = 1; k <= 3; k++) if (letterAt(s, i - k) === 0 || letterAt(s, i + k) === 0) return false;
  return true;
}

/** A blurb's first character: "-Retinol: ...", "• Retinol: ...", "–Retinol: ...". */
const isBlurbMark = (c: string | undefined): boolean => c === '-' || c === '•' || c === '–';

/** The first character at or after i that is no space or line end. */
function skipSpace(s: string, i: number): number {
  while (i < s.length && (isSpace(s[i]) || s[i] === '\n')) i++;
  return i;
}

/** The longest line read as a lead-in before the blurbs. */
const MAX_LEAD_IN = 400;

/**
 * Where the blurbs start when something stands in front of them: a list header ("Ingredients: -Retinol:
 * Boosts renewal. Water, ...", "Ingrédients\n-Retinol: ...": a shop's tab heading read with its text) or a
 * sentence or line of prose ("Benefits: Gently exfoliates with lactic acid ...\n-Retinol: ..."). 0 when
 * the text does not open so. The lead-in goes with the blurbs: a header is dropped by the list builder
 * anyway, and a sentence is no INCI list (a line that looks like one stays).
 */
function afterHeaderBeforeBlurb(s: string): number {
  const start = skipSpace(s, 0);
  if (isBlurbMark(s[start])) return 0;
  let end = start;
  const limit = Math.min(s.length, start + 40);
  // the header ends at its colon, its line end or the blurb's mark ("Ingredients -Retinol: ...": no colon)
  while (end < limit && s[end] !== ':' && s[end] !== '\n' && !isBlurbMark(s[end])) end++;
  if (end < limit) {
    const next = isBlurbMark(s[end]) ? end : skipSpace(s, end + 1);
    // a blurb names its ingredient after the mark ("- ['Serum:', 'Water, ...']" is a dash and a list); the
    // header is asked last (a normalization of every text's first words filled the names' memo table)
    if (
      isBlurbMark(s[next]) &&
      letterAt(s, skipSpace(s, next + 1)) !== 0 &&
      HEADER_WORDS.has(normalizeName(s.slice(start, end)))
    )
      return next;
  }
  // the lead-in is the first sentence ("This serum brightens the skin. -Retinol: ..."), else the first line
  LEAD_IN_END.lastIndex = start;
  const sentence = LEAD_IN_END.exec(s)?.index ?? -1;
  for (const end of [sentence, s.indexOf('\n', start)]) {
    if (end < 0 || end - start > MAX_LEAD_IN) continue;
    const next = skipSpace(s, end + 1);
    if (!isBlurbMark(s[next])) continue;
    if (wordCounts(s.slice(start, end)).prose >= 2 && !looksLikeList(s, start, false)) return next;
  }
  return 0;
}

/** Where a lead-in sentence ends: a stop with a space, a line end or a blurb mark after it. */
const LEAD_IN_END = /[.!?](?=[ \t\n]|[-•–])/g;

/**
 * Drop key-ingredient blurbs glued in front of the list:
 * "-Retinol: boosts ... barrier.Water/Aqua/Eau, Glycerin, ..." -> "Water/Aqua/Eau, Glycerin, ...".
 */
export function stripBlurbs(s: string): string {
  let pos = afterHeaderBeforeBlurb(s);
  let caseless: boolean | null = null; // computed on the first blurb only, below
  for (let guard = 0; guard < 50; guard++) {
    pos = skipSpace(s, pos);
    if (!isBlurbMark(s[pos])) return s.slice(pos);
    const colon = s.indexOf(':', pos);
    const comma = s.indexOf(',', pos);
    if (colon < 0 || colon - pos > 100) return s.slice(pos);
    // "-Malic Acid, Apple Juice: Provides powerful antioxidant activity...": a blurb may name two
    // ingredients before its colon; what follows the colon is prose, never a list
    if (comma >= 0 && comma < colon && !hasProseWord(s.slice(colon + 1, colon + 100))) return s.slice(pos);
    // "-Glacial Glycoprotein -Avocado OilUltra Facial Cleanser:Aqua/Water/Eau, Glycerin, ...": a label
    // in front of a list, not a blurb
    if (startsWithKnownName(s, colon + 1)) return s.slice(pos);
    // only for a text with a blurb (two copies of the text)
    caseless ??= s.toLowerCase() === s || s.toUpperCase() === s;
    // Candidate ends: after ".", "!", "?" or a newline, within the next 1,000 characters (found by the
    // regular expression engine's scan: 4,281 corpus lists open with blurbs, a few hundred characters
    // each, and a loop over their characters was most of this function's time, issue 9 item 7)
    let found = -1;
    const limit = Math.min(s.length, colon + 1000);
    const ends = SENTENCE_END;
    ends.lastIndex = colon + 1;
    while (ends.test(s)) {
      const i = ends.lastIndex - 1;
      if (i >= limit) break;
      if (letterAt(s, i) !== 0) {
        // a glued junction ends the blurb only where a known name starts (not "HydraBoost technology")
        if (startsWithKnownName(s, i + 1) && looksLikeList(s, i + 1, caseless)) return s.slice(i + 1);
        continue;
      }
      const j = skipSpace(s, i + 1);
      if (j >= s.length) {
        return '';
      }
      const nx = s[j];
      // an abbreviation's period ("i.e., blue light"): no sentence ends before a comma
      if (nx === ',' || nx === ';' || nx === ')') continue;
      if (isBlurbMark(nx)) {
        found = j;
        break;
      }
      // a lower-case start counts after a period glued to it ("...to the hair.hydrofluorocarbon 152a,
      // dimethyl ether, ..."): prose puts a space after its sentence ends
      if ((caseless || !isLower(nx) || gluedAfterPeriod(s, i)) && looksLikeList(s, j, caseless)) {
        return s.slice(j);
      }
      // an ingredients heading in any case ("...redness and irritation. active ingredient: Microcrystalline
      // Cellulose 1%"): the list starts there
      if (LIST_HEADING.test(s.slice(j, j + 32))) return s.slice(j);
      // a list in lower case after sentence-case blurbs ("...replenishes skin. water/aqua/eau, glycerin,
      // ..."): its first name known and its parts short, as for text in one case
      if (isLower(nx) && !caseless && startsWithKnownName(s, j) && looksLikeList(s, j, true))
        return s.slice(j);
    }
    if (found < 0) return s.slice(pos);
    pos = found;
  }
  return s.slice(pos);
}
