/** parse/footer.ts: "Clean at Sephora" footers and trailing disclaimers end the list, also misspelt. */
import { describe, expect, test } from 'vitest';
import { analyze, parse } from '../../../../src/ingredients/index';

const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));

const FOOTER =
  'Clean at Sephora products are formulated without the following banned or restricted ingredients ' +
  '(please see Clean at Sephora landing page for full list): \nAcrylates, Butylated hydroxyanisole (BHA), ' +
  'Hydroquinone, Oxybenzone, Retinyl Palmitate, Undisclosed Synthetic Fragrance (under 1%)';

describe('footers and disclaimers', () => {
  test('trailing disclaimer is dropped', () => {
    const text =
      'Water, Glycerin, Benzyl Alcohol.Please be aware that ingredient lists may change or vary from time to time. Please refer to the ingredient list on the product package you receive.';
    expect(names(text)).toEqual(['Water', 'Glycerin', 'Benzyl Alcohol']);
  });

  test('Clean at Sephora footer produces no findings (its BHA is butylated hydroxyanisole)', () => {
    const text =
      'Water, Glycerin, Squalane.\nClean at Sephora products are formulated without the following banned or restricted ingredients (please see Clean at Sephora landing page for full list): \nAcrylates, Butylated hydroxyanisole (BHA), Hydroquinone, Oxybenzone, Retinyl Palmitate, Undisclosed Synthetic Fragrance (under 1%)';
    expect(names(text)).toEqual(['Water', 'Glycerin', 'Squalane']);
    expect(analyze(text).findings).toEqual([]);
  });

  test.each([
    ['typos in every word', FOOTER.replace('Clean at Sephora products', 'Cealn at Sepohra prodcuts')],
    ['typos in the later marker words', FOOTER.replace(/Clean at Sephora/g, 'Clan at Sehpora')],
    ['formulated without only', 'formualted wihtout: Hydroquinone, Oxybenzone, Retinyl Palmitate'],
    ['UPPER', FOOTER.toUpperCase()],
    ['lower', FOOTER.toLowerCase()],
  ])('%s: the footer is cut', (_, footer) => {
    const a = analyze(`Water, Glycerin, Squalane.\n${footer}`);
    expect(a.lists.flatMap((l) => l.items.map((i) => i.name.toLowerCase()))).toEqual([
      'water',
      'glycerin',
      'squalane',
    ]);
    expect(a.findings).toEqual([]);
  });

  test('a disclaimer with a typo is cut', () => {
    expect(names('Water, Retinol. Plese be aware that ingredient lists may change.')).toEqual([
      'Water',
      'Retinol',
    ]);
  });

  test('a misspelt phrase that starts at the second word of a near miss', () => {
    // the typo-tolerant scan's candidates span two words ("Fre free" could be "free from"): a failed one
    // must not hide the phrase that starts at its second word
    expect(names('Water, Glycerin, Squalane. Fre free of parabns, Retinyl Palmitate')).toEqual([
      'Water',
      'Glycerin',
      'Squalane',
    ]);
  });

  test('words that only look like marker words are kept', () => {
    // "Citric", "Clear", "Free" are not "clean at sephora" / "free of parabens"
    expect(names('Water, Citric Acid, Clearing Complex, Freesia Extract')).toEqual([
      'Water',
      'Citric Acid',
      'Clearing Complex',
      'Freesia Extract',
    ]);
  });
});
