import { describe, expect, test } from 'vitest';
import { score, SCORED_CATEGORIES, type Prediction, type ScoredList } from '../../../scripts/eval';

const list = (id: string, labels: string[], extra: Partial<ScoredList> = {}): ScoredList => ({
  id,
  text: '',
  labels,
  ...extra,
});
const said = (...warn: string[]): Prediction => ({ warn, anyWarn: warn.length > 0 });

describe('score: (list, category) pairs that warn', () => {
  const set = [
    list('a', ['retinoid', 'fragrance']),
    list('b', ['aha']),
    list('c', []),
    list('d', [], { undecided: ['vitamin-c'] }),
  ];
  const predictions = [said('retinoid'), said('aha', 'physical-exfoliant'), said(), said('vitamin-c')];
  const r = score(set, predictions, SCORED_CATEGORIES);

  test('true positives, false positives, misses, per category and overall', () => {
    expect(r.overall).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(r.overall.precision).toBeCloseTo(2 / 3);
    expect(r.overall.recall).toBeCloseTo(2 / 3);
    expect(r.categories.retinoid).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(r.categories.fragrance).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(r.categories['physical-exfoliant']).toMatchObject({ fp: 1, precision: 0 });
  });

  test('undecided pairs are not scored', () => {
    expect(r.categories['vitamin-c']).toBeUndefined();
  });

  test('errors name the list and the category', () => {
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { kind: 'FN', category: 'fragrance', id: 'a' },
        { kind: 'FP', category: 'physical-exfoliant', id: 'b' },
      ]),
    );
    expect(r.errors).toHaveLength(2);
  });

  test('the quiet rate counts only irritant-free lists with nothing undecided', () => {
    // c is irritant-free and quiet; d has an undecided pair, so it is not in the denominator.
    expect(r.quiet).toEqual({ lists: 1, quiet: 1, rate: 1 });
  });
});

describe('quiet rate', () => {
  test('a warning outside the 11 categories still breaks the quiet verdict', () => {
    const set = [list('a', []), list('b', []), list('c', [])];
    const predictions = [said(), said('chemical-sunscreen'), said('aha')];
    const r = score(set, predictions, SCORED_CATEGORIES);
    expect(r.quiet).toEqual({ lists: 3, quiet: 1, rate: 1 / 3 });
    expect(r.loud.map((l) => l.id)).toEqual(['b', 'c']);
    // The sunscreen finding is not a pair of the 11: no false positive for it.
    expect(r.errors).toEqual([{ kind: 'FP', category: 'aha', id: 'c' }]);
  });

  test('fields with no INCI list are left out of the second rate', () => {
    const set = [list('a', []), list('b', [], { noList: true })];
    const r = score(set, [said(), said('fragrance')], SCORED_CATEGORIES);
    expect(r.quiet.rate).toBe(0.5);
    expect(r.quietWithList).toEqual({ lists: 1, quiet: 1, rate: 1 });
  });
});

test('without a category list, every labelled or predicted category is scored (the regression scoring)', () => {
  const r = score([list('a', ['astringent'])], [said('astringent', 'cooling-agent')]);
  expect(r.overall).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  expect(Object.keys(r.categories)).toEqual(['astringent', 'cooling-agent']);
});

test('an empty set scores 1 and is not quiet or loud', () => {
  const r = score([], [], SCORED_CATEGORIES);
  expect(r.overall).toMatchObject({ precision: 1, recall: 1 });
  expect(r.quiet).toEqual({ lists: 0, quiet: 0, rate: 1 });
});
