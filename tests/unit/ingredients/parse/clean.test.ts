/** parse/clean.ts: markup, shop codes and python-list strings before the split. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories, parse } from '../../../../src/ingredients/index';
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
