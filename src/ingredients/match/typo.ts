/**
 * Typo repair, word by word: an unknown word one edit away from a known word is replaced by it, using a
 * symmetric-deletion index over every word of every known name (distance 1: the word and its one-letter
 * deletions are looked up, never generated edits).
 */
import { remember } from '../memo';
import { editDistance, tokensOf } from '../normalize';
import type { VocabEntry } from '../vocab';

/** Shortest word repaired (a three-letter word is only completed by one missing letter). */
export const MIN_SNAP_LENGTH = 4;
/** Replacement words tried per misspelt word, and combinations tried per name. */
const MAX_SNAPS = 3;
const MAX_COMBOS = 27;
const NO_SNAPS: string[] = [];

export interface RepairResult {
  /** The vocabulary entry the repaired name spells, if any. */
  entry: VocabEntry | undefined;
  fixedName?: string;
  /** Tokens after repair (empty when nothing was repaired). */
  fixed: string[];
  /** Words with no known word within one edit. */
  unknown: string[];
  /** Each token's replacements, most used first (the token itself when known or unknown); when repaired. */
  options?: string[][];
}

/**
 * Every combination of one replacement per token, the most used first (odometer order), at most
 * MAX_COMBOS; `options` as RepairResult.options.
 */
export function* combinations(options: readonly (readonly string[])[]): Generator<string[]> {
  let combos = 1;
  for (const o of options) combos *= o.length;
  if (combos > MAX_COMBOS) combos = 1;
  const idx = new Array<number>(options.length).fill(0);
  for (let k = 0; k < combos; k++) {
    if (k > 0) {
      for (let p = 0; p < idx.length; p++) {
        idx[p]!++;
        if (idx[p]! < options[p]!.length) break;
        idx[p] = 0;
      }
    }
    yield options.map((o, p) => o[idx[p]!]!);
  }
}

function isDigits(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Words a fresh matcher repairs by scanning before it builds the deletion indexes (TypoRepair.scan). */
const SCAN_LIMIT = 64;

/**
 * A necessary condition for edit distance <= 1 (optimal string alignment), linear and allocation-free:
 * equal lengths differ in at most two positions; lengths one apart share a prefix and a suffix covering
 * the shorter word. The exact distance is checked after it.
 */
function mayBeOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let diff = 0;
    for (let i = 0; i < la; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++diff > 2) return false;
    return true;
  }
  if (Math.abs(la - lb) !== 1) return false;
  const [s, l] = la < lb ? [a, b] : [b, a];
  let p = 0;
  while (p < s.length && s.charCodeAt(p) === l.charCodeAt(p)) p++;
  let q = 0;
  while (q < s.length - p && s.charCodeAt(s.length - 1 - q) === l.charCodeAt(l.length - 1 - q)) q++;
  return p + q >= s.length;
}

/**
 * The symmetric-deletion keys are 32-bit polynomial hashes, not strings: a word's L one-letter deletions
 * are L hashes computed from its prefix hashes in O(1) each, where building L strings (each a new string
 * to copy and hash before its look-up) was the largest cost of a first pass's typo repair (node
 * --cpu-prof, issue 9 item 7). Two keys that collide only add a candidate, and every candidate's edit
 * distance is checked after (snapCandidates), so the answers are the same as with string keys.
 */
const HASH_BASE = 0x01000193;

function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** Prefix hashes, reused: prefix[i] = hashOf(t.slice(0, i)). */
const prefix: number[] = [];

/**
 * The hash of `t` with each one character deleted (index i: t without t[i]): with P the prefix hashes and
 * B the base, hash(t without t[i]) = P[L] + (P[i] - P[i + 1]) * B^(L - 1 - i).
 */
function deletionHashes(t: string, out: number[]): number[] {
  const L = t.length;
  prefix[0] = 0;
  for (let i = 0; i < L; i++) prefix[i + 1] = (Math.imul(prefix[i]!, HASH_BASE) + t.charCodeAt(i)) | 0;
  const whole = prefix[L]!;
  out.length = L;
  let pow = 1;
  for (let i = L - 1; i >= 0; i--) {
    out[i] = (whole + Math.imul((prefix[i]! - prefix[i + 1]!) | 0, pow)) | 0;
    pow = Math.imul(pow, HASH_BASE);
  }
  return out;
}

