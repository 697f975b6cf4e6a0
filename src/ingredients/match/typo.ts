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
}

function isDigits(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** All strings with one character deleted. */
function deletions(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}

export class TypoRepair {
  /** Every token of every known name, with how many names use it. */
  private readonly tokenFreq = new Map<string, number>();
  /** deletion variant -> tokens (symmetric deletion, distance 1) */
  private readonly deletes = new Map<string, string[]>();
  private readonly snapCache = new Map<string, string[]>();

  constructor(private readonly exact: ReadonlyMap<string, VocabEntry>) {
    for (const name of exact.keys()) {
      for (const t of tokensOf(name)) this.tokenFreq.set(t, (this.tokenFreq.get(t) ?? 0) + 1);
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

  clearCache(): void {
    this.snapCache.clear();
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
}
