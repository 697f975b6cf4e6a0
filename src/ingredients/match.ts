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
 * Results are memoized per normalized item in a bounded Map.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { matchPattern, type Rule } from './lexicon';
import { editDistance, normalizeName, tokensOf } from './normalize';
import type { Item, MatchKind } from './types';
import { getVocab, type VocabEntry } from './vocab';

export interface RuleMatch {
  rule: Rule;
  kind: MatchKind;
  /** 0 = perfect; for fuzzy matches the edit distance relative to the name's length. */
  score?: number;
  /** The (normalized) name that matched. */
  via: string;
}

interface NameEntry {
  name: string;
}

/** Fuse options, set on purpose (defaults only look near the start of a string and are lenient). */
export const FUSE_OPTIONS: IFuseOptions<NameEntry> = {
  keys: ['name'],
  includeScore: true,
  // a typo can sit anywhere in a long INCI name
  ignoreLocation: true,
  // 0 = exact; 0.3 lets through about one error in three characters, rescoring is stricter
  threshold: 0.3,
  minMatchCharLength: 3,
  shouldSort: true,
  isCaseSensitive: false,
  // prefer whole-name similarity over a short substring of a long name
  ignoreFieldNorm: false,
};

const MAX_CACHE = 50_000;
const LENGTH_BANDS: [number, number][] = [
  [0, 9],
  [10, 13],
  [14, 17],
  [18, 22],
  [23, 28],
  [29, 36],
  [37, 999],
];
const MIN_SNAP_LENGTH = 4;
/** Generic words that say nothing about which irritant it is. */
const GENERIC = new Set([
  'acid',
  'oil',
  'extract',
  'seed',
  'leaf',
  'flower',
  'fruit',
  'peel',
  'sodium',
  'water',
  'powder',
  'alcohol',
  'bark',
  'root',
  'potassium',
  'calcium',
  'magnesium',
  'ammonium',
  'shell',
  'stem',
  'meal',
  'de',
  'of',
]);

class Matcher {
  readonly exact: Map<string, VocabEntry>;
  /** Every token of every known name, with how many names use it. */
  private readonly tokenFreq = new Map<string, number>();
  /** deletion variant -> tokens (symmetric deletion, distance 1) */
  private readonly deletes = new Map<string, string[]>();
  private readonly irritantGrams = new Set<string>();
  /** Distinctive words of irritant names ("glycolic", "retinyl"), for the fuzzy prefilter. */
  private readonly irritantTokens: string[] = [];
  /** One fuse index per name-length band, built once: a query only searches bands near its length. */
  private fuseBands: { min: number; max: number; fuse: Fuse<NameEntry> }[] | null = null;
  private readonly irritantNames: string[] = [];
  private readonly harmlessNames: string[] = [];
  private readonly cache = new Map<string, RuleMatch | null>();
  /** Counters for the benchmark and tests. */
  readonly stats = { fuseCalls: 0, cacheHits: 0, lookups: 0 };

  constructor() {
    this.exact = getVocab().exact;
    for (const [name, entry] of this.exact) {
      for (const t of tokensOf(name)) this.tokenFreq.set(t, (this.tokenFreq.get(t) ?? 0) + 1);
      if (entry.rule && entry.fuzzy) {
        this.irritantNames.push(name);
        for (const t of tokensOf(name)) {
          if (GENERIC.has(t) || t.length < 4) continue;
          if (!this.irritantTokens.includes(t)) this.irritantTokens.push(t);
          for (let i = 0; i + 3 <= t.length; i++) this.irritantGrams.add(t.slice(i, i + 3));
        }
      } else {
        this.harmlessNames.push(name);
      }
    }
    for (const t of this.tokenFreq.keys()) {
      if (t.length < MIN_SNAP_LENGTH) continue;
      for (const d of deletions(t)) {
        const list = this.deletes.get(d);
        if (list) {
          if (!list.includes(t)) list.push(t);
        } else this.deletes.set(d, [t]);
      }
      const list = this.deletes.get(t);
      if (list) {
        if (!list.includes(t)) list.push(t);
      } else this.deletes.set(t, [t]);
    }
  }

  /** Build the fuse indexes (once, lazily: most runs never need them). */
  private fuses(): { min: number; max: number; fuse: Fuse<NameEntry> }[] {
    if (!this.fuseBands) {
      this.fuseBands = LENGTH_BANDS.map(([min, max]) => ({
        min,
        max,
        fuse: new Fuse(
          this.irritantNames.filter((n) => n.length >= min && n.length <= max).map((name) => ({ name })),
          FUSE_OPTIONS,
        ),
      }));
    }
    return this.fuseBands;
  }

  /** Build the fuse indexes now (benchmarks time lists, not start-up). */
  warm(): void {
    this.fuses();
    // let the JIT see the fuzzy path once, so the first real typo does not pay for it
    for (const n of ['gylcolc acid', 'retnyl palmitat', 'butyl methodibenzoylmethane', 'hydrocitronellal']) {
      this.fuzzy(n);
      this.fuzzy(n);
    }
    this.stats.fuseCalls = 0;
  }

  isKnownToken(t: string): boolean {
    return this.tokenFreq.has(t);
  }

  /** The known token one edit away from `t`, preferring the most used; null when none. */
  snapToken(t: string): string | null {
    if (t.length < MIN_SNAP_LENGTH || this.tokenFreq.has(t) || /^\d+$/.test(t)) return null;
    const cands = new Set<string>();
    for (const x of this.deletes.get(t) ?? []) cands.add(x);
    for (const d of deletions(t)) for (const x of this.deletes.get(d) ?? []) cands.add(x);
    let best: string | null = null;
    let bestFreq = -1;
    for (const c of cands) {
      if (Math.abs(c.length - t.length) > 1) continue;
      if (editDistance(c, t, 1) > 1) continue;
      const f = this.tokenFreq.get(c) ?? 0;
      if (f > bestFreq || (f === bestFreq && best !== null && c < best)) {
        best = c;
        bestFreq = f;
      }
    }
    return best;
  }

