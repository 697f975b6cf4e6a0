/** parse/clean.ts: markup, shop codes and python-list strings before the split. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories, parse } from '../../../../src/ingredients/index';
import { dashSeparators, unnumberList } from '../../../../src/ingredients/parse/clean';
import { bullets } from '../../../../scripts/lib/variants';

const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));
const cats = (text: string) => flaggedCategories(analyze(text));

describe('markup and python-list strings', () => {
  test('shop codes like <ILN42254> are removed', () => {
    expect(names('Phenoxyethanol, Titanium Dioxide (Ci 77891) <ILN46335>')).toEqual([
      'Phenoxyethanol',
      'Titanium Dioxide',
    ]);
  });

  test('Kaggle python-list format', () => {
    expect(names("['Water (Aqua, Eau), Dimethicone, Retinol']")).toEqual(['Water', 'Dimethicone', 'Retinol']);
    expect(names("['capric triglyceride', 'cetyl alcohol']")).toEqual([
      'capric triglyceride',
      'cetyl alcohol',
    ]);
  });

  test('a re-punctuated LookFantastic list still unwraps', () => {
    const text = "['capric triglyceride', 'glycerin', 'parfum', 'retinyl palmitate', 'ascorbyl palmitate']";
    expect(names(bullets(text))).toEqual(names(text));
    expect(cats(bullets(text))).toEqual(['fragrance', 'retinoid', 'vitamin-c']);
  });

  test('Kaggle style, bullets inside and between the elements', () => {
    const text = "['Water/Aqua/Eau • Retinol •' • 'Glycerin • Citric Acid.']";
    expect(names(text)).toEqual(['Water', 'Retinol', 'Glycerin', 'Citric Acid']);
  });
});

describe('python-list strings with text between the elements', () => {
  test('a header glued after a closing quote keeps every element', () => {
    const text = "['Active ingredient: Benzoyl Peroxide' 5%Inactive: 'water', 'glycerin', 'parfum']";
    const items = parse(text).flatMap((l) => l.items.map((i) => i.name));
    expect(items).toEqual(['Benzoyl Peroxide', 'water', 'glycerin', 'parfum']);
    expect(flaggedCategories(analyze(text))).toEqual(['benzoyl-peroxide', 'fragrance']);
  });
});

describe('numbers and spaced dashes as separators', () => {
  test('a numbered list on one line: the numbers that count 1, 2, 3 are separators', () => {
    expect(unnumberList('1. Water 2. Glycerin 3. Retinol 4. Parfum')).toBe(
      '\nWater\nGlycerin\nRetinol\nParfum',
    );
    expect(names('1. Water 2. Glycerin 3. Retinol 4. Parfum')).toEqual([
      'Water',
      'Glycerin',
      'Retinol',
      'Parfum',
    ]);
    expect(names('1) Aqua 2) Glycerin 3) Salicylic Acid')).toEqual(['Aqua', 'Glycerin', 'Salicylic Acid']);
  });

  test('numbers that do not count from one, or fewer than three, stay', () => {
    expect(unnumberList('Water, Polysorbate 20. Red 40. Blue 1. Glycerin')).toBe(
      'Water, Polysorbate 20. Red 40. Blue 1. Glycerin',
    );
    expect(unnumberList('Step 1. Cleanse 2. Tone')).toBe('Step 1. Cleanse 2. Tone');
  });

  test('spaced dashes or pluses between names, when the text has no commas of its own', () => {
    expect(names('Water – Glycerin – Retinol – Parfum')).toEqual(['Water', 'Glycerin', 'Retinol', 'Parfum']);
    expect(names('Water + Glycerin + Retinol + Parfum')).toEqual(['Water', 'Glycerin', 'Retinol', 'Parfum']);
    expect(dashSeparators('Zinc Oxide - 10%, Water, Glycerin')).toBe('Zinc Oxide - 10%, Water, Glycerin');
    expect(dashSeparators('Zinc Oxide - 10% Titanium Dioxide - 5%')).toBe(
      'Zinc Oxide - 10% Titanium Dioxide - 5%',
    );
  });

  test('four one-word names run together are four items', () => {
    expect(names('WATER GLYCERIN RETINOL PARFUM')).toEqual(['WATER', 'GLYCERIN', 'RETINOL', 'PARFUM']);
  });
});
