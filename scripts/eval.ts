/**
 * Precision / recall per category on the labelled development set (tests/fixtures/ingredients/dev-set.json)
 * in clean, UPPER, lower, bullet-separated and one-typo-in-every-word variants.
 * Unit: (list, category) pairs with at least one high or low finding; notes are not counted. How the set
 * was drawn and labelled: docs/sources.md#dev-set-labels.
 *
 *   npx tsx scripts/eval.ts [--json]
 */
import { pathToFileURL } from 'node:url';
import { analyze, flaggedCategories } from '../src/ingredients/index';
import { loadDevSet, type LabelledList } from './lib/corpus';
import { VARIANTS } from './lib/variants';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

function score(tp: number, fp: number, fn: number): Score {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

export function evaluate(set: LabelledList[], variant: string) {
  const make = VARIANTS[variant]!;
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const errors: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  set.forEach((l, k) => {
    const got = flaggedCategories(analyze(make(l.text, 1000 + k))) as string[];
    for (const c of new Set([...got, ...l.labels])) {
      const s = per.get(c) ?? { tp: 0, fp: 0, fn: 0 };
      const inGot = got.includes(c);
      const inLab = l.labels.includes(c);
      if (inGot && inLab) {
        s.tp++;
        tp++;
      } else if (inGot) {
        s.fp++;
        fp++;
        errors.push(`FP ${c} ${l.id}`);
      } else {
        s.fn++;
        fn++;
        errors.push(`FN ${c} ${l.id}`);
      }
      per.set(c, s);
    }
  });
  const categories = Object.fromEntries([...per].sort().map(([c, s]) => [c, score(s.tp, s.fp, s.fn)]));
  return { variant, overall: score(tp, fp, fn), categories, errors };
}

function main(): void {
  const set = loadDevSet();
  const results = Object.keys(VARIANTS).map((v) => evaluate(set, v));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`development set: ${set.length} lists`);
  console.log(`${'variant'.padEnd(9)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   tp  fp  fn`);
  for (const r of results) {
    const o = r.overall;
    console.log(
      `${r.variant.padEnd(9)} ${f(o.precision).padStart(9)} ${f(o.recall).padStart(7)} ${String(o.tp).padStart(4)} ${String(o.fp).padStart(3)} ${String(o.fn).padStart(3)}`,
    );
  }
  console.log('\nper category (precision/recall): ' + Object.keys(VARIANTS).join(' | '));
  const cats = [...new Set(results.flatMap((r) => Object.keys(r.categories)))].sort();
  for (const c of cats) {
    const cells = results.map((r) => {
      const s = r.categories[c];
      return s ? `${f(s.precision)}/${f(s.recall)}` : '-';
    });
    console.log(`  ${c.padEnd(20)} ${cells.join('  ')}`);
  }
  for (const r of results)
    if (r.errors.length > 0) console.log(`\n${r.variant} errors:\n  ${r.errors.join('\n  ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
