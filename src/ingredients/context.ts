/**
 * Product-context severity: a few rules warn or not depending on what the product is and where the item
 * sits in its own sub-list. Evidence for each case: docs/sources.md#product-context-severity.
 * - scrub particles (silica, salt, sugar, polyethylene, cellulose, seed meals) are grains only in a product
 *   sold as a scrub, exfoliator, polish or peel; in a serum, blush or shampoo they are fillers, thickeners,
 *   viscosity salts or matting powders (CosIng lists silica as abrasive AND opacifying/absorbent, sodium
 *   chloride as viscosity controlling). Hard shell, pit and stone powders and pumice are abrasive anywhere.
 * - citric, malic and tartaric acid past the fifth item are pH adjusters (CosIng function "buffering"; the
 *   hand review of the development set found no list where a 6th-or-later citric acid was the active); in
 *   the first five items, or the first third of a toner, peel or exfoliating product, they are the acid.
 * - "resurfacing" is not a scrub claim (it is said of acid and retinoid serums).
 * - a vitamin C derivative far down a product that does not claim vitamin C is a trace antioxidant
 *   (ascorbyl palmitate protects oils); the hero of a "Vitamin C" serum or a top-five derivative is not.
 * Apart from malic / tartaric acid past the 10th item or half the list (a pH adjuster by the labelling
 * rules), only `low` findings are ever demoted to `note`.
 * Pure: reads the options and the parsed list only.
 */
import { remember } from './memo';
import { editDistance } from './normalize';
import type { Item, ProductContext, ReasonCode, ReasonParams, Rule, Severity } from './types';

/** A severity with its reason, in English and as a code with its values. */
export interface Judged {
  severity: Severity;
  reason: string;
  code: ReasonCode;
  params?: ReasonParams;
}

/** A product sold to exfoliate mechanically or by peeling ("peel-off" masks are not peels). */
const SCRUB_WORDS =
  /(?:\bscrub|\bexfolia\w*|foliant|\bpolish(?:ed|ing)?\b|\bpeel(?:ing)?\b(?!\s*-?\s*off)|\bgommage|\bbuff(?:ing|er)?\b|microdermabrasion)/i;

/** A product whose own acid is the point: citric acid high in a toner or peel is the acid, not a buffer. */
const ACID_PRODUCT = /\b(?:toner|tonic|aha|acids?|peel(?:ing)?)\b/i;

/** The product says vitamin C ("Vitamin C Serum", "C-Firma", "Potent-C", "C15", "Vit C"). */
const VITAMIN_C_WORDS =
  /\b(?:vitamin\s*-?\s*c|vit\.?\s*c|vitc|ascorbic|c\s*-?\s*(?:firma|\d{1,2})\b|potent\s*-?\s*c|white\s+c|super\s*c|c\s*\+|c\s+e\s+ferulic)/i;

/** Hard particles that abrade whatever product they are in (shell, pit, stone powders, pumice, luffa). */
const ALWAYS_ABRASIVE =
  /\b(?:shell|pits?|stone|pumice|luffa|loofah|corundum)\b|\b(?:apricot|armeniaca|olea|olive|persica|peach)\b.*\b(?:seed|kernel|pit)\s+powder/i;

/** Salt and sugar are grains only near the top of a scrub; further down they have dissolved. */
const SALT_SUGAR = /\b(?:salt|sal|sel|sodium chloride|sucrose|sugar|saccharum)\b/i;

const PH_ACIDS = new Set(['citric-acid', 'malic-acid', 'tartaric-acid']);

/** Lactate and glycolate salts that are humectants or buffers; ammonium lactate/glycolate are the actives. */
const AHA_SALT_ACTIVE = /\bammonium\b/i;

export interface ContextFacts {
  scrub: boolean;
  acidProduct: boolean;
  vitaminC: boolean;
}

function text(p: ProductContext | undefined, listLabel: string | null): string {
  return [p?.name ?? '', p?.category ?? '', listLabel ?? ''].join(' \u2022 ');
}

/**
 * A peel named for its acid ("LHA Peel & Fill", "AHA/BHA Peeling Solution", "Glycolic Peel Pads") is a chemical
 * peel: its silica or clay is a base, not a grain (the hand review of the development set, README "Review
 * decisions"), unless it also says scrub, exfoliating grains or polish.
 */
const CHEMICAL_PEEL =
  /\b(?:[abpl]ha|acids?|glycolic|lactic|salicylic|mandelic|enzyme)\b[^•]*\bpeel(?:ing)?\b/i;
const MECHANICAL = /\bscrub|\bpolish|\bgommage|microdermabrasion|\bgrains?\b|\bbuff/i;

/**
 * The scrub words as a label with a typo writes them ("Exfoliatign Sugar Scrbu:"), one edit away; five
 * letters or more, so "peel" is never guessed, and never "shrub", a plant one edit from "scrub".
 */
const SCRUB_STEMS = [
  'scrub',
  'scrubs',
  'exfoliating',
  'exfoliator',
  'exfoliant',
  'exfoliate',
  'polish',
  'polishing',
];
const NOT_SCRUB_WORDS = new Set(['shrub', 'shrubs', 'polis']);