/** Tokens of one length by symmetric-deletion key (the hash of each token and of its one-letter deletions). */
type DeletionIndex = Map<number, string[]>;

function addKey(index: DeletionIndex, key: number, token: string): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [token]);
  else if (!list.includes(token)) list.push(token);
}

/** Scratch arrays for deletionHashes(): one for building the indexes, one for the words looked up. */
const buildKeys: number[] = [];
const wordKeys: number[] = [];

export class TypoRepair {
  /** Every token of every known name, with how many names use it (built on the first repair). */
  private tokenFreq: Map<string, number> | null = null;
  /** Known tokens of at least MIN_SNAP_LENGTH letters, by length (built with tokenFreq). */
  private readonly tokensByLength = new Map<number, string[]>();
  /**
   * Deletion indexes, one per token length, each built the first time a word needs it. A key of length m
   * is a deletion of a token of length m + 1 or a token of length m itself, so a word of length L only
   * reads the indexes of lengths L - 1 to L + 1. One index over every token was 27,000 keys built in a
   * fresh worker's first list whether or not it held a misspelt word (issue 13 item 4: 21 of its 72 ms);
   * now the first SCAN_LIMIT misspelt words are found by scan() and build none, and later words only the
   * lengths they read.
   */
  private readonly deletes = new Map<number, DeletionIndex>();
  private readonly snapCache = new Map<string, string[]>();

  /**
   * @param exact every known name (the vocabulary)
   * @param extraWords words known besides those of the names (the family patterns' genera and parts), each
   *   counted as used once
   */
  constructor(
    private readonly exact: ReadonlyMap<string, VocabEntry>,
    private readonly extraWords: readonly string[] = [],
  ) {}

  private known(): Map<string, number> {
    if (this.tokenFreq) return this.tokenFreq;
    const freq = new Map<string, number>();
    for (const name of this.exact.keys()) {
      for (const t of tokensOf(name)) freq.set(t, (freq.get(t) ?? 0) + 1);
    }
    for (const w of this.extraWords) if (!freq.has(w)) freq.set(w, 1);
    for (const t of freq.keys()) {
      if (t.length < MIN_SNAP_LENGTH) continue;
      const group = this.tokensByLength.get(t.length);
      if (group) group.push(t);
      else this.tokensByLength.set(t.length, [t]);
    }
    this.tokenFreq = freq;
    return freq;
  }

  /** The deletion index of the known tokens of one length. */
  private deletionIndex(length: number): DeletionIndex {
    let index = this.deletes.get(length);
    if (index) return index;
    index = new Map();
    for (const t of this.tokensByLength.get(length) ?? NO_SNAPS) {
      for (const d of deletionHashes(t, buildKeys)) addKey(index, d, t);
      addKey(index, hashOf(t), t);
    }
    this.deletes.set(length, index);
    return index;
  }

  /** Known tokens whose key (the token, or a one-letter deletion of it) hashes to `key`, for a key of length `length`. */
  private withDeletion(key: number, length: number, out: Set<string>): void {
    const same = this.deletionIndex(length).get(key);
    if (same !== undefined) for (const x of same) out.add(x);
    const longer = this.deletionIndex(length + 1).get(key);
    if (longer !== undefined) for (const x of longer) out.add(x);
  }

  /**
   * Candidates for `t` by scanning the known tokens of lengths |t| - 1 to |t| + 1 with a cheap necessary
   * test of one edit (substitution, transposition, insertion or deletion). Every token within one edit
   * shares a deletion key with `t`, so after snapCandidates' own filter (the edit distance) this gives what
   * the deletion index gives; tests/unit/ingredients/match/typo.test.ts compares the two over every known
   * token's misspellings. Measured in fresh Node processes on a loaded machine: 0.1-0.5 ms a word (the
   * less the more it ran) against 10-20 ms for the first word that builds the indexes of its lengths, and
   * 0.03 ms a word after; 18% of the corpus lists hold a word to repair. So a worker's first lists scan, a
   * long run (the corpus: 7,155 such words) builds the indexes.
   */
  private scan(t: string, out: Set<string>): void {
    for (let len = t.length - 1; len <= t.length + 1; len++) {
      if (t.length < MIN_SNAP_LENGTH && len !== t.length + 1) continue;
      for (const c of this.tokensByLength.get(len) ?? NO_SNAPS) if (mayBeOneEdit(c, t)) out.add(c);
    }
  }

