/**
 * Noisy text: typos, case and separators in the places the parser relies on (footers, headers, blurbs,
 * python-list strings), and typo repair in the matcher. Cases modelled on the dev-set failures of the
 * UPPER / lower / bullets / one-typo-per-word variants (scripts/eval.ts).
 */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories, normalizeName, parse, warmUp } from '../../../src/ingredients/index';
import { bullets } from '../../../scripts/lib/variants';

const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));
const cats = (text: string) => flaggedCategories(analyze(text));

const FOOTER =
  'Clean at Sephora products are formulated without the following banned or restricted ingredients ' +
  '(please see Clean at Sephora landing page for full list): \nAcrylates, Butylated hydroxyanisole (BHA), ' +
  'Hydroquinone, Oxybenzone, Retinyl Palmitate, Undisclosed Synthetic Fragrance (under 1%)';

describe('footers and disclaimers with typos or in one case', () => {
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

describe('headers with typos, drug-facts layout', () => {
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

describe('percentages', () => {
  test('a leading decimal point (".50%") is half a percent', () => {
    const item = parse('Active ingredient: Salicylic Acid .50%. Other ingredients: Water')[0]!.items[0]!;
    expect(item).toMatchObject({ name: 'Salicylic Acid', percent: 0.5 });
  });
});

describe('key-ingredient blurbs in one case', () => {
  test('UPPER blurbs are dropped before a list of long plant names', () => {
    const text =
      '-POMEGRANATE SEED OIL: SUPPORTS THE SCALP.-GRAPESEED OIL: CONTAINS ANTIOXIDANTS THAT MAY HELP, A HORMONE THAT CAUSES HAIR LOSS.' +
      '-FRACTIONATED COCONUT OIL: MOISTURIZES THE HAIR SHAFT.GLYCINE SOJA (SOYBEAN) OIL, VITIS VINIFERA (GRAPE) SEED OIL, ' +
      'OLEA EUROPAEA (OLIVE) OIL, FRAGRANCE, MENTHA PIPERITA (PEPPERMINT) OIL, MENTHOL.';
    expect(names(text)[0]).toBe('GLYCINE SOJA OIL');
    expect(cats(text)).toEqual(['fragrance', 'essential-oil', 'cooling-agent']);
  });

  test('UPPER blurb followed by a kit label', () => {
    const text =
      '-RETINOL: PROMOTES CLEAR-LOOKING SKIN. -SALICYLIC ACID: PENETRATES PORES TO TARGET BLEMISHES. ' +
      'ACNE DOTS: SALICYLIC ACID 0.5%, ALOE BARBADENSIS (ALOE VERA) LEAF EXTRACT, RETINYL ACETATE (VITAMIN A). ' +
      'ACNE SERUM: WATER, GLYCERIN';
    const lists = parse(text);
    expect(lists.map((l) => l.label)).toEqual(['ACNE DOTS', 'ACNE SERUM']);
    expect(cats(text)).toEqual(['bha', 'retinoid']);
  });

  test('a kit label that starts with "-" in front of its list is not a blurb', () => {
    const text =
      '-Glacial Glycoprotein -Avocado OilUltra Facial Cleanser:Aqua/Water/Eau, Glycerin, Citric Acid.' +
      'Ultra Facial Cream:Aqua/Water/Eau, Squalane';
    const lists = parse(text);
    expect(lists).toHaveLength(2);
    expect(lists[0]!.items.map((i) => i.name)).toEqual(['Aqua', 'Glycerin', 'Citric Acid']);
    expect(lists[1]!.label).toBe('Ultra Facial Cream');
  });

  test('one-case prose after a blurb is still prose', () => {
    const text =
      '-SALICYLIC ACID: HELPS TO CLEAR THE SKIN, WHILE YOU SLEEP, FOR A SMOOTHER LOOK.WATER, GLYCERIN';
    expect(names(text)).toEqual(['WATER', 'GLYCERIN']);
    expect(analyze(text).findings).toEqual([]);
  });
});

describe('bullets in python-list strings', () => {
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

describe('typo repair', () => {
  test.each([
    // "acid" with one letter dropped is three letters: completed by one missing letter
    ['Saicylic Aid', 'bha'],
    ['Citrci Acd', 'aha'],
    ['Azleaic Acd', 'azelaic-acid'],
    // the most used near word would be wrong: the other near words are tried
    ['Benzyol Peroxiide', 'benzoyl-peroxide'], // benzyol -> benzyl (more used) or benzoyl
    ['Citrac Aciid', 'aha'], // citrac -> citral or citric
    ['Meothyl Lacttate', 'cooling-agent'], // meothyl -> methyl or menthyl
    ['Retinxl', 'retinoid'],
    // the alias is repaired when the name is not enough
    ['Melalecua Alterniflia (Tea Tsee) Laf Oil', 'essential-oil'],
  ])('%s -> %s', (text, category) => {
    const f = analyze(text).findings[0];
    expect(f?.category).toBe(category);
    expect(f?.match.kind).toBe('fuzzy');
  });

  test.each([
    // look-alikes with typos stay harmless
    'Cetyl Alcohl',
    'Cetearyl Alocohol',
    'Lactobacilus Ferment',
    'Sodium Glucnate',
    'Butylated Hydroxyanisol (BHA)',
    'Prunus Armeniaca Kernl Oil',
    // a lone short word is too ambiguous to repair ("Sali" is one edit from "salt")
    'Sali',
    'Acd',
  ])('%s is not flagged', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });

  test('a misspelt sunscreen salicylate is a sunscreen, never a BHA', () => {
    expect(cats('Ethylhexyl Salicylat, Homosalte')).toEqual(['chemical-sunscreen']);
  });
});

describe('odd words', () => {
  test('object-prototype words are plain words', () => {
    expect(normalizeName('Constructor Extract')).toBe('constructor extract');
    const a = analyze('Water, constructor, __proto__, hasOwnProperty, toString, Retinol');
    expect(a.checked).toBe(6);
    expect(flaggedCategories(a)).toEqual(['retinoid']);
  });
});

describe('warm-up', () => {
  test('warmUp() leaves results unchanged', () => {
    const text = 'Water, Glycolic Acid, Cetyl Alcohol, Retinyl Palmitat, Parfum';
    const before = analyze(text);
    warmUp();
    expect(analyze(text)).toEqual(before);
  });
});
