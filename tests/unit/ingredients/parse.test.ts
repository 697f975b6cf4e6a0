import { describe, expect, test } from 'vitest';
import { analyze, parse } from '../../../src/ingredients/index';

const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));

describe('separators (real text)', () => {
  test.each([
    ['Water, Glycerin, Retinol', ['Water', 'Glycerin', 'Retinol']],
    ['Water; Glycerin; Retinol', ['Water', 'Glycerin', 'Retinol']],
    // Boots UK: bullets, upper case
    ['AQUA / WATER / EAU • DIISOPROPYL SEBACATE • SILICA', ['AQUA', 'DIISOPROPYL SEBACATE', 'SILICA']],
    ['Water · Glycerin · Squalane', ['Water', 'Glycerin', 'Squalane']],
    // INCIDecoder raw DOM text with newlines, indentation and the [more] toggle
    [
      '\n\nWater,\n                            Glycerin,\n        [more]Sodium Polyacrylate,\n',
      ['Water', 'Glycerin', 'Sodium Polyacrylate'],
    ],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

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
  test('positions are 1-based and raw text is kept', () => {
    const items = parse('Ingredients: Water, 15% L-Ascorbic Acid*')[0]!.items;
    expect(items.map((i) => [i.position, i.raw])).toEqual([
      [1, 'Water'],
      [2, '15% L-Ascorbic Acid*'],
    ]);
  });
  test('Ingredients: and INCI: headers are dropped', () => {
    expect(names('INCI: Aqua, Glycerin')).toEqual(['Aqua', 'Glycerin']);
    expect(names('Ingredients: Aqua, Glycerin')).toEqual(['Aqua', 'Glycerin']);
  });
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
});

describe('sections', () => {
  test('May contain / Peut contenir (+/-) items are flagged mayContain', () => {
    const items = parse(
      'Talc, Mica, May Contain/Peut Contenir (+/-): Iron Oxides (Ci 77491), Titanium Dioxide',
    )[0]!.items;
    expect(items.map((i) => [i.name, i.mayContain === true])).toEqual([
      ['Talc', false],
      ['Mica', false],
      ['Iron Oxides', true],
      ['Titanium Dioxide', true],
    ]);
  });
  test('bracketed [+/- ...] section', () => {
    const items = parse(
      'Glycerin, Water/Aqua /Eau, [+/- (May Contain/Peut Contenir): Mica, Carmine (Ci 75470)].',
    )[0]!.items;
    expect(items.filter((i) => i.mayContain).map((i) => i.name)).toEqual(['Mica', 'Carmine']);
  });
  test('shades separated by | become labelled sub-lists', () => {
    const lists = parse('Shade A: Talc, Mica, Retinol | Shade B: Talc, Silica');
    expect(lists.map((l) => [l.label, l.items.length])).toEqual([
      ['Shade A', 3],
      ['Shade B', 2],
    ]);
    expect(analyze('Shade A: Talc, Mica, Retinol | Shade B: Talc').findings[0]).toMatchObject({
      list: 'Shade A',
      position: 3,
    });
  });
  test('kit parts after a sentence end', () => {
    const lists = parse(
      'Beste™ No.9 Jelly Cleanser: Water, Glycerin. C-Firma™ Day Serum: Water, Ascorbic Acid',
    );
    expect(lists.map((l) => l.label)).toEqual(['Beste No.9 Jelly Cleanser', 'C-Firma Day Serum']);
  });
  test('Cult Beauty style "Crash, Haze, Hot Mess: Talc, ..."', () => {
    const lists = parse('Crash, Haze, Hot Mess: Talc, Mica, Silica\nBlaze: Mica, Talc');
    expect(lists.map((l) => l.label)).toEqual(['Crash, Haze, Hot Mess', 'Blaze']);
    expect(lists[0]!.items.map((i) => i.name)).toEqual(['Talc', 'Mica', 'Silica']);
  });
});

describe('text that is not the list', () => {
  test('key-ingredient blurbs glued in front produce no findings', () => {
    const text =
      "-Retinol: Boosts skin renewal.\n-Glycolic Acid 10%: Provides a deep exfoliation.-Ceramides: Support skin's protective barrier.Water/Aqua/Eau, Glycerin, Squalane";
    expect(names(text)).toEqual(['Water', 'Glycerin', 'Squalane']);
    expect(analyze(text).findings).toEqual([]);
  });
  test('daisy-style blurbs with spaces', () => {
    const text =
      '-Snap 8 Peptide: Helps relax the look of expression lines. -Five-Ceramide Complex: Supports skin’s protective barrier. Water/Aqua/Eau, Glycerin, Squalane';
    expect(names(text)).toEqual(['Water', 'Glycerin', 'Squalane']);
  });
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
});
