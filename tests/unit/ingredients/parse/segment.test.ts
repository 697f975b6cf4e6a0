/** parse/segment.ts: runs of names with the commas missing. */
import { describe, expect, test } from 'vitest';
import { analyze, parse } from '../../../../src/ingredients/index';

const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));

describe('missing commas', () => {
  test('missing commas are split by known names, irritants still found', () => {
    // Kiehl's Midnight Recovery Concentrate row, sephora_cosmetics.csv
    const text =
      'Caprylic/Capric Triglyceride Dicaprylyl Carbonate Squalane Rosa Canina Fruit Oil Lavandula Angustifolia Oil Retinol Tocopherol';
    const n = names(text);
    expect(n).toContain('Squalane');
    expect(n.length).toBeGreaterThanOrEqual(6);
    const cats = analyze(text).findings.map((f) => f.category);
    expect(cats).toContain('retinoid');
    expect(cats).toContain('essential-oil');
  });
});

describe('a name with its common name in parentheses is one item (issue 9: split names)', () => {
  test('a plant part or "organic" never stands alone', () => {
    // the shape of sephora_cosmetics.csv lists: qualifier, common name, part, binomial in parentheses
    expect(names('Organic Prickly Pear Oil (Opuntia Ficus-Indica), Glycerin')).toEqual([
      'Organic Prickly Pear Oil',
      'Glycerin',
    ]);
    expect(names('Water, Citrus Aurantium Dulcis (Sweet Orange) Oil, Tocopherol')).toHaveLength(3);
    const f = analyze('Water, Organic Lavender Flower (Lavandula Angustifolia) Essential Oil').findings;
    expect(f.map((x) => x.ingredient)).toEqual([
      'Organic Lavender Flower (Lavandula Angustifolia) Essential Oil',
    ]);
  });

  test('a spaced slash synonym inside a run stays with its name', () => {
    expect(names('Water, Helianthus Annuus Seed Oil / Sunflower Seed Oil, Glycerin')).toEqual([
      'Water',
      'Helianthus Annuus Seed Oil',
      'Glycerin',
    ]);
    const a = analyze('Aqua, Zingiber Officinale Root Oil / Ginger Root Oil, Mica');
    expect(a.findings.map((f) => f.ingredient)).toEqual(['Zingiber Officinale Root Oil / Ginger Root Oil']);
  });
});
