/**
 * Candidate labels for one list from the written rules (rules.ts), with the evidence for each, the look-alikes
 * a reviewer must see, and possible typos of irritant words the rules cannot read. Independent of the engine.
 */
import {
  CATEGORIES,
  context,
  hitsFor,
  type Category,
  type Ctx,
  type ProductContext,
  type RuleHit,
} from './rules';
import { items, type LabelItem } from './text';

export interface Mention {
  category: Category;
  rule: string;
  /** The item as written. */
  item: string;
  position: number;
  of: number;
}

export interface Candidate {
  categories: Category[];
  evidence: Partial<Record<Category, string[]>>;
  /** Categories excluded from scoring, with the items that made them so. */
  undecided: Partial<Record<Category, string[]>>;
  /** Every rule hit (warn, no, undecided), for the review sheet. */
  mentions: (Mention & { verdict: RuleHit['verdict'] })[];
  /** Words one edit away from an irritant word: a typo the rules do not read, for the reviewer. */
  typos: { word: string; like: string; item: string }[];
  itemCount: number;
}

/** Irritant words whose misspellings the reviewer should see (the rules match only correct spellings). */
const KEY_WORDS = [
  'retinol',
  'retinal',
  'retinyl',
  'retinoate',
  'tretinoin',
  'adapalene',
  'glycolic',
  'lactic',
  'mandelic',
  'salicylic',
  'salicylate',
  'gluconolactone',
  'lactobionic',
  'benzoyl',
  'peroxide',
  'ascorbic',
  'ascorbyl',
  'alcohol',
  'denat',
  'ethanol',
  'isopropyl',
  'fragrance',
  'parfum',
  'perfume',
  'papain',
  'bromelain',
  'essential',
  'lavandula',
  'lavender',
  'eucalyptus',
  'peppermint',
  'rosmarinus',
  'melaleuca',
  'pumice',
];
/** Real words one edit from a key word. */
const REAL_WORDS = new Set([
  'benzyl',
  'methanol',
  'alcohols',
  'lactis',
  'fragrances',
  'parfums',
  'perfumes',
  'retinals',
  'peroxides',
  'retinyl',
  'retinal',
  'retinol',
  'isopropyl',
  'lactic',
  'denatonium',
  'essentials',
]);

/** Damerau-Levenshtein distance is at most 1 (one swap, drop, insertion or replacement). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // replace
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s.slice(i) === l.slice(i + 1);
}

function typosIn(it: LabelItem): Candidate['typos'] {
  const out: Candidate['typos'] = [];
  for (const word of it.norm.match(/[a-z]{5,}/g) ?? []) {
    if (REAL_WORDS.has(word) || KEY_WORDS.includes(word)) continue;
    const like = KEY_WORDS.find((k) => oneEditApart(word, k));
    if (like) out.push({ word, like, item: it.raw });
  }
  return out;
}

export function labelList(text: string, product?: ProductContext): Candidate {
  const list = items(text);
  // A kit part's own name ("Yo Glow Facial Enzyme Scrub:") is context for its items, like the product's.
  const contexts = new Map<string | undefined, Ctx>();
  const ctxOf = (it: LabelItem): Ctx => {
    let c = contexts.get(it.label);
    if (!c) {
      const name = [product?.name, it.label].filter(Boolean).join(' | ');
      c = context({ ...product, ...(name && { name }) });
      contexts.set(it.label, c);
    }
    return c;
  };
  const evidence: Candidate['evidence'] = {};
  const undecided: Candidate['undecided'] = {};
  const mentions: Candidate['mentions'] = [];
  const typos: Candidate['typos'] = [];
  for (const it of list) {
    const found = typosIn(it);
    typos.push(...found);
    const c = ctxOf(it);
    const hits = hitsFor(it, list, c);
    if (found.length > 0) {
      // Read the item as if spelled right ("Lavendula", "Alchohol" are in the source lists as written); the
      // hit names the typo so that the review sees it.
      let fixed = it.norm;
      for (const t of found) fixed = fixed.replace(new RegExp(`\\b${t.word}\\b`, 'g'), t.like);
      for (const h of hitsFor({ ...it, norm: fixed }, list, c)) {
        if (!hits.some((o) => o.category === h.category))
          hits.push({ ...h, rule: `${h.rule} (typo: ${found.map((t) => t.word).join(', ')})` });
      }
    }
    for (const h of hits) {
      // A hit inside prose (a blurb sentence, a run with no separators) or a footnote legend is never a
      // blind label: the review reads it.
      const blind = (it.prose || it.legend) && h.verdict === 'warn';
      const verdict = blind ? 'undecided' : h.verdict;
      const rule = blind ? `${h.rule} (in ${it.legend ? 'a legend' : 'prose'})` : h.rule;
      mentions.push({ category: h.category, verdict, rule, item: it.raw, position: it.position, of: it.of });
      const bucket = verdict === 'warn' ? evidence : verdict === 'undecided' ? undecided : null;
      if (bucket) {
        const arr = (bucket[h.category] ??= []);
        if (!arr.includes(it.raw)) arr.push(it.raw);
      }
    }
  }
  for (const cat of Object.keys(evidence) as Category[]) delete undecided[cat];
  const categories = CATEGORIES.filter((cat) => evidence[cat]);
  return { categories, evidence, undecided, mentions, typos, itemCount: list.length };
}
