/** parse/labels.ts: headers (also misspelt) before the list. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories, parse } from '../../../../src/ingredients/index';
import { sectionHeadingBefore } from '../../../../src/ingredients/parse/labels';

const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));
const cats = (text: string) => flaggedCategories(analyze(text));

describe('headers', () => {
  test('Ingredients: and INCI: headers are dropped', () => {
    expect(names('INCI: Aqua, Glycerin')).toEqual(['Aqua', 'Glycerin']);
    expect(names('Ingredients: Aqua, Glycerin')).toEqual(['Aqua', 'Glycerin']);
  });

  test('misspelt Active / Inactive headers are headers, the name before the header stays', () => {
    const text =
      'Ative Ingrdients : Avobenzoen 3.0%, Hrmosalate 7.0%, Ococrylene 5.0% Inative Ingredinets : Wter, Gldcerin';
    const a = analyze(text);
    expect(a.lists).toHaveLength(1);
    expect(a.lists[0]!.label).toBeNull();
    expect(a.lists[0]!.items.map((i) => i.name)).toEqual([
      'Avobenzoen',
      'Hrmosalate',
      'Ococrylene',
      'Wter',
      'Gldcerin',
    ]);
    expect(cats(text)).toEqual(['chemical-sunscreen']);
  });

  test('a header glued to a slash synonym', () => {
    expect(names('Ingredients/Ingrédients: Water, Glycerin')).toEqual(['Water', 'Glycerin']);
  });
});

describe('sectionHeadingBefore', () => {
  test.each([
    ['Retinol How to use', 'Retinol'],
    ['RetinolHow to use', 'Retinol'],
    ['yeast extract Benefits', 'yeast extract'],
    ['Key Benefits', ''],
    ['PARFUM DIRECTIONS FOR USE', 'PARFUM'],
    ['Hazards and Cautions Precautions', 'Hazards and Cautions'],
  ])('%j ends in a heading: %j before it', (prefix, before) => {
    expect(sectionHeadingBefore(prefix)).toBe(before);
  });

  test.each([['Shade Rose Gold'], ['Sausage'], ['RETINOLHOW TO USE'], ['Night Use'], ['Benefits Serum']])(
    '%j does not end in one',
    (prefix) => {
      expect(sectionHeadingBefore(prefix)).toBeNull();
    },
  );
});
