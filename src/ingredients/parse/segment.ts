/**
 * Missing commas (docs/sources.md#text-separators-and-list-strings): a run of names split at the known names
 * it is made of.
 */
import { getMatcher } from '../match';
import { coverByNames, irritantOf } from '../match/cover';
import { normalizeName } from '../normalize';
import { getVocab, isKnownName, maxWordsStartingWith } from '../vocab';
import { takeParens, topLevelWords } from './parens';
import { FRAGMENT_WORDS } from './words';

/** Fragment words that qualify the name after them. */
const QUALIFIER_FIRST = new Set(['organic', 'bio', 'certified', 'cold', 'extra', 'virgin']);

/**
 * The last "Active", "Actives" or "Active Ingredient(s)" header word without its colon, in any case, not
 * after an article or verb of prose ("contains the active ingredient benzoyl peroxide" is a blurb).
 */
const BARE_HEADER =
  /(?<!\b(?:the|an?|its|their|with|contains?|containing|key|main)\s+)\b(?:actives?|active\s+ingredients?)\s+(?=[a-z])/gi;

/**
 * Page prose with the drug-facts header left without its colon and the first commas lost: "...or suffer from
 * allergies Active Benzoyl Peroxide Docusate Sodium" (Boots pages). The names after the header, when they
 * are known names (one, or a run segment() explains); null otherwise.
 */
export function afterBareHeader(piece: string): string[] | null {
  if (!/ctive/i.test(piece)) return null;
  let at = -1;
  for (const m of piece.matchAll(BARE_HEADER)) at = m.index + m[0].length;
  if (at < 0) return null;
  const rest = piece.slice(at).trim();
  const n = normalizeName(takeParens(rest).base);
  if (n.length > 0 && isKnownName(n)) return [rest];
  const seg = segment(rest);
  if (seg) return seg;
  // the first name known, the rest not (a drug name such as "Docusate Sodium"): the known name is its own item
  const words = rest.split(/\s+/);
  for (let j = Math.min(words.length - 1, 8); j >= 1; j--) {
    const head = normalizeName(words.slice(0, j).join(' '));
    if (head.length > 0 && isKnownName(head)) return [words.slice(0, j).join(' '), words.slice(j).join(' ')];
  }
  // the same, the first name misspelt ("Active Benzooyl Peroxxide Docusste Sdoium"): two to four words that
  // typo repair reads as a known name (the header is the evidence a name follows; prose has no such header)
  const matcher = getMatcher();
  for (let j = Math.min(words.length - 1, 4); j >= 2; j--) {
    const head = normalizeName(words.slice(0, j).join(' '));
    if (head.length > 0 && matcher.spellsKnownName(head))
      return [words.slice(0, j).join(' '), words.slice(j).join(' ')];
  }
  return null;
}

/**
 * Words a page ran together where it lost a space: each word in its own element, joined by textContent
 * ("SodiumHydroxide", "TocopherylAcetate", "LavandulaHybrida Oil": 478 distinct corpus items, most of them
 * names with a space lost, a few two names with a comma lost, "GlycerinRetinol"). A lower-case letter
 * before a capitalised word and a footnote mark before one ("Aqua**Retinol") are where a space was, and so
 * are a name's number before one ("Polyglyceryl-10Laurate", "Peg-7Glyceryl Cocoate": 5 corpus lists) and a
 * word before a carbon chain ("DimethiconeC12-16 Alcohols", whose lone "Alcohols" was a drying-alcohol false
 * alarm in the eval's joined variant). An acronym before one is not ("DimethylPABAmidopropyl ..." is a real
 * Sephora spelling of Dimethyl PABA Amidopropyl ...). Upper case alone is no boundary: "pH", "CI 77491",
 * "PEG-40", names in capitals. Nor is a one-letter word before one: in the corpus that is a key-ingredients
 * blurb run into the list ("-Vitamin CAqua/Water/Eau", "vitamin EWater**"), and spacing it apart made the
 * blurb's "Vitamin C" a finding.
 */
const RUN_TOGETHER =
  /(?<=[a-z]{2}|[a-z][*\u2020\u2021]+|[a-z]-?\d+)(?=[A-Z][a-z]{2})|(?<=[a-z]{3})(?=[A-Z]\d)/;
