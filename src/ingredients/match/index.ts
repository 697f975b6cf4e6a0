/**
 * Item -> irritant rule.
 *
 * 1. exact lookup of the normalized name, then of its aliases (harmless hits stop here);
 * 2. family patterns on the item's tokens (essential oils, scrub powders, SD alcohols);
 * 3. typo repair, token by token: an unknown word one edit away from a known word is replaced
 *    (symmetric-deletion index), then 1 and 2 again;
 * 4. fuse.js, only for items that still hold an unknown word sharing a 3-gram with the irritant
 *    vocabulary: candidates from the irritant names, rescored by edit distance, and flagged only when
 *    no harmless name (harmless.ts, look-alikes) is as close.
 * Results are memoized per normalized item (itemKey) in a bounded Map: the engine's one answer cache.
 *
 * Step 3 is typo.ts, step 4 fuzzy.ts; this file holds the order of the steps and the cache.
 */
import { FAMILY_WORDS, matchPattern } from '../families';
import { remember } from '../memo';
import { editDistance, itemKey, normalizeName, tokensOf } from '../normalize';
import type { Item, Rule, RuleMatch } from '../types';
import { getVocab, type VocabEntry } from '../vocab';
import { FuzzyIndex, roundScore } from './fuzzy';
import { coverByNames, irritantOf, type CoverPart } from './cover';
import { combinations, MIN_SNAP_LENGTH, TypoRepair } from './typo';

/** A fuzzy finding from a repaired name, scored by its edit distance relative to the name's length. */
function fuzzyHit(rule: Rule, name: string, fixedName: string): RuleMatch {
  return {
    rule,
    kind: 'fuzzy',
    score: roundScore(editDistance(name, fixedName) / Math.max(1, name.length)),
    via: fixedName,
  };
}

class Matcher {
  readonly exact: ReadonlyMap<string, VocabEntry>;
  /** Counters for the benchmark and tests. */
  readonly stats = { fuseCalls: 0, cacheHits: 0, lookups: 0 };
  private readonly typo: TypoRepair;
  /**
   * Built on the first name that reaches step 4 (most lists have none): its tables cover every vocabulary
   * name, 10 of the 72 ms of a fresh worker's first list when built up front (issue 13 item 4).
   */
  private fuzzyIndex: FuzzyIndex | null = null;
  private readonly cache = new Map<string, RuleMatch | null>();

  constructor() {
    this.exact = getVocab().exact;
    this.typo = new TypoRepair(this.exact, FAMILY_WORDS);
  }

  private get fuzzy(): FuzzyIndex {
    return (this.fuzzyIndex ??= new FuzzyIndex(this.exact, this.stats));
  }

  /** Build every index now (benchmarks time lists, not start-up). */
  warm(): void {
    this.typo.warm();
    this.fuzzy.warm();
    this.stats.fuseCalls = 0;
  }

  /**
   * Whether a normalized name is a known name as written or after typo repair ("benzooyl peroxxide"): for
   * the parser's one look at a misspelt name after a bare drug-facts header (parse/segment.ts).
   */
  spellsKnownName(name: string): boolean {
    return this.exact.has(name) || this.typo.repair(name)?.entry !== undefined;
  }

  clearCaches(): void {
    this.cache.clear();
    this.typo.clearCache();
    this.fuzzyIndex?.clearCache();
    this.stats.fuseCalls = 0;
    this.stats.cacheHits = 0;
    this.stats.lookups = 0;
  }

