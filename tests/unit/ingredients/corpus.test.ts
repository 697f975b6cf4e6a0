import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadDevSet, loadSharedCorpus, productsDir, type CorpusList } from '../../../scripts/lib/corpus';
import { evaluate, independentSet, SCORED_CATEGORIES, type ScoredList } from '../../../scripts/eval';
import { analyze } from '../../../src/ingredients/index';

const hasShared = existsSync(productsDir);

describe('bundled sample (always runs)', () => {
  const set = loadDevSet();
  test('the labelled development set is bundled and small', () => {
    expect(set.length).toBeGreaterThan(100);
    expect(set.length).toBeLessThanOrEqual(200);
  });
  test('every sample list analyzes without exception', () => {
    for (const l of set) expect(() => analyze(l.text)).not.toThrow();
  });
  // Relabelled by the independent labeller's rules and a hand review (issue 9 item 2, scripts/label/
  // relabel-dev-set.ts; each changed label is in tests/fixtures/ingredients/README.md): every one of the 11
  // labelled categories is scored, the three the old engine-seeded labels got wrong included.
  const stable = SCORED_CATEGORIES;
  test('clean text: precision >= 0.98, recall >= 0.99', () => {
    const r = evaluate(set, 'clean', { categories: stable }).overall;
    expect(r.precision).toBeGreaterThanOrEqual(0.98);
    expect(r.recall).toBeGreaterThanOrEqual(0.99);
  });
  test('UPPER and lower case: >= 0.97', () => {
    for (const v of ['upper', 'lower']) {
      const r = evaluate(set, v, { categories: stable }).overall;
      expect(r.precision).toBeGreaterThanOrEqual(0.97);
      expect(r.recall).toBeGreaterThanOrEqual(0.97);
    }
  });
});

describe.skipIf(!hasShared)('shared corpus (../shared/data/products; skipped when absent)', () => {
  // Read and parse the 16,000 CSV / JSON rows once: the second test only filters them (reading them again
  // took seconds on a loaded machine).
  let corpus: CorpusList[] | null = null;
  const shared = (): CorpusList[] => (corpus ??= loadSharedCorpus()!);

  test('every list analyzes without exception', { timeout: 120_000 }, () => {
    const lists = shared();
    expect(lists.length).toBeGreaterThan(10_000);
    let errors = 0;
    for (const l of lists) {
      try {
        analyze(l.text);
      } catch {
        errors++;
      }
    }
    expect(errors).toBe(0);
  });
  // Loading and parsing the whole shared corpus (16,000 lists from 15 files) takes seconds on its own; like the
  // test above, this one is about findings, not speed, so it gets the same generous limit.
  test('the Kaggle retinol and HPR files are found as retinoids', { timeout: 120_000 }, () => {
    const lists = shared().filter((l) => /filtered_(retinol|hydroxypinacolone)/.test(l.id));
    const hits = lists.filter((l) =>
      analyze(l.text).findings.some((f) => f.category === 'retinoid' && f.severity === 'high'),
    );
    expect(hits.length / lists.length).toBeGreaterThan(0.9);
  });
});

describe.skipIf(!hasShared)(
  'independent set (labels.json; texts from ../shared, skipped when absent)',
  () => {
    test(
      'as written: precision >= 0.98, recall >= 0.97; quiet on >= 75% of irritant-free lists',
      { timeout: 120_000 },
      () => {
        const set: ScoredList[] = independentSet() ?? [];
        expect(set.length).toBeGreaterThan(600);
        const r = evaluate(set, 'clean', { categories: SCORED_CATEGORIES });
        expect(r.overall.precision).toBeGreaterThanOrEqual(0.98);
        expect(r.overall.recall).toBeGreaterThanOrEqual(0.97);
        expect(r.quiet.rate).toBeGreaterThanOrEqual(0.75);
      },
    );
  },
);
