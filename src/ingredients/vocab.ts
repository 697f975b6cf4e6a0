/**
 * The vocabulary: every name the engine knows, normalized, mapped to its rule (irritant) or to null
 * (harmless: look-alikes and the common INCI names in harmless.ts). Built once, lazily.
 */
import { HARMLESS } from './harmless';
import { LOOKALIKES } from './lookalikes';
import { normalizeName } from './normalize';
import { RULES } from './rules';
import type { Rule } from './types';

export interface VocabEntry {
  /** The irritant rule, or null for a harmless name. */
  readonly rule: Rule | null;
  /** True when the name is the rule's canonical name. */
  readonly canonical: boolean;
  /** May the matcher reach this name fuzzily? */
  readonly fuzzy: boolean;
}

interface Vocab {
  exact: Map<string, VocabEntry>;
  rulesById: Map<string, Rule>;
  /** First word of a known name -> the most words a known name starting with it has. */
  maxWordsByFirst: Map<string, number>;
}

/** The entry of every harmless name (never written to: the matcher only reads entries). */
const HARMLESS_ENTRY: VocabEntry = Object.freeze({ rule: null, canonical: false, fuzzy: true });

let vocab: Vocab | null = null;

export function getVocab(): Vocab {
  if (vocab) return vocab;
  const exact = new Map<string, VocabEntry>();
  const rulesById = new Map<string, Rule>();
  // Harmless names first; rule names then overwrite, so a harmless list can never hide a rule name.
  // harmless.json holds normalized, unique, non-empty names (the generator writes them so and
  // tests/unit/ingredients/harmless.test.ts checks it), so they go in as they are: normalizing its 3,788
  // names again was a third of a fresh worker's first list (issue 13 item 4, node --cpu-prof: 25 of 72 ms).
  // Every harmless entry is the same value, shared: one object instead of 3,900 to allocate and collect.
  for (const n of HARMLESS) exact.set(n, HARMLESS_ENTRY);
  for (const name of LOOKALIKES) {
    const n = normalizeName(name);
    if (n) exact.set(n, HARMLESS_ENTRY);
  }
  for (const rule of RULES) {
    rulesById.set(rule.id, rule);
    const canon = normalizeName(rule.canonical);
    for (const name of [rule.canonical, ...rule.names]) {
      const n = normalizeName(name);
      if (!n) continue;
      const prev = exact.get(n);
      // A look-alike listed by another rule's notMatch stays harmless (e.g. "ethylhexyl salicylate"
      // is a sunscreen rule; it is only a look-alike for the BHA rule, which never claims it).
      if (prev && prev.rule) continue;
      exact.set(n, { rule, canonical: n === canon, fuzzy: rule.fuzzy !== false });
    }
  }
  const maxWordsByFirst = new Map<string, number>();
  // Counted, not split (as name.split(' ') would: words = spaces + 1): no 10,000 word strings made in
  // a fresh worker's first list for a table that keeps one word per name.
  for (const name of exact.keys()) {
    const sp = name.indexOf(' ');
    const first = sp < 0 ? name : name.slice(0, sp);
    let words = 1;
    for (let i = sp; i >= 0; i = name.indexOf(' ', i + 1)) words++;
    const prev = maxWordsByFirst.get(first) ?? 0;
    if (words > prev) maxWordsByFirst.set(first, words);
  }
  vocab = { exact, rulesById, maxWordsByFirst };
  return vocab;
}

/** Is this normalized name a known ingredient name (harmless or irritant)? */
export function isKnownName(normalized: string): boolean {
  return getVocab().exact.has(normalized);
}

/** The most words a known name starting with this (normalized) word has; 0 when none starts with it. */
export function maxWordsStartingWith(word: string): number {
  return getVocab().maxWordsByFirst.get(word) ?? 0;
}