  /**
   * The rule an item matches, or null. The one cache of answers: keyed by the item's normalized identity
   * (`key`, itemKey(); the parser computes it once per distinct piece of text and passes it along).
   */
  matchItem(item: Item, key: string = itemKey(item.name, item.aliases)): RuleMatch | null {
    this.stats.lookups++;
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      this.stats.cacheHits++;
      return hit;
    }
    const name = normalizeName(item.name);
    const aliases = item.aliases.map(normalizeName).filter((a) => a.length > 0);
    const result = this.compute(name, aliases);
    remember(this.cache, key, result);
    return result;
  }

  private compute(name: string, aliases: string[]): RuleMatch | null {
    // a claim names what is NOT inside: "Fragrance Free", "No Fragrance", "free from synthetic fragrance"
    if (isClaim(name)) return null;
    // 1. exact: the name, then aliases ("Aqua (Water)", "Avobenzone/Butyl Methoxydibenzoylmethane")
    const e = this.exact.get(name);
    if (e?.rule) return { rule: e.rule, kind: e.canonical ? 'exact' : 'synonym', via: name };
    let anyKnown = e !== undefined;
    for (const a of aliases) {
      const ae = this.exact.get(a);
      if (ae?.rule) return { rule: ae.rule, kind: 'synonym', via: a };
      // a known alias names the item ("Hydrolite-5 (Pentylene Glycol)"), but not an abbreviation of three
      // letters or fewer: "(AHA)" and "(BHA)" say what a misspelt name is ("Glycolc Acid (AHA)")
      if (ae && a.length > 3) anyKnown = true;
    }
    // the name itself is a harmless name: done (its aliases were checked above)
    if (e) return null;
    // 1b. a certification qualifier in front ("Organic Alcohol", "Certified Organic Lavender Oil"): the
    // name without it (a qualifier never makes a harmless name of an irritant, or the other way round)
    const bare = withoutQualifier(name);
    if (bare !== name) return bare.length > 0 ? this.compute(bare, aliases) : null;
    // 2. family patterns over all tokens, the name's first (each once)
    const nameTokens = tokensOf(name);
    const tokens: string[] = [];
    for (const t of nameTokens) if (!tokens.includes(t)) tokens.push(t);
    const nameLength = tokens.length;
    for (const a of aliases) for (const t of tokensOf(a)) if (!tokens.includes(t)) tokens.push(t);
    const p = matchPattern(tokens, nameLength);
    if (p) {
      const rule = getVocab().rulesById.get(p);
      if (rule) return { rule, kind: 'synonym', via: name };
    }
    // 2b. two or three known names run together, the comma between them lost ("Sodium Hydroxide Glycolic
    // Acid", "Fragrance Tocopherol"): the irritant among them
    const run = this.runTogether(nameTokens);
    if (run) return { rule: run.rule, kind: 'synonym', via: run.via };
    if (anyKnown) return null;
    // 2c. a word whose space was lost in one case ("LACTICACID", "alcoholdenat": the parser spaces apart
    // only a lower-case letter before a capital, parse/segment.ts spaceRunTogether)
    const spaced = this.spacedApart(name, nameTokens);
    if (spaced) return spaced;
    // 3. typo repair token by token, on the name and then on its aliases ("Tea Tsee Laf Oil")
    if (nameTokens.length === 0 || nameTokens.length > 10) return null;
    let unknown: string[] = [];
    // every repaired word of the name and its aliases, for the family patterns over all of them (as step 2)
    const together: string[] = [];
    let togetherNameLength = 0;
    let anyFixed = false;
    let allSpelled = true;
    let nameHarmless = false;
    for (const [k, n] of [name, ...aliases].entries()) {
      const r = this.typo.repair(n);
      if (!r) continue;
      if (k === 0) unknown = r.unknown;
      // a free-from claim, misspelt ("frme frym synthetnc fragyance"): as at the top, never an ingredient
      if (k === 0 && r.fixed.length > 0 && isClaim(r.fixed.join(' '))) return null;
      if (r.fixed.length > 0) anyFixed = true;
      if (r.unknown.length > 0) allSpelled = false;
      for (const t of r.fixed.length > 0 ? r.fixed : tokensOf(n)) if (!together.includes(t)) together.push(t);
      if (k === 0) togetherNameLength = together.length;
      const fe = r.entry;
      if (fe && r.fixedName !== undefined) {
        if (fe.rule && fe.fuzzy) return fuzzyHit(fe.rule, n, r.fixedName);
        // the name is a (misspelt) harmless name: as in step 1, only an alias that spells an irritant
        // may still match ("Citurs Auiantium Duulcis (Oyange Oil)")
        if (k === 0) nameHarmless = true;
        continue;
      }
      if (nameHarmless) continue;
      if (r.unknown.length === 0 && r.options) {
        // the spelling of the words that is a run of the fewest known names decides ("Sodum Hydroxide
        // Glycolc Acid": glycol is the most used repair of "glycolc", glycolic makes two names, not three)
        let best: { parts: CoverPart[]; toks: string[] } | null = null;
        for (const toks of combinations(r.options)) {
          const parts = coverByNames(toks, (x) => this.exact.get(x));
          if (parts && (!best || parts.length < best.parts.length)) best = { parts, toks };
        }
        const hit = best && irritantOf(best.toks, best.parts);
        if (hit) return fuzzyHit(hit.part.entry.rule!, n, best!.toks.join(' '));
      }
      const fp = r.unknown.length === 0 && r.fixed.length > 0 ? matchPattern(r.fixed) : null;
      if (fp) {
        const rule = getVocab().rulesById.get(fp);
        if (rule) return fuzzyHit(rule, n, r.fixed.join(' '));
      }
      if (k === 0 && r.fixed.length > 0) {
        // a certification qualifier in front, misspelt or not ("Orgaanic Alochol"): as step 1b, repaired
        const fixed = r.fixed.join(' ');
        const bareFixed = withoutQualifier(fixed);
        const be = bareFixed !== fixed ? this.exact.get(bareFixed) : undefined;
        if (be?.rule && be.fuzzy) {
          const score = roundScore(editDistance(n, fixed) / Math.max(1, n.length));
          return { rule: be.rule, kind: 'fuzzy', score, via: bareFixed };
        }
      }
    }
    if (nameHarmless) return null;
    // The family patterns over the name and its aliases together, repaired: a genus in the name and "oil"
    // in its parenthesis, either misspelt ("Litsae Cueba (May Chaang Oil)"). A word left unknown (a
    // misspelt species: "Omenis Multicaulis Oil") is allowed for an essential oil, the one pattern that needs
    // a named genus or common name and "oil"; the others need every word known, as for one name above.
    if (anyFixed) {
      const fp = matchPattern(together, togetherNameLength);
      const rule = fp && (allSpelled || fp === 'essential-oil') ? getVocab().rulesById.get(fp) : undefined;
      if (rule) return fuzzyHit(rule, name, together.join(' '));
    }
    // 4. fuse, for names that still hold a word unlike any known word but like an irritant word
    // Prefilter: short names only (prose never reaches fuse), at most two unknown words, and one of
    // them must share a 3-gram with, and be within two edits of, a distinctive irritant word.
    if (nameTokens.length > 6) return null;
    unknown = unknown.filter((t) => t.length >= MIN_SNAP_LENGTH && !/^\d+$/.test(t));
    if (unknown.length === 0 || unknown.length > 2) return null;
    if (!unknown.some((t) => this.fuzzy.isNearIrritantWord(t))) return null;
    return this.fuzzy.search(name);
  }

  /**
   * The name with one of its words split in two where that gives a known irritant's name, or null: one
   * word of 7+ letters in a name of at most three, each split point tried (a harmless spaced name is no
   * hit: "cetylalcohol" stays Cetyl Alcohol's look-alike).
   */
  private spacedApart(name: string, tokens: readonly string[]): RuleMatch | null {
    if (tokens.length > 3) return null;
    for (const t of tokens) {
      if (t.length < 7 || this.exact.has(t)) continue;
      const at = name.indexOf(t);
      for (let i = 3; i <= t.length - 3; i++) {
        const candidate = `${name.slice(0, at + i)} ${name.slice(at + i)}`;
        const e = this.exact.get(candidate);
        if (e) return e.rule && e.fuzzy ? fuzzyHit(e.rule, name, candidate) : null;
      }
    }
    return null;
  }

  /** The irritant among two or three known names run together (match/cover.ts), or null. */
  private runTogether(tokens: readonly string[]): { rule: Rule; via: string } | null {
    const parts = coverByNames(tokens, (n) => this.exact.get(n));
    const hit = parts && irritantOf(tokens, parts);
    return hit ? { rule: hit.part.entry.rule!, via: hit.via } : null;
  }
}