/** "Vitamn C", "Vitamni-C": a misspelt "vitamin" before a lone C. */
const VITAMIN_C_TYPO = /\b([a-z]{6,8})\s*-?\s*c\b/gi;

function misspeltScrubWord(t: string): boolean {
  for (const m of t.toLowerCase().matchAll(/[a-z]{5,}/g)) {
    const w = m[0];
    if (NOT_SCRUB_WORDS.has(w)) continue;
    for (const s of SCRUB_STEMS)
      if (Math.abs(s.length - w.length) <= 1 && editDistance(w, s, 1) <= 1) return true;
  }
  return false;
}

function misspeltVitaminC(t: string): boolean {
  for (const m of t.matchAll(VITAMIN_C_TYPO))
    if (editDistance(m[1]!.toLowerCase(), 'vitamin', 1) <= 1) return true;
  return false;
}

/** Facts by context text: most lists share theirs (none, or their page's product), and the typo checks cost. */
const factsCache = new Map<string, ContextFacts>();

/** Empty the facts cache (with the engine's other caches: warm-up.ts clearCaches). */
export function clearContextCache(): void {
  factsCache.clear();
}

export function contextFacts(p: ProductContext | undefined, listLabel: string | null): ContextFacts {
  const t = text(p, listLabel);
  // the kinds the facts read, in the key too
  const key = p?.kinds?.includes('scrub') ? `${t}\u0000` : t;
  const hit = factsCache.get(key);
  if (hit) return hit;
  const facts = computeFacts(p, t);
  remember(factsCache, key, facts);
  return facts;
}

function computeFacts(p: ProductContext | undefined, t: string): ContextFacts {
  const chemicalPeel = CHEMICAL_PEEL.test(t) && !MECHANICAL.test(t);
  const scrubWords = SCRUB_WORDS.test(t) || misspeltScrubWord(t);
  return {
    scrub: (p?.kinds?.includes('scrub') ?? false) || (scrubWords && !chemicalPeel),
    acidProduct: scrubWords || ACID_PRODUCT.test(t),
    vitaminC: VITAMIN_C_WORDS.test(t) || misspeltVitaminC(t),
  };
}

/**
 * The severity after product context, or null when the context changes nothing. `severity` is the one the
 * position / percent / rinse-off logic gave; `matched` the normalized name the rule matched.
 */
export function contextSeverity(
  rule: Rule,
  item: Item,
  listLength: number,
  severity: Severity,
  facts: ContextFacts,
  afterMarker: string | null = null,
  matched: string | null = null,
): Judged | null {
  if (severity === 'note') return null;
  const pos = item.position;
  const stated = item.percent !== undefined && item.percent >= 1;
  // The name as written and the name it matched (`matched`, RuleMatch.via: the typo-repaired name for a
  // fuzzy match), so "Pumce" is pumice here as it was for the matcher
  const name = [item.name, ...item.aliases, ...(matched !== null ? [matched] : [])].join(' ');
  if (rule.category === 'physical-exfoliant') {
    if (ALWAYS_ABRASIVE.test(name)) return null;
    if (!facts.scrub)
      return {
        severity: 'note',
        reason: `${rule.reason}; not a scrub, exfoliator or peel, so a filler, thickener or powder here`,
        code: 'not-a-scrub',
      };
    if (SALT_SUGAR.test(name) && pos > 5)
      return {
        severity: 'note',
        reason: `salt or sugar at position ${pos}: dissolved, not a grain`,
        code: 'dissolved',
        params: { position: pos },
      };
    return null;
  }
  if (PH_ACIDS.has(rule.id)) {
    // malic and tartaric acid are high rules: read as a pH adjuster only past the 10th item or half the
    // list (the labelling rules' firm line); between the 6th and that line they stay the acid
    if (severity === 'high' && rule.id !== 'citric-acid' && pos <= 10 && pos <= listLength / 2) return null;
    if (stated || pos <= 5 || (facts.acidProduct && pos <= Math.ceil(listLength / 3))) return null;
    return {
      severity: 'note',
      reason: `position ${pos} of ${listLength}: a pH adjuster, not a peel`,
      code: 'ph-adjuster',
      params: { position: pos, length: listLength },
    };
  }
  if (rule.id === 'aha-salt') {
    if (AHA_SALT_ACTIVE.test(name)) return null;
    return {
      severity: 'note',
      reason: 'lactate or glycolate salt: a humectant or buffer, not an acid',
      code: 'aha-salt',
    };
  }
  if (rule.id === 'vitamin-c-derivative') {
    if (facts.vitaminC || stated || pos <= 5) return null;
    // after a preservative or tocopherol (the 1% line, docs/sources.md#inci-one-percent-line) the
    // derivative is an antioxidant trace whatever its position
    if (afterMarker !== null)
      return {
        severity: 'note',
        reason: `vitamin C derivative listed after ${afterMarker} in a product that does not claim vitamin C: a trace antioxidant`,
        code: 'trace-antioxidant-after',
        params: { marker: afterMarker },
      };
    if (pos > 10 || pos > listLength / 2)
      return {
        severity: 'note',
        reason: `vitamin C derivative at position ${pos} of ${listLength} in a product that does not claim vitamin C: a trace antioxidant`,
        code: 'trace-antioxidant',
        params: { position: pos, length: listLength },
      };
    return null;
  }
  return null;
}
