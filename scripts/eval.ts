/**
 * Recall / precision per category and per variant, and the quiet rate, on the independent development set
 * (tests/fixtures/ingredients/labels.json, texts from ../shared) and on the regression set (dev-set.json).
 * How the set was drawn and labelled: docs/sources.md#dev-set-labels.
 *
 * Unit: a (list, category) pair over the 11 categories; a pair is predicted positive when the engine gives the
 * category at least one finding that warns (`high` or `low`); `note` never counts; undecided pairs are left
 * out. Quiet rate: the share of irritant-free lists (no label, nothing undecided) that get no warning at all,
 * in any category, i.e. the popup's "Nothing detected".
 *
 *   npm run eval [-- --json] [-- --errors] [-- --set independent|regression] [-- --variant clean,typos]
 *                [-- --seeds N]
 *
 * --seeds N runs every seeded variant (typos, typos-all, headed, claim, key, glued, panel, mixed) N times with other seeds and prints the spread:
 * one seed's figure can hide a class of miss that the next seed's typos fall into.
 */
import { pathToFileURL } from 'node:url';
import { analyze, flaggedCategories, type AnalyzeOptions } from '../src/ingredients/index';
import { loadDevSet, loadLabelledSet, type ProductContext } from './lib/corpus';
import { NEEDS_EVIDENCE, SEEDED, VARIANTS } from './lib/variants';
import { CATEGORIES } from './label/rules';
import { items } from './label/text';

/** The 11 categories the sets are labelled for (the engine has more: sunscreens, cooling agents...). */
export const SCORED_CATEGORIES: readonly string[] = CATEGORIES;

export interface ScoredList {
  id: string;
  text: string;
  /** Categories that must warn. */
  labels: string[];
  /** Categories left out of scoring for this list. */
  undecided?: string[];
  /** The ingredient text behind each label (the typo variants misspell these). */
  evidence?: Record<string, string[]>;
  context?: ProductContext;
  /** The field holds no INCI list. */
  noList?: boolean;
}

