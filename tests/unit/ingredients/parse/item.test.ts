/** parse/item.ts: one item's name, synonyms, percentage and footnote marks. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories, parse } from '../../../../src/ingredients/index';

const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));

describe('item details', () => {
  test('slash and parenthesis synonyms become aliases', () => {
    const [a, b, c] = parse('Water/Aqua/Eau, Aqua (Water), Parfum (Fragrance)')[0]!.items;
    expect(a).toMatchObject({ name: 'Water', aliases: ['Aqua', 'Eau'] });
    expect(b).toMatchObject({ name: 'Aqua', aliases: ['Water'] });
    expect(c).toMatchObject({ name: 'Parfum', aliases: ['Fragrance'] });
  });

  test('a known slash name stays whole', () => {
    expect(names('Caprylic/Capric Triglyceride')).toEqual(['Caprylic/Capric Triglyceride']);
    expect(names('Lactic Acid/Glycolic Acid Copolymer')).toEqual(['Lactic Acid/Glycolic Acid Copolymer']);
  });

  test('commas inside names', () => {
    expect(names('Water, 1,2-Hexanediol, Glycerin')).toEqual(['Water', '1,2-Hexanediol', 'Glycerin']);
  });

  test('percentages', () => {
    const items = parse('15% L-Ascorbic Acid, Zinc Oxide 17.1%, Octinoxate 7.5%')[0]!.items;
    expect(items.map((i) => [i.name, i.percent])).toEqual([
      ['L-Ascorbic Acid', 15],
      ['Zinc Oxide', 17.1],
      ['Octinoxate', 7.5],
    ]);
  });

  test('footnote marks are stripped, legends dropped', () => {
    const items = parse(
      'Aloe Barbadensis Leaf Juice*, Glycerin**, Squalane†. *Certified Organic Ingredient **organic',
    )[0]!.items;
    expect(items.map((i) => i.name)).toEqual(['Aloe Barbadensis Leaf Juice', 'Glycerin', 'Squalane']);
  });

  test('a leading decimal point (".50%") is half a percent', () => {
    const item = parse('Active ingredient: Salicylic Acid .50%. Other ingredients: Water')[0]!.items[0]!;
    expect(item).toMatchObject({ name: 'Salicylic Acid', percent: 0.5 });
  });

  test('", and" before the last name and a dash bullet at a line start: the name alone, raw text too', () => {
    const [last] = parse('Water, Glycerin, Squalane, and Retinol.')[0]!.items.slice(-1);
    expect(last).toMatchObject({ raw: 'Retinol', name: 'Retinol' });
    expect(flaggedCategories(analyze('Aqua, Glycerin, Squalane & Lactic Acid'))).toEqual(['aha']);
    expect(parse('- Water\n- Glycerin\n- Retinol')[0]!.items.map((i) => i.raw)).toEqual([
      'Water',
      'Glycerin',
      'Retinol',
    ]);
    // a name that starts with the letters a-n-d is no "and"
    expect(names('Water, Andrographis Paniculata Extract')).toEqual([
      'Water',
      'Andrographis Paniculata Extract',
    ]);
    // a sentence of prose after "and" keeps its word: it is no name
    const prose = 'and the deterioration of natural keratin in your hair';
    expect(parse(`Water, ${prose}`)[0]!.items[1]!.raw).toBe(prose);
  });
});