  /** Words looked up by scanning so far; after SCAN_LIMIT (or warm()), by the deletion indexes. */
  private scanned = 0;
  /** Force one way (tests compare them); null: scan the first SCAN_LIMIT words, then index. */
  mode: 'scan' | 'index' | null = null;

  /** Build every index now (benchmarks time lists, not start-up). */
  warm(): void {
    this.known();
    for (const len of this.tokensByLength.keys()) this.deletionIndex(len);
    this.scanned = SCAN_LIMIT;
  }

  clearCache(): void {
    this.snapCache.clear();
  }

  /**
   * Known tokens one edit away from an unknown token `t`, most used first (at most MAX_SNAPS).
   * A three-letter token is only completed by one missing letter ("acd", "aid" -> "acid", "laf" -> "leaf").
   */
  snapCandidates(t: string): string[] {
    const known = this.known();
    if (t.length < MIN_SNAP_LENGTH - 1 || known.has(t) || isDigits(t)) return NO_SNAPS;
    const cached = this.snapCache.get(t);
    if (cached) return cached;
    const cands = new Set<string>();
    if (this.mode === 'scan' || (this.mode === null && this.scanned++ < SCAN_LIMIT)) this.scan(t, cands);
    else {
      this.withDeletion(hashOf(t), t.length, cands);
      if (t.length >= MIN_SNAP_LENGTH)
        for (const d of deletionHashes(t, wordKeys)) this.withDeletion(d, t.length - 1, cands);
    }
    const out: { c: string; f: number }[] = [];
    for (const c of cands) {
      if (t.length < MIN_SNAP_LENGTH ? c.length !== t.length + 1 : Math.abs(c.length - t.length) > 1)
        continue;
      if (editDistance(c, t, 1) > 1) continue;
      out.push({ c, f: known.get(c) ?? 0 });
    }
    out.sort((a, b) => b.f - a.f || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
    const res = out.length === 0 ? NO_SNAPS : out.slice(0, MAX_SNAPS).map((x) => x.c);
    remember(this.snapCache, t, res);
    return res;
  }

  /**
   * Typo repair of one normalized name: unknown words are replaced by known words one edit away.
   * The most used replacement decides when it forms a known name; otherwise the other combinations are
   * tried, and an irritant name counts only when no combination spells a harmless name.
   */
  repair(name: string): RepairResult | null {
    const tokens = tokensOf(name);
    if (tokens.length === 0 || tokens.length > 10) return null;
    // a lone short word ("Sali") is too ambiguous to repair, but for a four-letter word missing one letter
    // of a five-letter name ("Aroa", "Arma" -> aroma), as a three-letter word inside a name is completed
    if (tokens.length === 1 && tokens[0]!.length < 5) {
      const t = tokens[0]!;
      const c =
        t.length === 4 && !this.known().has(t)
          ? this.snapCandidates(t).find((x) => x.length === 5)
          : undefined;
      const e = c === undefined ? undefined : this.exact.get(c);
      return e
        ? { entry: e, fixedName: c, fixed: [c!], unknown: NO_SNAPS }
        : { entry: undefined, fixed: NO_SNAPS, unknown: tokens };
    }
    const options: string[][] = [];
    const unknown: string[] = [];
    let repaired = false;
    let combos = 1;
    const known = this.known();
    for (const t of tokens) {
      if (known.has(t)) {
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
    if (be) return { entry: be, fixedName: bestName, fixed: best, unknown, options };
    if (combos > 1 && combos <= MAX_COMBOS) {
      let irritant: { e: VocabEntry; n: string; toks: string[] } | null = null;
      let first = true;
      for (const toks of combinations(options)) {
        if (first) {
          first = false; // the best combination, looked up above
          continue;
        }
        const n = toks.join(' ');
        const e = this.exact.get(n);
        if (!e) continue;
        if (!e.rule) return { entry: e, fixedName: n, fixed: toks, unknown, options };
        if (!irritant) irritant = { e, n, toks };
      }
      if (irritant)
        return { entry: irritant.e, fixedName: irritant.n, fixed: irritant.toks, unknown, options };
    }
    return { entry: undefined, fixed: best, unknown, options };
  }
}