/** Words that make an item a free-from claim, never an ingredient (no INCI name holds them). */
const CLAIM_FIRST = new Set(['no', 'without', 'zero', 'sans', 'ohne', 'sin', 'senza']);

/** A free-from claim ("fragrance free", "no added fragrance", "alcohol free"), normalized. */
function isClaim(name: string): boolean {
  const sp = name.indexOf(' ');
  if (sp > 0 && CLAIM_FIRST.has(name.slice(0, sp))) return true;
  return name === 'free' || name.startsWith('free ') || name.endsWith(' free') || name.includes(' free ');
}

/** Certification words that prefix a name on natural brands' labels (sephora_cosmetics.csv: "Organic Alcohol"). */
const QUALIFIERS = ['organic ', 'certified ', 'bio ', 'wildcrafted '];

/** The normalized name without its leading qualifiers. */
function withoutQualifier(name: string): string {
  let out = name;
  for (let k = 0; k < 3; k++) {
    const q = QUALIFIERS.find((w) => out.startsWith(w));
    if (!q) break;
    out = out.slice(q.length);
  }
  return out;
}

let matcher: Matcher | null = null;

/** Empty the matcher's result caches (after a warm-up); the indexes stay. */
export function resetMatcherCaches(): void {
  matcher?.clearCaches();
}

/** The shared matcher (indexes built once). */
export function getMatcher(): Matcher {
  if (!matcher) matcher = new Matcher();
  return matcher;
}

export type { Matcher, RuleMatch };
