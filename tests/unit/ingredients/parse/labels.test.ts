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

  test('a header with no colon run into a first name that states its strength (it stayed in the name: a silent miss)', () => {
    expect(names('Ingredients Glycolic Acid (18%), PEG-8, Arginine')).toEqual([
      'Glycolic Acid',
      'PEG-8',
      'Arginine',
    ]);
    expect(cats('Ingredients Glycolic Acid (18%), PEG-8, Arginine')).toEqual(['aha']);
    expect(cats('Ingredients SALICYLIC ACID 1.50%, Water, Glycerin')).toEqual(['bha']);
    expect(names('Ingredients Helianthus Annuus (Sunflower) Seed Oil, Beeswax')[0]).toBe(
      'Helianthus Annuus Seed Oil',
    );
    // a first "name" that is no known one keeps the header word (it may be a sentence)
    expect(names('Ingredients matter (100%), Water')[0]).toBe('Ingredients matter');
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

describe('list headers a page section repeats', () => {
  test.each(['Full list', 'Complete ingredients', 'List of ingredients', 'All ingredients'])(
    '"%s:" heads the list, it is no sub-list label',
    (header) => {
      const lists = parse(`${header}: Water, Glycerin, Retinol`);
      expect(lists.map((l) => l.label)).toEqual([null]);
      expect(lists[0]!.items.map((i) => i.name)).toEqual(['Water', 'Glycerin', 'Retinol']);
    },
  );
});
