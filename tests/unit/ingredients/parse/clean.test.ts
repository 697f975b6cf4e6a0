/** parse/clean.ts: markup, shop codes and python-list strings before the split. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories, parse } from '../../../../src/ingredients/index';
import { dashSeparators, slashSeparators, unnumberList } from '../../../../src/ingredients/parse/clean';
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

describe('HTML in a feed string: line-ending tags and entities', () => {
  test('"<br>", "<li>" and "<p>" end a line as a browser draws them; an inline tag is a space', () => {
    expect(names('<p>Water<br>Glycerin<br/>Retinol<BR />Parfum</p>')).toEqual([
      'Water',
      'Glycerin',
      'Retinol',
      'Parfum',
    ]);
    expect(names('<ul><li>Aqua</li><li>Salicylic Acid</li><li>Glycerin</li></ul>')).toEqual([
      'Aqua',
      'Salicylic Acid',
      'Glycerin',
    ]);
    expect(names('Water, <b>Retinol</b>, Parfum')).toEqual(['Water', 'Retinol', 'Parfum']);
  });

  test('a "<br>" list after key-ingredient blurbs keeps its names (it was read as one more blurb)', () => {
    const text =
      '-Niacinamide: Visibly reduces redness, evens tone. -Vitamin E: Soothes skin.<br>Aqua (Water)<br>Glycerin<br>' +
      'Parfum (Fragrance)<br>Lactic Acid<br>Phenoxyethanol<br>Iron Oxides (CI 77491, CI 77492)';
    expect(names(text)).toEqual([
      'Aqua',
      'Glycerin',
      'Parfum',
      'Lactic Acid',
      'Phenoxyethanol',
      'Iron Oxides',
    ]);
    expect(cats(text)).toEqual(['fragrance', 'aha']);
  });

  test('numeric and named entities are the characters they stand for, then cleaned as typed ones', () => {
    expect(names('Water&#44; Glycerin&#x2C; Retinol')).toEqual(['Water', 'Glycerin', 'Retinol']);
    expect(names('Water&bull;Glycerin&#8226;Retinol')).toEqual(['Water', 'Glycerin', 'Retinol']);
    // a soft hyphen written as an entity (German shops) is dropped like the character itself
    expect(names('Aqua, Reti&shy;nol, Natrium&shy;hyaluronat')).toEqual([
      'Aqua',
      'Retinol',
      'Natriumhyaluronat',
    ]);
    expect(names('Aqua&#160;(Water), Glycerin')).toEqual(['Aqua', 'Glycerin']);
    expect(names('Vegetable Oil/Huile V&#233;g&#233;tale, Glycerin')[0]).toBe('Vegetable Oil');
    expect(parse('Vegetable Oil/Huile V&#233;g&#233;tale')[0]!.items[0]!.aliases).toEqual(['Huile Végétale']);
  });

  test('an entity that is no character stays text, calmly', () => {
    expect(() => parse('Water &#0; Retinol &#99999999; &#xD800; &bogus;')).not.toThrow();
    expect(cats('Water, &#0;, Retinol, &#99999999;')).toEqual(['retinoid']);
  });
});

describe("a page's expand toggle at the text's end", () => {
  test('"See more" glued to the last name is dropped: the name is found again', () => {
    expect(names('Aqua, Phenoxyethanol, Fragrance See more')).toEqual([
      'Aqua',
      'Phenoxyethanol',
      'Fragrance',
    ]);
    expect(cats('Aqua, Phenoxyethanol, Fragrance See more')).toEqual(['fragrance']);
    expect(names('Aqua, Parfum\n› See more product details')).toEqual(['Aqua', 'Parfum']);
    expect(names('Aqua, Retinol. Read more')).toEqual(['Aqua', 'Retinol']);
    expect(names('Aqua, Retinol…Show less')).toEqual(['Aqua', 'Retinol']);
  });

  test('only at the end: "read more" in the prose before the list is text', () => {
    expect(names('Read more about our formulas. Aqua, Retinol')).toEqual([
      'Read more about our formulas',
      'Aqua',
      'Retinol',
    ]);
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

  test('a numbered name that starts with digits and a dash does not stop the count', () => {
    const text = '1) Water 2) Glycerin 3) 1,2-Hexanediol 4) Retinol 5) Squalane 6) Lactic Acid';
    expect(names(text)).toEqual([
      'Water',
      'Glycerin',
      '1,2-Hexanediol',
      'Retinol',
      'Squalane',
      'Lactic Acid',
    ]);
    expect(cats(text)).toEqual(['retinoid', 'aha']);
    expect(names('1. Aqua 2. 4-Terpineol 3. Retinol')).toEqual(['Aqua', '4-Terpineol', 'Retinol']);
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

  test('a dash list after blurbs with commas of their own: the dashes, far more, are the separators', () => {
    const list = [
      'AQUA',
      'GLYCERIN',
      'RETINOL',
      'BUTYLENE GLYCOL',
      'SQUALANE',
      'DIMETHICONE',
      'TOCOPHEROL',
      'PANTHENOL',
      'PARFUM',
    ];
    const text = `-Niacinamide: evens tone, smooths. ${list.join(' - ')} - 1,2-HEXANEDIOL- SILICA -CELLULOSE`;
    expect(names(text)).toEqual([...list, '1,2-HEXANEDIOL', 'SILICA', 'CELLULOSE']);
    expect(cats(text)).toEqual(['retinoid', 'fragrance']);
    // a comma list with a few dashes of its own is not cut at them
    const commas =
      'Aqua, Glycerin - Vegetable, Cetyl Alcohol, Zinc Oxide - 10%, Parfum, Retinol - 0.5%, Mica';
    expect(dashSeparators(commas)).toBe(commas);
  });

  test('a list with the slash as its one separator, spaced or tight: every name an item', () => {
    const spaced = 'Water / Glycerin / Squalane / Retinol / Dimethicone / Phenoxyethanol / Tocopherol';
    expect(names(spaced)).toEqual(spaced.split(' / '));
    expect(names(spaced.replaceAll(' / ', '/'))).toEqual(spaced.split(' / '));
    const two = 'Water / Glycerin / Lactic Acid / Squalane / Glycolic Acid / Dimethicone / Tocopherol';
    expect(names(two)).toEqual(two.split(' / '));
    // after blurbs with commas and full stops of their own
    const blurbs = `-Retinal: renews, smooths.\n-Squalane: softens.\n${spaced}`;
    expect(names(blurbs)).toEqual(spaced.split(' / '));
    expect(cats(blurbs)).toEqual(['retinoid']);
  });

  test("a slash list keeps the names' own slashes: synonyms and copolymers in a spaced list, known names in a tight one", () => {
    expect(
      names('Aqua/Water/Eau / Glycerin / Acrylates/C10-30 Alkyl Acrylate Crosspolymer / Squalane / Parfum'),
    ).toEqual(['Aqua', 'Glycerin', 'Acrylates/C10-30 Alkyl Acrylate Crosspolymer', 'Squalane', 'Parfum']);
    const tight = 'Water/Caprylic/Capric Triglyceride/Lactic Acid/Glycolic Acid Copolymer/Glycerin/Squalane';
    expect(slashSeparators(tight)).toBe(
      'Water, Caprylic/Capric Triglyceride, Lactic Acid/Glycolic Acid Copolymer, Glycerin, Squalane',
    );
    // the copolymer is not a lactic acid
    expect(cats(tight)).toEqual([]);
    // an irritant before an unknown copolymer's name stays an item of its own
    expect(names('Water/Alcohol/Vinyl Dimethicone Crosspolymer/Glycerin/Squalane')).toContain('Alcohol');
  });

  test('slashes that separate nothing stay: synonym sets in a comma list, few slashes, dates, URLs, long runs', () => {
    const comma = 'Aqua/Water/Eau, Glycerin, Caprylic/Capric/Myristic/Stearic Triglyceride, Parfum/Fragrance';
    expect(slashSeparators(comma)).toBe(comma);
    // the last item's synonyms with no comma after them: four slashes at least
    const tail = 'Aqua, Glycerin, Squalane, Parfum/Fragrance/Aroma';
    expect(slashSeparators(tail)).toBe(tail);
    const url = 'See https://example.com/a/b/c/d for the list';
    expect(slashSeparators(url)).toBe(url);
    const dates = 'Made 01/02/2026, best before 01/02/2028';
    expect(slashSeparators(dates)).toBe(dates);
    // a shade's names run together with a slash here and there: parts too long to be names
    const run =
      'Synthetic Fluorphlogopite Neopentyl Glycol Dicaprylate/Dicaprate Dimethicone Titanium/Titanium Dioxide ' +
      'Peg-12 Dimethicone Sorbitan Isostearate Dimethicone/Vinyl Dimethicone Crosspolymer Glycerin Polysorbate 60 ' +
      'Caprylyl Glycol/Tin Oxide 1,2-Hexanediol Xanthan Gum Chondrus Crispus Hydrogenated Lecithin Sodium Citrate';
    expect(slashSeparators(run)).toBe(run);
    // names run together with no separator at all (textContent of one element per name): the slashes are
    // the names' own
    const joined =
      'Aqua/Water/EauGlycerinButylene GlycolParfum/FragranceAcrylates/C10-30 Alkyl Acrylate Crosspolymer';
    expect(slashSeparators(joined)).toBe(joined);
    // inside a bracket: a sub-list's synonyms
    const bracket = 'Citrus Aurantium Dulcis (Orange/Naranja/Laranja/Arancia/Orange) Peel Oil, Aqua';
    expect(slashSeparators(bracket)).toBe(bracket);
  });

  test('four one-word names run together are four items', () => {
    expect(names('WATER GLYCERIN RETINOL PARFUM')).toEqual(['WATER', 'GLYCERIN', 'RETINOL', 'PARFUM']);
  });
});
