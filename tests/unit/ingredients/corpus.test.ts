import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadDevSet, loadSharedCorpus, productsDir, type CorpusList } from '../../../scripts/lib/corpus';
import { evaluate } from '../../../scripts/eval';
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
  test('clean text: precision >= 0.98, recall >= 0.99', () => {
    const r = evaluate(set, 'clean').overall;
    expect(r.precision).toBeGreaterThanOrEqual(0.98);
    expect(r.recall).toBeGreaterThanOrEqual(0.99);
  });
  test('UPPER and lower case: >= 0.97', () => {
    for (const v of ['upper', 'lower']) {
      const r = evaluate(set, v).overall;
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
