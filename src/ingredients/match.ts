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
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { matchPattern } from './families';
import { editDistance, itemKey, normalizeName, tokensOf } from './normalize';
import type { Item, MatchKind, Rule } from './types';
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
/** Fuse indexes hold names of one first letter and one length band of this many characters. */
const BAND = 6;

function bucketKey(firstChar: number, length: number): number {
  return firstChar * 64 + Math.min(63, Math.floor(length / BAND));
}

/** Longest fuse pattern (Bitap works on 32-bit masks). */
const MAX_PATTERN = 32;
const MIN_SNAP_LENGTH = 4;
/** Replacement words tried per misspelt word, and combinations tried per name. */
const MAX_SNAPS = 3;
const MAX_COMBOS = 27;
const NO_SNAPS: string[] = [];

interface RepairResult {
  /** The vocabulary entry the repaired name spells, if any. */
  entry: VocabEntry | undefined;
  fixedName?: string;
  /** Tokens after repair (empty when nothing was repaired). */
  fixed: string[];
  /** Words with no known word within one edit. */
  unknown: string[];
}

function isDigits(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
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
  private readonly irritantTokensByLength = new Map<number, { names: string[]; hist: Uint8Array | null }>();
  private readonly nearCache = new Map<string, boolean>();
  /** Fuse indexes by first letter and length band (bucketKey), built once. */
  private fuseByLetter: Map<number, Fuse<NameEntry>> | null = null;
  /** Harmless names by length, with letter-count signatures, for the competitor check. */
  private readonly harmlessByLength = new Map<number, { names: string[]; hist: Uint8Array | null }>();
  private readonly irritantNames: string[] = [];
  private readonly harmlessNames: string[] = [];
  private readonly cache = new Map<string, RuleMatch | null>();
  private readonly snapCache = new Map<string, string[]>();
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
          if (!this.irritantTokens.includes(t)) {
            this.irritantTokens.push(t);
            const group = this.irritantTokensByLength.get(t.length);
            if (group) group.names.push(t);
            else this.irritantTokensByLength.set(t.length, { names: [t], hist: null });
          }
          for (let i = 0; i + 3 <= t.length; i++) this.irritantGrams.add(t.slice(i, i + 3));
        }
      } else {
        this.harmlessNames.push(name);
        const group = this.harmlessByLength.get(name.length);
        if (group) group.names.push(name);
        else this.harmlessByLength.set(name.length, { names: [name], hist: null });
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

  /**
   * One small fuse index per first letter and length band of the irritant names (a handful of names
   * each), built once: a typo rarely hits the first letter, and Bitap over a small index is fast.
   */
  private fuses(): Map<number, Fuse<NameEntry>> {
    if (!this.fuseByLetter) {
      const groups = new Map<number, NameEntry[]>();
      for (const name of this.irritantNames) {
        const c = bucketKey(name.charCodeAt(0), name.length);
        const g = groups.get(c);
        if (g) g.push({ name });
        else groups.set(c, [{ name }]);
      }
      this.fuseByLetter = new Map();
      for (const [c, docs] of groups) this.fuseByLetter.set(c, new Fuse(docs, FUSE_OPTIONS));
    }
    return this.fuseByLetter;
  }

  /** Build the fuse indexes now (benchmarks time lists, not start-up). */
  warm(): void {
    this.fuses();
    // the letter-count signatures too (otherwise built by the first real near-miss of each length)
    for (const group of this.harmlessByLength.values()) group.hist ??= signatures(group.names);
    for (const group of this.irritantTokensByLength.values()) group.hist ??= signatures(group.names);
    // let the JIT see the fuzzy path once, so the first real typo does not pay for it
    for (const n of ['gylcolc acid', 'retnyl palmitat', 'butyl methodibenzoylmethane', 'hydrocitronellal']) {
      this.fuzzy(n);
      this.fuzzy(n);
    }
    this.stats.fuseCalls = 0;
  }

  clearCaches(): void {
    this.cache.clear();
    this.snapCache.clear();
    this.nearCache.clear();
    this.stats.fuseCalls = 0;
    this.stats.cacheHits = 0;
    this.stats.lookups = 0;
  }

  isKnownToken(t: string): boolean {
    return this.tokenFreq.has(t);
  }

  /** The known token one edit away from `t`, preferring the most used; null when none. */
  snapToken(t: string): string | null {
    return this.snapCandidates(t)[0] ?? null;
  }

  /**
   * Known tokens one edit away from an unknown token `t`, most used first (at most MAX_SNAPS).
   * A three-letter token is only completed by one missing letter ("acd", "aid" -> "acid", "laf" -> "leaf").
   */
  snapCandidates(t: string): string[] {
    if (t.length < MIN_SNAP_LENGTH - 1 || this.tokenFreq.has(t) || isDigits(t)) return NO_SNAPS;
    const cached = this.snapCache.get(t);
    if (cached) return cached;
    const cands = new Set<string>();
    for (const x of this.deletes.get(t) ?? NO_SNAPS) cands.add(x);
    if (t.length >= MIN_SNAP_LENGTH) {
      for (const d of deletions(t)) for (const x of this.deletes.get(d) ?? NO_SNAPS) cands.add(x);
    }
    const out: { c: string; f: number }[] = [];
    for (const c of cands) {
      if (t.length < MIN_SNAP_LENGTH ? c.length !== t.length + 1 : Math.abs(c.length - t.length) > 1)
        continue;
      if (editDistance(c, t, 1) > 1) continue;
      out.push({ c, f: this.tokenFreq.get(c) ?? 0 });
    }
    out.sort((a, b) => b.f - a.f || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
    const res = out.length === 0 ? NO_SNAPS : out.slice(0, MAX_SNAPS).map((x) => x.c);
    if (this.snapCache.size >= MAX_CACHE) this.snapCache.clear();
    this.snapCache.set(t, res);
    return res;
  }

  /**
   * Typo repair of one normalized name: unknown words are replaced by known words one edit away.
   * The most used replacement decides when it forms a known name; otherwise the other combinations are
   * tried, and an irritant name counts only when no combination spells a harmless name.
   */
  private repair(name: string): RepairResult | null {
    const tokens = tokensOf(name);
    if (tokens.length === 0 || tokens.length > 10) return null;
    // a lone short word ("Sali") is too ambiguous to repair
    if (tokens.length === 1 && tokens[0]!.length < 5)
      return { entry: undefined, fixed: NO_SNAPS, unknown: tokens };
    const options: string[][] = [];
    const unknown: string[] = [];
    let repaired = false;
    let combos = 1;
    for (const t of tokens) {
      if (this.tokenFreq.has(t)) {
        options.push([t]);
        continue;
      }
      const c = this.snapCandidates(t);
      if (c.length > 0) {
        repaired = true;
        options.push(c);
        combos *= c.length;
      } else {
        unknown.push(t);
        options.push([t]);
      }
    }
    if (!repaired) return { entry: undefined, fixed: NO_SNAPS, unknown };
    const best = options.map((o) => o[0]!);
    const bestName = best.join(' ');
    const be = this.exact.get(bestName);
    if (be) return { entry: be, fixedName: bestName, fixed: best, unknown };
    if (combos > 1 && combos <= MAX_COMBOS) {
      let irritant: { e: VocabEntry; n: string; toks: string[] } | null = null;
      const idx = new Array<number>(options.length).fill(0);
      for (let k = 1; k < combos; k++) {
        // next combination (odometer)
        for (let p = 0; p < idx.length; p++) {
          idx[p]!++;
          if (idx[p]! < options[p]!.length) break;
          idx[p] = 0;
        }
        const toks = options.map((o, p) => o[idx[p]!]!);
        const n = toks.join(' ');
        const e = this.exact.get(n);
        if (!e) continue;
        if (!e.rule) return { entry: e, fixedName: n, fixed: toks, unknown };
        if (!irritant) irritant = { e, n, toks };
      }
      if (irritant) return { entry: irritant.e, fixedName: irritant.n, fixed: irritant.toks, unknown };
    }
    return { entry: undefined, fixed: best, unknown };
  }

  /** Exact name -> entry (rule or harmless), or undefined. */
  lookup(n: string): VocabEntry | undefined {
    return this.exact.get(n);
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
    // 3. typo repair token by token, on the name and then on its aliases ("Tea Tsee Laf Oil")
    const nameTokens = tokensOf(name);
    if (nameTokens.length === 0 || nameTokens.length > 10) return null;
    let unknown: string[] = [];
    for (const [k, n] of [name, ...aliases].entries()) {
      const r = this.repair(n);
      if (!r) continue;
      if (k === 0) unknown = r.unknown;
      const fe = r.entry;
      if (fe && r.fixedName !== undefined) {
        if (fe.rule && fe.fuzzy) return this.fuzzyHit(fe.rule, n, r.fixedName);
        if (k === 0) return null; // the name is a (misspelt) harmless name
        continue;
      }
      const fp = r.unknown.length === 0 && r.fixed.length > 0 ? matchPattern(r.fixed) : null;
      if (fp) {
        const rule = getVocab().rulesById.get(fp);
        if (rule) return this.fuzzyHit(rule, n, r.fixed.join(' '));
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

  private fuzzyHit(rule: Rule, name: string, fixedName: string): RuleMatch {
    return {
      rule,
      kind: 'fuzzy',
      score: round(editDistance(name, fixedName) / Math.max(1, name.length)),
      via: fixedName,
    };
  }

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
    if (this.nearCache.size >= MAX_CACHE) this.nearCache.clear();
    this.nearCache.set(t, near);
    return near;
  }

  private sharesIrritantGram(t: string): boolean {
    for (let i = 0; i + 3 <= t.length; i++) if (this.irritantGrams.has(t.slice(i, i + 3))) return true;
    return false;
  }

  private fuzzy(name: string): RuleMatch | null {
    if (name.length < 5 || name.length > 80) return null;
    this.stats.fuseCalls++;
    // cap the pattern: Bitap splits patterns over 32 characters into several searches
    const pattern = name.length > MAX_PATTERN ? name.slice(0, MAX_PATTERN) : name;
    const first = name.charCodeAt(0);
    const lo = Math.floor(name.length * 0.75);
    const hi = Math.ceil(name.length * 1.34);
    let best: { n: string; d: number } | null = null;
    for (let band = Math.floor(lo / BAND); band <= Math.floor(hi / BAND); band++) {
      const fuse = this.fuses().get(first * 64 + Math.min(63, band));
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
      score: round(best.d / Math.max(name.length, best.n.length)),
      via: best.n,
    };
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Letter-count signature slots: a-z, 0-9, everything else. */
const SIG = 37;

function sigSlot(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return 26 + c - 48;
  return 36;
}

/** Character counts of a name (capped at 255). */
function signature(name: string): Uint8Array {
  const out = new Uint8Array(SIG);
  for (let i = 0; i < name.length; i++) {
    const k = sigSlot(name.charCodeAt(i));
    if (out[k]! < 255) out[k]!++;
  }
  return out;
}

/** Sum of count differences between signature k of `hist` and `q`, stopping once over `limit`. */
function sigDiff(hist: Uint8Array, k: number, q: Uint8Array, limit: number): number {
  let diff = 0;
  const base = k * SIG;
  for (let c = 0; c < SIG && diff <= limit; c++) diff += Math.abs(hist[base + c]! - q[c]!);
  return diff;
}

/** Signatures of several names, back to back. */
function signatures(names: string[]): Uint8Array {
  const out = new Uint8Array(names.length * SIG);
  names.forEach((n, k) => out.set(signature(n), k * SIG));
  return out;
}

/** All strings with one character deleted. */
function deletions(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
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

export type { Matcher };
