/**
 * The frozen independent set (tests/fixtures/ingredients/labels.json): its shape always, its texts and its
 * agreement with the written rules and the hand review when ../shared is there.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadFrozenLabels, loadLabelledSet, productsDir } from '../../../scripts/lib/corpus';
import { SCORED_CATEGORIES } from '../../../scripts/eval';
import { cleanRaw, normItem } from '../../../scripts/label/text';

const labels = loadFrozenLabels();

describe('frozen labels (always runs)', () => {
  test('at least 600 distinct lists from every product file, the pages and the shop fixtures', () => {
    expect(labels.length).toBeGreaterThanOrEqual(600);
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
    const sources = new Set(labels.map((l) => l.source));
    expect(sources.has('pages')).toBe(true);
    expect(sources.has('shops')).toBe(true);
    expect(sources.size).toBeGreaterThanOrEqual(24);
  });

  test('each label is one of the 11 categories, with evidence, never also undecided', () => {
    for (const l of labels) {
      for (const c of [...l.categories, ...l.undecided]) expect(SCORED_CATEGORIES).toContain(c);
      expect(Object.keys(l.evidence).sort()).toEqual([...l.categories].sort());
      for (const c of l.categories) expect(l.evidence[c]!.length).toBeGreaterThan(0);
      for (const c of l.undecided) expect(l.categories).not.toContain(c);
      for (const e of Object.values(l.evidence).flat()) expect(e.length).toBeLessThanOrEqual(120);
    }
  });

  test('at least 25 positive lists per category, except benzoyl peroxide (3 exist, README)', () => {
    for (const c of SCORED_CATEGORIES) {
      const n = labels.filter((l) => l.categories.includes(c)).length;
      if (c === 'benzoyl-peroxide') expect(n).toBe(3);
      else expect(n, c).toBeGreaterThanOrEqual(25);
    }
  });

  test('at least 150 irritant-free lists', () => {
    const free = labels.filter((l) => l.categories.length === 0 && l.undecided.length === 0);
    expect(free.length).toBeGreaterThanOrEqual(150);
    expect(free.filter((l) => !l.noList).length).toBeGreaterThanOrEqual(150);
  });
});

describe.skipIf(!existsSync(productsDir))(
  'labels against their texts (skipped when ../shared/data is absent: the texts are third-party and not committed)',
  () => {
    test(
      'every labelled list is found and every evidence string is in its text',
      { timeout: 120_000 },
      () => {
        const set = loadLabelledSet()!;
        expect(set).toHaveLength(labels.length);
        for (const l of set) {
          const text = normItem(cleanRaw(l.text));
          for (const e of Object.values(l.evidence).flat()) expect(text, l.id).toContain(normItem(e));
        }
      },
    );

    test(
      'labels.json is what the written rules and the review give (no silent edit)',
      { timeout: 120_000 },
      async () => {
        const { freezeLabels } = await import('../../../scripts/label/build');
        const { labels: rebuilt, problems } = freezeLabels();
        expect(problems).toEqual([]);
        expect(rebuilt).toEqual(labels);
      },
    );
  },
);
