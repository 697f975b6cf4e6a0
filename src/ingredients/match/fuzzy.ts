/**
 * Fuzzy matching with fuse.js, the last step for names that still hold an unknown word: small fuse indexes
 * of the irritant names, a cheap prefilter (3-grams, distance to distinctive irritant words) and a check that
 * no harmless name (harmless.ts, look-alikes) is as close.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { remember } from '../memo';
import { editDistance, tokensOf } from '../normalize';
import type { RuleMatch } from '../types';
import type { VocabEntry } from '../vocab';
import { addByLength, signature, sigDiff, signatures, type LengthGroup } from './signature';

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

/** Fuse indexes hold names of one first letter and one length band of this many characters. */
const BAND = 6;

function bucketKey(firstChar: number, length: number): number {
  return firstChar * 64 + Math.min(63, Math.floor(length / BAND));
}

/** Longest fuse pattern (Bitap works on 32-bit masks). */
const MAX_PATTERN = 32;

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

/** The 3-gram t[i, i + 3) as one number (normalized words are ASCII letters and digits: 7 bits each). */
function gramAt(t: string, i: number): number {
  return (t.charCodeAt(i) << 16) | (t.charCodeAt(i + 1) << 8) | t.charCodeAt(i + 2);
}

/** Scores are rounded to three decimals (they are shown and compared, never summed). */
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export class FuzzyIndex {
  /** 3-grams of the distinctive irritant words, for the prefilter (gramAt(): one number each, no strings). */
  private readonly irritantGrams = new Set<number>();
  /** Distinctive words of irritant names ("glycolic", "retinyl"), by length, for the fuzzy prefilter. */
  private readonly irritantTokensByLength = new Map<number, LengthGroup>();
  private readonly nearCache = new Map<string, boolean>();
  /** Irritant names by first letter and length band (bucketKey), and their fuse indexes once built. */
  private namesByBucket: Map<number, NameEntry[]> | null = null;
  private readonly fuseByBucket = new Map<number, Fuse<NameEntry>>();
  /** Harmless names by length, with letter-count signatures, for the competitor check. */
  private readonly harmlessByLength = new Map<number, LengthGroup>();
  private readonly irritantNames: string[] = [];

  constructor(
    private readonly exact: ReadonlyMap<string, VocabEntry>,
    /** The matcher's counters (fuse searches are counted here). */
    private readonly stats: { fuseCalls: number },
  ) {
    const irritantTokens = new Set<string>();
    for (const [name, entry] of exact) {
      if (entry.rule && entry.fuzzy) {
        this.irritantNames.push(name);
        for (const t of tokensOf(name)) {
          if (GENERIC.has(t) || t.length < 4) continue;
          if (!irritantTokens.has(t)) {
            irritantTokens.add(t);
            addByLength(this.irritantTokensByLength, t);
          }
          for (let i = 0; i + 3 <= t.length; i++) this.irritantGrams.add(gramAt(t, i));
        }
      } else addByLength(this.harmlessByLength, name);
    }
  }

  /**
   * One small fuse index per first letter and length band of the irritant names (a handful of names
   * each), each built the first time a search reads it: a typo rarely hits the first letter, and Bitap
   * over a small index is fast. Built all at once, the 100-odd indexes were most of a fresh worker's first
   * fuzzy search (node --cpu-prof: the Fuse constructors, issue 13 item 4); a search reads one to three.
   */
  private fuse(key: number): Fuse<NameEntry> | undefined {
    let fuse = this.fuseByBucket.get(key);
    if (!fuse) {
      const docs = this.buckets().get(key);
      if (!docs) return undefined;
      fuse = new Fuse(docs, FUSE_OPTIONS);
      this.fuseByBucket.set(key, fuse);
    }
    return fuse;
  }

  private buckets(): Map<number, NameEntry[]> {
    if (this.namesByBucket) return this.namesByBucket;
    const groups = new Map<number, NameEntry[]>();
    for (const name of this.irritantNames) {
      const c = bucketKey(name.charCodeAt(0), name.length);
      const g = groups.get(c);
      if (g) g.push({ name });
      else groups.set(c, [{ name }]);
    }
    this.namesByBucket = groups;
    return groups;
  }

  /** Build the fuse indexes now (benchmarks time lists, not start-up). */
  warm(): void {
    for (const key of this.buckets().keys()) this.fuse(key);
    // the letter-count signatures too (otherwise built by the first real near-miss of each length)
    for (const group of this.harmlessByLength.values()) group.hist ??= signatures(group.names);
    for (const group of this.irritantTokensByLength.values()) group.hist ??= signatures(group.names);
    // let the JIT see the fuzzy path once, so the first real typo does not pay for it
    for (const n of ['gylcolc acid', 'retnyl palmitat', 'butyl methodibenzoylmethane', 'hydrocitronellal']) {
      this.search(n);
      this.search(n);
    }
  }

  clearCache(): void {
    this.nearCache.clear();
  }

  /** Prefilter: may the unknown word `t` be a misspelt irritant word (a shared 3-gram, within two edits)? */
  isNearIrritantWord(t: string): boolean {
    return this.sharesIrritantGram(t) && this.nearIrritantToken(t);
  }

  /** Is `t` within two edits of a distinctive irritant word? (memoized) */
  private nearIrritantToken(t: string): boolean {
    const hit = this.nearCache.get(t);
    if (hit !== undefined) return hit;
    let near = false;
    const q = signature(t);
    for (let len = t.length - 2; len <= t.length + 2 && !near; len++) {
      const group = this.irritantTokensByLength.get(len);
      if (!group) continue;
      if (!group.hist) group.hist = signatures(group.names);
      for (let k = 0; k < group.names.length; k++) {
        if (sigDiff(group.hist, k, q, 4) > 4) continue;
        if (editDistance(group.names[k]!, t, 2) <= 2) {
          near = true;
          break;
        }
      }
    }
    remember(this.nearCache, t, near);
    return near;
  }

  private sharesIrritantGram(t: string): boolean {
    for (let i = 0; i + 3 <= t.length; i++) if (this.irritantGrams.has(gramAt(t, i))) return true;
    return false;
  }

  /**
   * The irritant a name is a near-miss of: fuse candidates from the irritant names of the same first letter
   * and length band, rescored by edit distance, and accepted only when no harmless name is as close.
   */
  search(name: string): RuleMatch | null {
    if (name.length < 5 || name.length > 80) return null;
    this.stats.fuseCalls++;
    // cap the pattern: Bitap splits patterns over 32 characters into several searches
    const pattern = name.length > MAX_PATTERN ? name.slice(0, MAX_PATTERN) : name;
    const first = name.charCodeAt(0);
    const lo = Math.floor(name.length * 0.75);
    const hi = Math.ceil(name.length * 1.34);
    let best: { n: string; d: number } | null = null;
    for (let band = Math.floor(lo / BAND); band <= Math.floor(hi / BAND); band++) {
      const fuse = this.fuse(first * 64 + Math.min(63, band));
      if (!fuse) continue;
      for (const r of fuse.search(pattern, { limit: 5 })) {
        const n = r.item.name;
        if (n.length < lo || n.length > hi) continue;
        const d = editDistance(name, n, 8);
        if (!best || d < best.d) best = { n, d };
      }
    }
    if (!best) return null;
    // allowed edits: about one per five characters, at least one
    const allowed = Math.max(1, Math.floor(Math.max(name.length, best.n.length) / 5));
    if (best.d > allowed) return null;
    // harmless competitors (harmless.ts + look-alikes): the irritant must be strictly closer than every
    // one of them. Only lengths within best.d can be that close: no second fuse pass needed.
    // A letter-count signature bounds the distance from below (each edit changes at most two counts).
    const q = signature(name);
    const limit = 2 * best.d;
    for (let len = name.length - best.d; len <= name.length + best.d; len++) {
      const group = this.harmlessByLength.get(len);
      if (!group) continue;
      if (!group.hist) group.hist = signatures(group.names);
      const hist = group.hist;
      for (let k = 0; k < group.names.length; k++) {
        if (sigDiff(hist, k, q, limit) > limit) continue;
        if (editDistance(name, group.names[k]!, best.d) <= best.d) return null;
      }
    }
    const entry = this.exact.get(best.n);
    if (!entry?.rule) return null;
    return {
      rule: entry.rule,
      kind: 'fuzzy',
      score: roundScore(best.d / Math.max(name.length, best.n.length)),
      via: best.n,
    };
  }
}