/** What the engine said about one list: the categories with a warning, and whether anything warned. */
export interface Prediction {
  warn: string[];
  anyWarn: boolean;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface QuietRate {
  /** Irritant-free lists. */
  lists: number;
  /** Of those, with no warning at all. */
  quiet: number;
  rate: number;
}

export interface Result {
  overall: Score;
  categories: Record<string, Score>;
  errors: { kind: 'FN' | 'FP'; category: string; id: string }[];
  /** Irritant-free lists, quiet when nothing warns in any category. */
  quiet: QuietRate;
  /** The same, leaving out the fields that hold no INCI list. */
  quietWithList: QuietRate;
  /** Irritant-free lists that warned, with what. */
  loud: { id: string; warn: string[] }[];
}

function ratio(tp: number, fp: number, fn: number): Score {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

function rate(lists: number, quiet: number): QuietRate {
  return { lists, quiet, rate: lists === 0 ? 1 : quiet / lists };
}

/**
 * Scores predictions against labels. Pure: `predictions[k]` belongs to `set[k]`. With `categories`, only those
 * are scored; without, every category that is labelled or predicted (the regression set's older scoring).
 */
export function score(set: ScoredList[], predictions: Prediction[], categories?: readonly string[]): Result {
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const errors: Result['errors'] = [];
  const loud: Result['loud'] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let free = 0;
  let quiet = 0;
  let freeWithList = 0;
  let quietWithList = 0;
  set.forEach((l, k) => {
    const p = predictions[k]!;
    const undecided = new Set(l.undecided ?? []);
    const inScope = (c: string) => !undecided.has(c) && (!categories || categories.includes(c));
    const labels = l.labels.filter(inScope);
    const got = p.warn.filter(inScope);
    for (const c of new Set([...labels, ...got])) {
      const s = per.get(c) ?? { tp: 0, fp: 0, fn: 0 };
      if (got.includes(c) && labels.includes(c)) {
        s.tp++;
        tp++;
      } else if (got.includes(c)) {
        s.fp++;
        fp++;
        errors.push({ kind: 'FP', category: c, id: l.id });
      } else {
        s.fn++;
        fn++;
        errors.push({ kind: 'FN', category: c, id: l.id });
      }
      per.set(c, s);
    }
    const scope = categories ?? [...new Set([...l.labels, ...p.warn])];
    const irritantFree = l.labels.every((c) => !scope.includes(c)) && scope.every((c) => !undecided.has(c));
    if (irritantFree) {
      free++;
      if (!p.anyWarn) quiet++;
      else loud.push({ id: l.id, warn: p.warn });
      if (!l.noList) {
        freeWithList++;
        if (!p.anyWarn) quietWithList++;
      }
    }
  });
  const cats = [...per.keys()].sort();
  return {
    overall: ratio(tp, fp, fn),
    categories: Object.fromEntries(
      cats.map((c) => [c, ratio(per.get(c)!.tp, per.get(c)!.fp, per.get(c)!.fn)]),
    ),
    errors,
    quiet: rate(free, quiet),
    quietWithList: rate(freeWithList, quietWithList),
    loud,
  };
}

/** THE one place where a list's product context (name, shop category) reaches the engine. */
function engineOptions(l: ScoredList): AnalyzeOptions {
  return l.context ? { product: { name: l.context.name, category: l.context.category } } : {};
}

/** Where the INCI list starts in the text (after a blurb in front of it), for the glued-header variant. */
function listStart(text: string): number {
  const first = items(text)[0]?.raw;
  const at = first ? text.indexOf(first) : -1;
  return at < 0 ? 0 : at;
}

export function predict(text: string, l: ScoredList): Prediction {
  const warn = flaggedCategories(analyze(text, engineOptions(l))) as string[];
  return { warn, anyWarn: warn.length > 0 };
}

/**
 * The variant's text of every list, seeded per list: `base` + its index (1000, as the regression set always
 * was; --seeds N adds runs at 1000 + 100,000 s).
 */
export function variantTexts(set: ScoredList[], variant: string, base = 1000): string[] {
  const make = VARIANTS[variant];
  if (!make) throw new Error(`unknown variant ${variant}; known: ${Object.keys(VARIANTS).join(', ')}`);
  return set.map((l, k) =>
    make({
      text: l.text,
      seed: base + k,
      evidence: Object.values(l.evidence ?? {}).flat(),
      start: variant === 'glued' || variant === 'panel' ? listStart(l.text) : 0,
    }),
  );
}

export function evaluate(
  set: ScoredList[],
  variant: string,
  opts: { categories?: readonly string[]; seedBase?: number } = {},
): Result & { variant: string } {
  const texts = variantTexts(set, variant, opts.seedBase);
  const predictions = set.map((l, k) => predict(texts[k]!, l));
  return { variant, ...score(set, predictions, opts.categories) };
}

/** The independent set joined with its texts from ../shared, as the scorer reads it (null without ../shared). */
export function independentSet(): ScoredList[] | null {
  const set = loadLabelledSet();
  return (
    set?.map((l) => ({
      id: l.id,
      text: l.text,
      labels: l.categories,
      undecided: l.undecided,
      evidence: l.evidence,
      ...(l.context && { context: l.context }),
      ...(l.noList && { noList: true }),
    })) ?? null
  );
}

const f3 = (x: number) => x.toFixed(3);
const pct = (q: QuietRate) => `${(100 * q.rate).toFixed(1)}% of ${q.lists}`;

function printSet(name: string, set: ScoredList[], results: (Result & { variant: string })[]): void {
  const pairs = set.reduce(
    (n, l) => n + SCORED_CATEGORIES.filter((c) => !(l.undecided ?? []).includes(c)).length,
    0,
  );
  const positives = set.reduce((n, l) => n + l.labels.filter((c) => SCORED_CATEGORIES.includes(c)).length, 0);
  console.log(`\n${name}: ${set.length} lists, ${pairs} scored pairs, ${positives} positive`);
  console.log(
    `${'variant'.padEnd(11)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}    tp   fp   fn   quiet (irritant-free lists; with an INCI list)`,
  );
  for (const r of results) {
    const o = r.overall;
    console.log(
      `${r.variant.padEnd(11)} ${f3(o.precision).padStart(9)} ${f3(o.recall).padStart(7)} ${String(o.tp).padStart(5)} ${String(o.fp).padStart(4)} ${String(o.fn).padStart(4)}   ${pct(r.quiet)}; ${pct(r.quietWithList)}`,
    );
  }
  console.log(
    `\nrecall / precision per category (positives in brackets): ${results.map((r) => r.variant).join(' | ')}`,
  );
  for (const c of SCORED_CATEGORIES) {
    const n = set.filter((l) => l.labels.includes(c) && !(l.undecided ?? []).includes(c)).length;
    const cells = results.map((r) => {
      const s = r.categories[c];
      return s ? `${f3(s.recall)}/${f3(s.precision)}` : '    -/-    ';
    });
    console.log(`  ${`${c} (${n})`.padEnd(24)} ${cells.join(' ')}`);
  }
}

function printErrors(set: ScoredList[], results: (Result & { variant: string })[]): void {
  const byId = new Map(set.map((l) => [l.id, l]));
  for (const r of results) {
    if (r.errors.length === 0 && r.loud.length === 0) continue;
    console.log(`\n${r.variant}: ${r.errors.length} errors, ${r.loud.length} irritant-free lists not quiet`);
    for (const e of r.errors) {
      const ev = e.kind === 'FN' ? ` [${(byId.get(e.id)?.evidence?.[e.category] ?? []).join('; ')}]` : '';
      console.log(`  ${e.kind} ${e.category} ${e.id}${ev}`);
    }
    for (const l of r.loud) console.log(`  LOUD ${l.id} (${l.warn.join(', ') || 'outside the 11'})`);
  }
}

/** The seeded variants over `runs` seeds: lowest, median and highest precision and recall of the runs. */
function printSeeds(set: ScoredList[], variants: string[], runs: number): Record<string, Score[]> {
  const out: Record<string, Score[]> = {};
  console.log(
    `\n  over ${runs} seeds: precision min / median / max, recall min / median / max, fn in all runs`,
  );
  for (const v of variants.filter((x) => SEEDED.has(x))) {
    const scores: Score[] = [];
    for (let s = 0; s < runs; s++) {
      scores.push(evaluate(set, v, { categories: SCORED_CATEGORIES, seedBase: 1000 + 100_000 * s }).overall);
    }
    out[v] = scores;
    const spread = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return `${f3(sorted[0]!)} / ${f3(sorted[Math.floor(sorted.length / 2)]!)} / ${f3(sorted[sorted.length - 1]!)}`;
    };
    const fn = scores.reduce((n, x) => n + x.fn, 0);
    console.log(
      `  ${v.padEnd(10)} ${spread(scores.map((x) => x.precision))}   ${spread(scores.map((x) => x.recall))}   ${fn}`,
    );
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const k = args.indexOf(name);
    return k >= 0 ? args[k + 1] : undefined;
  };
  const only = opt('--variant')?.split(',');
  const which = opt('--set');
  const seeds = Math.max(0, Math.floor(Number(opt('--seeds') ?? 0)));
  const out: Record<string, unknown> = {};
  const sets: [string, ScoredList[] | null][] = [];
  if (!which || which === 'independent') sets.push(['independent set (labels.json)', independentSet()]);
  if (!which || which === 'regression') sets.push(['regression set (dev-set.json)', loadDevSet()]);
  for (const [name, set] of sets) {
    if (!set) {
      console.log(
        `\n${name}: skipped, ../shared/data is not next to the repository (the texts are not committed)`,
      );
      continue;
    }
    const regression = name.startsWith('regression');
    const variants = Object.keys(VARIANTS).filter(
      (v) => (!only || only.includes(v)) && !(regression && NEEDS_EVIDENCE.has(v)),
    );
    const results = variants.map((v) => evaluate(set, v, { categories: SCORED_CATEGORIES }));
    out[regression ? 'regression' : 'independent'] = results;
    if (args.includes('--json')) continue;
    printSet(name, set, results);
    if (seeds > 1) printSeeds(set, variants, seeds);
    if (args.includes('--errors')) printErrors(set, results);
  }
  if (args.includes('--json')) console.log(JSON.stringify(out, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