  /** Exact name -> entry (rule or harmless), or undefined. */
  lookup(n: string): VocabEntry | undefined {
    return this.exact.get(n);
  }

  matchItem(item: Item): RuleMatch | null {
    const name = normalizeName(item.name);
    const aliases = item.aliases.map(normalizeName).filter((a) => a.length > 0);
    const key = aliases.length > 0 ? `${name}|${aliases.join('|')}` : name;
    this.stats.lookups++;
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      this.stats.cacheHits++;
      return hit;
    }
    const result = this.compute(name, aliases);
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  private compute(name: string, aliases: string[]): RuleMatch | null {
    // 1. exact: the name, then aliases ("Aqua (Water)", "Avobenzone/Butyl Methoxydibenzoylmethane")
    const e = this.exact.get(name);
    if (e?.rule) return { rule: e.rule, kind: e.canonical ? 'exact' : 'synonym', via: name };
    let anyKnown = e !== undefined;
    for (const a of aliases) {
      const ae = this.exact.get(a);
      if (ae?.rule) return { rule: ae.rule, kind: 'synonym', via: a };
      if (ae) anyKnown = true;
    }
    // the name itself is a harmless name: done (its aliases were checked above)
    if (e) return null;
    // 2. family patterns over all tokens
    const tokens: string[] = [];
    for (const s of [name, ...aliases]) for (const t of tokensOf(s)) if (!tokens.includes(t)) tokens.push(t);
    const p = matchPattern(tokens);
    if (p) {
      const rule = getVocab().rulesById.get(p);
      if (rule) return { rule, kind: 'synonym', via: name };
    }
    if (anyKnown) return null;
    // 3. typo repair token by token
    const nameTokens = tokensOf(name);
    if (nameTokens.length === 0 || nameTokens.length > 10) return null;
    let unknown: string[] = [];
    let repaired = false;
    const fixed = nameTokens.map((t) => {
      if (this.tokenFreq.has(t)) return t;
      const s = this.snapToken(t);
      if (s) {
        repaired = true;
        return s;
      }
      unknown.push(t);
      return t;
    });
    if (repaired) {
      const fixedName = fixed.join(' ');
      const fe = this.exact.get(fixedName);
      if (fe?.rule && fe.fuzzy) {
        return {
          rule: fe.rule,
          kind: 'fuzzy',
          score: round(editDistance(name, fixedName) / name.length),
          via: fixedName,
        };
      }
      if (fe) return null;
      const fp = unknown.length === 0 ? matchPattern(fixed) : null;
      if (fp) {
        const rule = getVocab().rulesById.get(fp);
        if (rule)
          return {
            rule,
            kind: 'fuzzy',
            score: round(editDistance(name, fixedName) / name.length),
            via: fixedName,
          };
      }
    }
    // 4. fuse, for names that still hold a word unlike any known word but like an irritant word
    // Prefilter: short names only (prose never reaches fuse), at most two unknown words, and one of
    // them must share a 3-gram with, and be within two edits of, a distinctive irritant word.
    if (nameTokens.length > 6) return null;
    unknown = unknown.filter((t) => t.length >= MIN_SNAP_LENGTH && !/^\d+$/.test(t));
    if (unknown.length === 0 || unknown.length > 2) return null;
    if (!unknown.some((t) => this.sharesIrritantGram(t) && this.nearIrritantToken(t))) return null;
    return this.fuzzy(name);
  }

  private nearIrritantToken(t: string): boolean {
    for (const x of this.irritantTokens) {
      if (Math.abs(x.length - t.length) <= 2 && editDistance(x, t, 2) <= 2) return true;
    }
    return false;
  }

  private sharesIrritantGram(t: string): boolean {
    for (let i = 0; i + 3 <= t.length; i++) if (this.irritantGrams.has(t.slice(i, i + 3))) return true;
    return false;
  }

  private fuzzy(name: string): RuleMatch | null {
    if (name.length < 5 || name.length > 80) return null;
    this.stats.fuseCalls++;
    const lo = Math.floor(name.length * 0.75);
    const hi = Math.ceil(name.length * 1.34);
    let best: { n: string; d: number } | null = null;
    for (const band of this.fuses()) {
      if (band.max < lo || band.min > hi) continue;
      for (const r of band.fuse.search(name, { limit: 5 })) {
        const d = editDistance(name, r.item.name, 8);
        if (!best || d < best.d) best = { n: r.item.name, d };
      }
    }
    if (!best) return null;
    // allowed edits: about one per five characters, at least one
    const allowed = Math.max(1, Math.floor(Math.max(name.length, best.n.length) / 5));
    if (best.d > allowed) return null;
    // harmless competitors (harmless.ts + look-alikes): the irritant must be strictly closer than every
    // one of them. Length filter first, then a bounded edit distance: no second fuse pass needed.
    for (const h of this.harmlessNames) {
      if (Math.abs(h.length - name.length) > best.d) continue;
      if (editDistance(name, h, best.d) <= best.d) return null;
    }
    const entry = this.exact.get(best.n);
    if (!entry?.rule) return null;
    return {
      rule: entry.rule,
      kind: 'fuzzy',
      score: round(best.d / Math.max(name.length, best.n.length)),
      via: best.n,
    };
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** All strings with one character deleted. */
function deletions(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}

let matcher: Matcher | null = null;

/** The shared matcher (indexes built once). */
export function getMatcher(): Matcher {
  if (!matcher) matcher = new Matcher();
  return matcher;
}

export type { Matcher };