const RUN_TOGETHER_ALL = new RegExp(RUN_TOGETHER.source, 'g');
/** A word as the page wrote it, with its numbers, hyphens and footnote marks ("Aqua**Retinol", "Peg-7Glyceryl"). */
const GLUED_WORD = /[A-Za-z0-9]+(?:[-*\u2020\u2021]+[A-Za-z0-9]+)*/g;

/**
 * The piece with its run-together words spaced apart, or null when it has none. A word that is a known name
 * as written stays whole: "ParFum" is a capital typed in the middle of "Parfum".
 */
export function spaceRunTogether(piece: string): string | null {
  if (!RUN_TOGETHER.test(piece)) return null;
  const spaced = piece.replace(GLUED_WORD, (w) =>
    RUN_TOGETHER.test(w) && !isKnownName(normalizeName(w)) ? w.replace(RUN_TOGETHER_ALL, ' ') : w,
  );
  return spaced === piece ? null : spaced;
}

/** "X and Y" (" & "): two names, as a list gives them in its last place ("Retinol and Parfum"). */
const AND = /\s+(?:and|AND|&)\s+/;

/**
 * A short piece (two to four words) with a comma lost: two or three known names that cover it exactly
 * ("Sodium Hydroxide Glycolic Acid", "Fragrance Tocopherol", "Retinol Parfum"), split into them so each is
 * its own item with its own position and finding (match/cover.ts says what counts as a cover), when one of
 * them is an irritant. A bracket stays with the word before it ("Parfum (Fragrance) Sodium Benzoate").
 * Null when the piece is one name or no such cover exists.
 */
export function splitShortRun(piece: string): string[] | null {
  // one word, or a slash run (one name with its synonyms, item.ts): nothing to split. The caller asks only
  // about a piece whose item is not a known name (list-builder.ts protosFor).
  if (piece.indexOf(' ') < 0 || piece.includes('/')) return null;
  const and = AND.exec(piece);
  if (and) return splitAtAnd(piece, and);
  const words = topLevelWords(piece);
  if (words.length < 2 || words.length > 6) return null;
  // the words that carry a name, each with the raw words it stands for (a bracket joins the word before)
  const tokens: string[] = [];
  const raws: string[] = [];
  for (const w of words) {
    const base = normalizeName(takeParens(w).base);
    if (base.length === 0 && raws.length > 0) {
      raws[raws.length - 1] += ` ${w}`;
      continue;
    }
    if (base.length === 0 || base.includes(' ')) return null;
    tokens.push(base);
    raws.push(w);
  }
  if (tokens.length < 2 || tokens.length > 4) return null;
  const vocab = getVocab().exact;
  // (four one-word names too: "WATER GLYCERIN RETINOL PARFUM"; segment() reads runs of five words and more)
  const parts = coverByNames(tokens, (n) => vocab.get(n), 4);
  // only a run with an irritant in it: two harmless names the vocabulary knows one by one may well be one
  // name it lacks ("Zinc Lactate", "Cetyl Caprylate", "Rose Water"), and splitting them would only move
  // the positions the rules read
  if (!parts || !irritantOf(tokens, parts)) return null;
  return parts.map((p) => raws.slice(p.from, p.to).join(' '));
}

/**
 * Two known names joined by "and", the comma a writer's "and" ("Water, Retinol and Parfum"): its two names,
 * when one of them is an irritant (the reason splitShortRun gives for runs). A piece that is one name with
 * "and" in it is never asked (the caller asks only of pieces that are not a known name).
 */
function splitAtAnd(piece: string, m: RegExpExecArray): string[] | null {
  const halves = [piece.slice(0, m.index), piece.slice(m.index + m[0].length)];
  const vocab = getVocab().exact;
  const entries = halves.map((h) => vocab.get(normalizeName(takeParens(h).base)));
  // both halves known names: "and" with a word the vocabulary lacks is more often a key-ingredients line
  // ("Active ingredients grapefruit extract, walnut shell powder and salicyclic acid", a description)
  if (entries.some((e) => e === undefined) || !entries.some((e) => e!.rule)) return null;
  return halves;
}

/**
 * A piece with missing commas ("Caprylic/Capric Triglyceride Dicaprylyl Carbonate Squalane Rosa Canina
 * Fruit Oil"): split by greedy longest known-name segmentation. Returns null when that does not explain
 * the piece well (then it stays one item).
 */
