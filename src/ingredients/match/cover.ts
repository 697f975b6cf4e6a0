/**
 * Names run together: a run of words that two or three known names cover exactly, the commas between them
 * lost ("Sodium Hydroxide Glycolic Acid", "Fragrance Tocopherol", "Parfum Sodium Benzoate"). The parser
 * splits such a run into its names (parse/segment.ts splitShortRun); the matcher reads a misspelt one after
 * typo repair (match/index.ts). Pure: the vocabulary comes in as a look-up.
 */
import { FRAGMENT_WORDS } from '../parse/words';
import { maxWordsStartingWith, type VocabEntry } from '../vocab';

/** One name of a cover: tokens [from, to) and the vocabulary entry they spell. */
export interface CoverPart {
  from: number;
  to: number;
  entry: VocabEntry;
}

/**
 * Words the vocabulary knows (from glued runs the parser reads) that are never a name inside a run: "walnut
 * shell powder and salicylic acid" is a description, not three names.
 */
const CONNECTIVES = new Set(['and', 'or', 'with', 'of', 'in', 'plus', 'for']);

/** The second word of many two-word chemical names; never a name of its own after a one-word name. */
const CHEMICAL_TAILS = new Set([
  'alcohol',
  'acid',
  'glycol',
  'ester',
  'esters',
  'oxide',
  'chloride',
  'hydroxide',
  'sulfate',
  'silylate',
  'stearate',
  'acetate',
  'glycerides',
  'polymer',
]);

/** Only plant parts, forms and qualifiers ("Oil", "Leaf Extract"): the end of a name, never one. */
function allFragments(tokens: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!FRAGMENT_WORDS.has(tokens[k]!)) return false;
  return true;
}

/**
 * The first word of many chemical names (a salt's cation, a treatment): never a name of its own before
 * another name ("Sodium" + "Ascorbyl Glucoside" is Sodium Ascorbyl Glucoside, "Hydrogenated" + "Jojoba
 * Esters" one wax).
 */
const CHEMICAL_HEADS = new Set([
  'sodium',
  'potassium',
  'calcium',
  'magnesium',
  'zinc',
  'ammonium',
  'disodium',
  'trisodium',
  'tetrasodium',
  'hydrogenated',
  'hydrolyzed',
  'hydrolysed',
]);

/** The most tokens a run may have (three names of up to three words, and a little). */
const MAX_RUN_TOKENS = 8;

/**
 * The cover of `tokens` (normalized, one word each) by the fewest known names, two to `maxParts` of them (the
 * longer first part among equals), or null. Each part is a known name of its own, never only plant parts,
 * forms and qualifiers ("Rosa Canina Fruit" + "Oil", "Witch Hazel" + "Leaf Extract" are one name) nor a
 * connective. Fewest parts:
 * "Cetyl Alcohol" + "Glycerin", never "Cetyl" + "Alcohol" + "Glycerin"; and a one-word name followed by a
 * chemical tail word, or a chemical head word followed by a name, is one name the vocabulary lacks
 * ("Polyethylene Glycol", "Arachidyl Alcohol", "Sodium Ascorbyl Glucoside").
 */
export function coverByNames(
  tokens: readonly string[],
  get: (name: string) => VocabEntry | undefined,
  maxParts = 3,
): CoverPart[] | null {
  const n = tokens.length;
  if (n < 2 || n > MAX_RUN_TOKENS) return null;
  // fewest[i]: the fewest parts covering tokens[i..], with the first part's end and entry
  const fewest: ({ parts: number; to: number; entry: VocabEntry } | null)[] = new Array(n + 1).fill(null);
  for (let from = n - 1; from >= 0; from--) {
    // no known name is longer than the longest that starts with this word (none: no look-up at all)
    const longest = maxWordsStartingWith(tokens[from]!);
    for (let to = Math.min(n, from + longest); to > from; to--) {
      if (from === 0 && to === n) continue;
      const rest = to === n ? 0 : fewest[to]?.parts;
      if (rest === undefined) continue;
      const part = tokens.slice(from, to).join(' ');
      if (to - from === 1 && CONNECTIVES.has(part)) continue;
      if (allFragments(tokens, from, to)) continue;
      const entry = get(part);
      if (!entry) continue;
      if (!fewest[from] || rest + 1 < fewest[from]!.parts) fewest[from] = { parts: rest + 1, to, entry };
    }
  }
  const first = fewest[0];
  if (!first || first.parts > maxParts) return null;
  const parts: CoverPart[] = [];
  for (let at = 0; at < n;) {
    const step = fewest[at]!;
    parts.push({ from: at, to: step.to, entry: step.entry });
    at = step.to;
  }
  for (let k = 0; k + 1 < parts.length; k++) {
    const a = parts[k]!;
    const b = parts[k + 1]!;
    if (a.to - a.from === 1 && CHEMICAL_HEADS.has(tokens[a.from]!)) return null;
    if (a.to - a.from === 1 && b.to - b.from === 1 && CHEMICAL_TAILS.has(tokens[b.from]!)) return null;
  }
  return parts;
}

/** The first irritant part of a cover, as its normalized name. */
export function irritantOf(
  tokens: readonly string[],
  parts: readonly CoverPart[],
): { part: CoverPart; via: string } | null {
  for (const p of parts) if (p.entry.rule) return { part: p, via: tokens.slice(p.from, p.to).join(' ') };
  return null;
}