export function segment(piece: string): string[] | null {
  // cheap exits first: fewer than five words, or the whole piece is one known (long) name
  let spaces = 0;
  for (let i = 0; i < piece.length; i++) if (piece.charCodeAt(i) === 32) spaces++;
  if (spaces < 4) return null;
  const whole = normalizeName(takeParens(piece).base);
  if (whole.length > 0 && isKnownName(whole)) return null;
  // words; a parenthesised group is never split
  const words = topLevelWords(piece);
  // at most 1,000 words: a whole list of 70 names run together is over 200 (one lookup per word and window,
  // so the cost stays linear)
  if (words.length < 5 || words.length > 1000) return null;
  const norms = words.map((w) => normalizeName(takeParens(w).base));
  if (isKnownName(norms.filter((x) => x.length > 0).join(' '))) return null;
  const out: string[] = [];
  let unknown: string[] = [];
  let knownWords = 0;
  let knownSegs = 0;
  let i = 0;
  while (i < words.length) {
    let hit = 0;
    // only as many words as the longest known name starting with this word (often none: no lookups)
    const ni = norms[i]!;
    const sp = ni.indexOf(' ');
    const limit = ni.length === 0 ? 8 : maxWordsStartingWith(sp < 0 ? ni : ni.slice(0, sp));
    // windows of at most `limit` non-empty words (words such as "/" normalize to nothing)
    let jMax = i;
    for (let count = 0; jMax < words.length && jMax < i + 8; jMax++) {
      if (norms[jMax]!.length === 0) continue;
      if (count === limit) break;
      count++;
    }
    for (let j = jMax; j > i; j--) {
      const n = norms
        .slice(i, j)
        .filter((x) => x.length > 0)
        .join(' ');
      if (n.length > 0 && isKnownName(n)) {
        hit = j - i;
        break;
      }
    }
    if (hit > 0) {
      if (unknown.length > 0) out.push(unknown.join(' '));
      unknown = [];
      out.push(words.slice(i, i + hit).join(' '));
      knownWords += hit;
      knownSegs++;
      i += hit;
    } else {
      unknown.push(words[i]!);
      i++;
    }
  }
  if (unknown.length > 0) out.push(unknown.join(' '));
  if (knownSegs < 2 || knownWords / words.length < 0.6) return null;
  const merged = mergeFragments(out);
  return merged && joinSlashes(merged);
}

/**
 * A segment that ends or starts with a slash joins its neighbour: "Helianthus Annuus Seed Oil / Sunflower
 * Seed Oil" is one item with its synonym (item.ts reads the slash), not "Helianthus Annuus Seed Oil /" and a
 * second item. Null when that leaves one segment (the piece was a synonym run, nothing to split).
 */
function joinSlashes(segs: string[]): string[] | null {
  const out: string[] = [];
  let joinNext = false;
  for (const seg of segs) {
    const t = seg.trim();
    if ((joinNext || t.startsWith('/')) && out.length > 0)
      out[out.length - 1] = `${out[out.length - 1]} ${seg}`;
    else out.push(seg);
    joinNext = t.endsWith('/');
  }
  return out.length >= 2 ? out : null;
}

/** Only plant parts, forms or qualifiers ("Oil", "Organic", "(Sweet Orange) Oil"). */
function isFragment(seg: string): boolean {
  const ts = normalizeName(takeParens(seg).base).split(' ');
  return ts.every((t) => t.length === 0 || FRAGMENT_WORDS.has(t));
}

/**
 * A plant part, form or qualifier never stands alone on a label: "Citrus Aurantium Dulcis (Sweet Orange)
 * Oil" is one item, not "Citrus Aurantium Dulcis | Oil"; "Organic Prickly Pear Oil" not "Organic | Prickly
 * Pear Oil". A leading qualifier joins the next segment, anything else the one before it.
 */
function mergeFragments(segs: string[]): string[] | null {
  const out: string[] = [];
  let pending = '';
  for (const seg of segs) {
    if (!isFragment(seg)) {
      out.push(pending ? `${pending} ${seg}` : seg);
      pending = '';
    } else if (out.length > 0 && !QUALIFIER_FIRST.has(normalizeName(seg).split(' ')[0]!)) {
      out[out.length - 1] = `${out[out.length - 1]} ${seg}`;
    } else pending = pending ? `${pending} ${seg}` : seg;
  }
  if (pending) {
    if (out.length === 0) return null;
    out[out.length - 1] = `${out[out.length - 1]} ${pending}`;
  }
  return out.length >= 2 ? out : null;
}
