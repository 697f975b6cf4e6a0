/**
 * Issue 9, item 1: the classes of miss the independent set showed, each with made-up lists of the same kind
 * (the set's own texts stay in ../shared; these are not copies of them).
 */
import { describe, expect, test } from 'vitest';
import { analyze, parse } from '../../../src/ingredients/index';
import type { AnalyzeOptions } from '../../../src/ingredients/index';

const warn = (text: string, opts: AnalyzeOptions = {}) => [
  ...new Set(
    analyze(text, opts)
      .findings.filter((f) => f.severity !== 'note')
      .map((f) => f.category),
  ),
];
const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));

describe('glued headers and strengths', () => {
  test('a strength glued to the next name ends its item, in any case', () => {
    expect(names('Active Ingredient: Adapalene 0.1%Water, Carbomer')).toEqual([
      'Adapalene',
      'Water',
      'Carbomer',
    ]);
    expect(names('ACTIVE INGREDIENT: SULFUR 3%AQUA, KAOLIN')).toEqual(['SULFUR', 'AQUA', 'KAOLIN']);
  });

  test('a one-word "Inactive:" header is a header, not a shade label', () => {
    const lists = parse('Salicylic Acid 2%Inactive: Water, Glycerin, Parfum');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.label).toBeNull();
    expect(lists[0]!.items.map((i) => i.name)).toEqual(['Salicylic Acid', 'Water', 'Glycerin', 'Parfum']);
  });

  test('a header left without its colon after page prose, commas lost: the names after it', () => {
    const text =
      'Keep out of reach of children, ask a pharmacist if you have allergies Active Benzoyl Peroxide Poloxamer 182, Carbomer, Glycerol, Purified Water';
    expect(warn(text)).toEqual(['benzoyl-peroxide']);
    expect(warn(text.toLowerCase())).toEqual(['benzoyl-peroxide']);
  });

  test('"Benzyl Peroxide", the misspelling of two known words, is benzoyl peroxide', () => {
    expect(warn('Active Ingredient: Benzyl Peroxide 2.5%. Inactive ingredients: Water, Carbomer')).toEqual([
      'benzoyl-peroxide',
    ]);
  });

  test('the same with the active misspelt and the next name unknown', () => {
    const text =
      'Keep out of reach of children, ask a pharmacist if you have allergies Active Benzooyl Peroxxide Docusste Sdoium, Disodium Edetate, Carbomer, Purified Water';
    expect(warn(text)).toEqual(['benzoyl-peroxide']);
    expect(names(text)).toEqual(expect.arrayContaining(['Benzooyl Peroxxide', 'Docusste Sdoium']));
  });

  test('prose naming "the active ingredient" is a blurb, not a list', () => {
    expect(
      warn('This gentle gel contains the active ingredient benzoyl peroxide which clears spots'),
    ).toEqual([]);
  });
});

describe('blurbs, claims and tails', () => {
  test('a blurb naming two ingredients before its colon is dropped', () => {
    const text =
      '-Lactic Acid, Rice Water: Helps smooth the look of skin and brightens.-Niacinamide: Supports the barrier.Aqua, Glycerin, Niacinamide, Sodium Citrate';
    expect(warn(text)).toEqual([]);
    expect(names(text)[0]).toBe('Aqua');
  });

  test('free-from claims are not the ingredient they name', () => {
    expect(warn('Water, Glycerin, Fragrance Free, Alcohol-Free')).toEqual([]);
    expect(warn('Aqua, Glycerin, No Added Fragrance')).toEqual([]);
    expect(warn('Cotton, Free Of Alcohol, Parabens, Fragrances and Dyes.')).toEqual([]);
    expect(warn('Our brand is free from synthetic fragrance, silicones and sulfates')).toEqual([]);
  });

  test('a free-from claim in the page prose before the list does not cut the list', () => {
    const text =
      'Gentle body wash, free from sulphates and soap. How to use: lather and rinse. Aqua, Cocamidopropyl Betaine, Glycerin, Parfum, Sodium Chloride';
    expect(warn(text)).toEqual(['fragrance']);
  });

  test('the item before a "may contain" tail is kept', () => {
    const f = analyze('Water, Mica, Parfum (Fragrance) +/- May Contain: CI 77491, CI 77891').findings;
    const fragrance = f.find((x) => x.category === 'fragrance');
    expect(fragrance?.ingredient).toBe('Parfum (Fragrance)');
    expect(fragrance?.severity).toBe('high');
  });
});

describe('missing commas next to a name split in two', () => {
  test('a dash-separated list keeps its part words with their names', () => {
    const text =
      'AQUA/WATER - SODIUM LAURETH SULFATE - COCO-GLUCOSIDE - GLYCERIN - LITSEA CUBEBA FRUIT OIL - SODIUM CHLORIDE - CITRIC ACID - PARFUM/FRAGRANCE - LINALOOL';
    expect(warn(text)).toEqual(['essential-oil', 'fragrance']);
  });
});

describe('vocabulary by family', () => {
  test('less common aromatic genera and distilled spice seed oils are essential oils', () => {
    for (const oil of [
      'Chamaecyparis Obtusa Leaf Oil',
      'Thuja Occidentalis Leaf Oil',
      'Boronia Megastigma Flower Oil',
      'Coriandrum Sativum (Coriander) Seed Oil',
      'Daucus Carota Sativa Seed Oil',
    ]) {
      expect(warn(`Water, ${oil}, Glycerin`), oil).toEqual(['essential-oil']);
    }
  });

  test('pressed seed oils stay carriers', () => {
    for (const oil of ['Nigella Sativa (Black Cumin) Seed Oil', 'Helianthus Annuus Seed Oil'])
      expect(warn(`Water, ${oil}, Glycerin`), oil).toEqual([]);
  });

  test('an enzyme named by its fruit is the enzyme; the fruit extract stays a note', () => {
    expect(warn('Glycerin, Pineapple Enzyme, Water')).toEqual(['enzyme']);
    expect(warn('Glycerin, Ananas Sativus Fruit Extract, Water')).toEqual([]);
  });
});

describe('position rules count the formula', () => {
  const eyeliner =
    'Hydrogenated Coco-Glycerides, Beeswax, Ricinus Communis Seed Oil, Ozokerite, Copernicia Cerifera Wax, Synthetic Wax, Polyethylene, Tocopherol, Ascorbyl Palmitate, Lecithin. May Contain (+/-): Mica, CI 77891, CI 77491, CI 77492, CI 77499, CI 42090, CI 77163, CI 75470, CI 77289, CI 77288, CI 77510, CI 77742';

  test('a derivative after tocopherol, near the end of the formula, is a trace antioxidant', () => {
    const f = analyze(eyeliner, { product: { name: 'Kohl Eyeliner' } }).findings.find(
      (x) => x.category === 'vitamin-c',
    );
    expect(f?.severity).toBe('note');
  });

  test('the hero of a vitamin C product still warns', () => {
    const f = analyze(eyeliner, { product: { name: 'Vitamin C Brightening Balm' } }).findings.find(
      (x) => x.category === 'vitamin-c',
    );
    expect(f?.severity).toBe('low');
  });
});

describe('a peel named for its acid is a chemical peel', () => {
  const list = 'Water, Glycerin, Silica, Kaolin, Capryloyl Salicylic Acid, Phenoxyethanol';
  test('its silica and clay are a base, not grains', () => {
    expect(warn(list, { product: { name: 'AHA Peel Night Cream' } })).toEqual(['bha']);
  });
  test('a scrub or polish still counts them', () => {
    expect(warn(list, { product: { name: 'Peeling Scrub' } })).toContain('physical-exfoliant');
    expect(warn(list, { product: { name: 'Glycolic Peel and Polish' } })).toContain('physical-exfoliant');
  });
});

describe('typos the held-out noise showed (made-up lists of the same kinds)', () => {
  test('a second percentage leaves the name too: the header glued after a strength brought its own', () => {
    expect(names('Active ingredient: Salicylic Acid 2% 1%Inactive ingredients: Water, Glycerin')).toEqual([
      'Salicylic Acid',
      'Water',
      'Glycerin',
    ]);
    expect(warn('Active ingredient: Glycolic Acid (18%) 1%INACTIVE INGREDIENTS: Water')).toEqual(['aha']);
  });

  test('a blend written with "(and)" is two names, each checked', () => {
    expect(names('Water, Dimethyl Isosorbide (and) Hydroxypinacolone Retinoate, Glycerin')).toEqual([
      'Water',
      'Dimethyl Isosorbide',
      'Hydroxypinacolone Retinoate',
      'Glycerin',
    ]);
    expect(warn('Water, Dimetyl Isosrbide (and) Hydroxpinacolone Retinoatte, Glycerin')).toEqual([
      'retinoid',
    ]);
    // a name in parentheses is still a synonym, not a blend
    expect(names('Aqua (Water), Glycerin')).toEqual(['Aqua', 'Glycerin']);
  });

  test('a misspelt shell powder or pumice is still abrasive outside a scrub', () => {
    for (const item of ['Pumce', 'JUGLNS RGGIA (WALUT) SELL POWXER', 'Apircot Ssed Powjer'])
      expect(warn(`Water, Glycerin, ${item}, Phenoxyethanol`), item).toEqual(['physical-exfoliant']);
    // and a misspelt silica stays a note outside a scrub, as silica does
    expect(warn('Water, Glycerin, Sillica, Phenoxyethanol')).toEqual([]);
  });

  test('a misspelt genus or common name with "oil" in the parenthesis is an essential oil', () => {
    for (const item of [
      'Litsae Cueba (May Chaang Oil)',
      'Cijnamomum Camjhora (Ho Wooo Oil)',
      'Citurs Auiantium Duulcis (Oyange Oil)',
      'Omenis Multicaulis Oil',
      'May Chang Oil',
    ])
      expect(warn(`Water, Glycerin, ${item}`), item).toEqual(['essential-oil']);
    // carrier oils stay quiet through the same typos
    expect(warn('Water, Helianthus Annus (Sunflowr) Sed Oil, Prunus Armeniaca (Apricott) Kernl Oil')).toEqual(
      [],
    );
  });

  test('a misspelt qualifier in front of an irritant, and a misspelt claim that names none', () => {
    expect(warn('Water, Orgaanic Alochol, Glycerin')).toEqual(['drying-alcohol']);
    expect(warn('Water, Glycerin. All productts are frme frym synthetnc fragyance')).toEqual([]);
  });
});

describe('strengths followed by the next name, drug-facts style', () => {
  test('each sunscreen filter after its strength is an item of its own', () => {
    expect(names('Active Ingredients: Homosalate 10% Octisalate 5% Avobenzone 3%. Inactive: Water')).toEqual([
      'Homosalate',
      'Octisalate',
      'Avobenzone',
      'Water',
    ]);
    expect(warn('Homosalate 10% Octisalate 5% Avobenzone 3%, Water, Glycerin')).toEqual([
      'chemical-sunscreen',
    ]);
  });

  test('a strength in front, inside parentheses or in a label stays where it is', () => {
    const items = parse('Water, 15% L-Ascorbic Acid, Glycerin')[0]!.items;
    expect(items.map((i) => [i.name, i.percent])).toEqual([
      ['Water', undefined],
      ['L-Ascorbic Acid', 15],
      ['Glycerin', undefined],
    ]);
    expect(names('Ashwagandha Root (10% Withanolides and 32% Oligosaccharides), Rice Flour')).toEqual([
      'Ashwagandha Root',
      'Rice Flour',
    ]);
    const kit = parse('Ultra Pure Serum 9.8% Glycolic Acid: Aqua, Glycolic Acid, Glycerin');
    expect(kit.map((l) => l.label)).toEqual(['Ultra Pure Serum 9.8% Glycolic Acid']);
  });

  test('a panel run together: the header without its colon, the purpose column after the strength', () => {
    const panel =
      'Active Ingredient Benzoyl Peroxde 5% Purpose Acne treatment Inactive ingredients: Water, Carbomer';
    expect(names(panel)).toEqual(['Benzoyl Peroxde', 'Water', 'Carbomer']);
    expect(warn(panel)).toEqual(['benzoyl-peroxide']);
    expect(names('ACTIVE Salicylic Acid 2% Inactive Ingredients: Aqua, Glycerin')).toEqual([
      'Salicylic Acid',
      'Aqua',
      'Glycerin',
    ]);
    expect(warn('Active Benzoyl Peroxide 2.5%, Water, Glycerin')).toEqual(['benzoyl-peroxide']);
  });

  test('a heading that lost its colon is no item: alone on its line, or run into the first name', () => {
    expect(names('Ingredients\nWater\nGlycerin\nRetinol')).toEqual(['Water', 'Glycerin', 'Retinol']);
    expect(names('INGREDIENTS Aqua, Glycerin')).toEqual(['Aqua', 'Glycerin']);
    expect(names('Full ingredients list\nAqua, Retinyl Propionate')).toEqual(['Aqua', 'Retinyl Propionate']);
    expect(names('Drug Facts\nActive ingredient Salicylic Acid 2%\nInactive ingredients: Water')).toEqual([
      'Salicylic Acid',
      'Water',
    ]);
    // the rest must be a known name: "Ingredients Serum" is not "Serum"
    expect(names('Ingredients Serum Aqua Glycerin')).toEqual(['Ingredients Serum Aqua Glycerin']);
    // the first name's position counts from 1, as the position rules read it
    expect(parse('Ingredients Retinyl Propionate, Water')[0]!.items[0]!.position).toBe(1);
  });

  test('a key-ingredients field ("Active ingredients" and a name, no strength) stays a description', () => {
    expect(names('Active ingredients Vitamin C')).toEqual(['Active ingredients Vitamin C']);
  });
});

describe('a description is not an ingredient list', () => {
  const description =
    'NEWBRAND® Clear Skin Wash. We have brought the best ingredients together to bring you Clear Skin. Made with dermatologists, this wash is formulated with a powerful mix of AHA (glycolic acid), BHA (salicylic acid) and PHA (gluconolactone).';

  test('names inside its sentences give no finding, and the analysis says which it mentions', () => {
    const a = analyze(description);
    expect(a.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(a.described).toEqual(
      expect.arrayContaining(['Glycolic Acid', 'Salicylic Acid', 'Gluconolactone']),
    );
  });

  test('a list after the same prose is still a list', () => {
    const a = analyze(
      `${description} Ingredients: Aqua, Glycerin, Salicylic Acid, Sodium Laureth Sulfate, Parfum`,
    );
    expect(warn(`${description} Aqua, Glycerin, Salicylic Acid, Sodium Laureth Sulfate, Parfum`)).toEqual(
      expect.arrayContaining(['bha', 'fragrance']),
    );
    expect(a.described).toBeUndefined();
  });

  test('two lines of drug facts keep their active, which stands in a sentence of its own', () => {
    const text =
      'Salicylic Acid 2%. This gel helps to clear your pores and is gentle on the skin. Use it once a day on clean skin with care.';
    expect(warn(text)).toEqual(['bha']);
  });
});

describe('names run together in a short item, the comma lost', () => {
  test('two or three known names: the irritant among them, as written and misspelt', () => {
    expect(warn('Water, Sodium Hydroxide Glycolic Acid, Glycerin')).toEqual(['aha']);
    // "glycolc" is one edit from glycol (more used) and from glycolic: only glycolic makes two names
    expect(warn('Water, Sodum Hydroxide Glycolc Acid, Glycerin')).toEqual(['aha']);
    expect(warn('Aqua, Glycerin, Fragrance Tocopherol, Mica')).toEqual(['fragrance']);
    expect(warn('Aqua, Glycerin, Fragrnce Tocophrol, Mica')).toEqual(['fragrance']);
    expect(warn('Aqua, Glycerin, Parfum Sodium Benzoate, Mica')).toEqual(['fragrance']);
    expect(warn('Aqua, Glycerin, Organic Sugar Cane Alcohol')).toEqual(['drying-alcohol']);
  });

  test('a short run with an irritant in it is split into its names, each its own item', () => {
    expect(names('Aqua, Glycerin, Retinol Parfum, Mica')).toEqual([
      'Aqua',
      'Glycerin',
      'Retinol',
      'Parfum',
      'Mica',
    ]);
    // both irritants found: one joined item used to give one finding, and the shorter hold
    expect(warn('Aqua, Glycerin, Retinol Parfum, Mica').sort()).toEqual(['fragrance', 'retinoid']);
    expect(names('Water, Sodium Hydroxide Glycolic Acid, Mica')).toEqual([
      'Water',
      'Sodium Hydroxide',
      'Glycolic Acid',
      'Mica',
    ]);
    expect(names('Aqua, Parfum (Fragrance) Sodium Benzoate, Mica')).toEqual([
      'Aqua',
      'Parfum',
      'Sodium Benzoate',
      'Mica',
    ]);
    // harmless names known one by one may be one name the vocabulary lacks: left whole
    expect(names('Water, Zinc Lactate, Rose Water, Mica')).toEqual([
      'Water',
      'Zinc Lactate',
      'Rose Water',
      'Mica',
    ]);
    // a chemical head word starts a name: not "Sodium" + "Ascorbyl Glucoside"
    expect(names('Water, Sodium Ascorbyl Glucoside, Mica')).toContain('Sodium Ascorbyl Glucoside');
  });

  test('a chemical name the vocabulary lacks is not read as two names', () => {
    // the fewest names: "Cetyl Alcohol" + "Glycerin", never "Cetyl" + "Alcohol" + "Glycerin"
    expect(warn('Water, Cetyl Alcohol Glycerin, Mica')).toEqual([]);
    expect(warn('Water, Cetyl Alcohl Glycern, Mica')).toEqual([]);
    // a one-word name and then a chemical tail: one name ("Polyethylene" + "Glycol" is PEG)
    expect(analyze('Water, Polyethylene Glycol, Mica').findings).toEqual([]);
    expect(warn('Water, Arachidyl Alcohol, Mica')).toEqual([]);
    // a plant part or a connective is never a name of its own
    expect(warn('Active ingredients grapefruit extract, walnut shell powder and salicyclic acid')).toEqual(
      [],
    );
  });
});

describe('misspelt names beside a known word', () => {
  test('an abbreviation in brackets does not stop the repair of a misspelt name', () => {
    expect(warn('Water, Glycolc Acid (AHA), Glycerin')).toEqual(['aha']);
    expect(warn('Water, Salicylc Acid (BHA), Glycerin')).toEqual(['bha']);
  });

  test('both halves of a slash synonym misspelt', () => {
    expect(warn('Water, Mica, Fraagrance/Parum, Yellow 5')).toEqual(['fragrance']);
    // but a misspelt polymer of two acids stays one polymer
    expect(warn('Water, Lactc Aicd/Glycolc Aicd Coploymer, Mica')).toEqual([]);
  });

  test('a four-letter word one letter short of a five-letter name', () => {
    expect(warn('Water, Glycerin, Aroa**, Mica')).toEqual(['fragrance']);
    expect(warn('Water, Glycerin, Arma, Mica')).toEqual(['fragrance']);
    expect(warn('Water, Sali, Acai, Aloe, Mica, Kiwi, Lime, Rice, Zein, Urea, Talc')).toEqual([]);
  });

  test('essential oils by their common name, beside a misspelt genus or alone', () => {
    expect(warn('Water, Ziniber Officinale (Ginger) Root Oil, Mica')).toEqual(['essential-oil']);
    expect(warn('Water, Ginger Root Oil, Mica')).toEqual(['essential-oil']);
    expect(warn('Water, Spruce Needle Oil, Marjoram Oil, Mica')).toEqual(['essential-oil']);
    expect(warn('Water, Tanecetum Annuum (Blue Tansy) Oil, Mica')).toEqual(['essential-oil']);
    expect(warn('Water, Ginger Root Extract, Fennel Seed Extract, Mica')).toEqual([]);
    // a known common name is read as written, not as a repair: "Pink Lotus" is not "pine"
    expect(warn('Water, Nelumbo Nucifera (Pink Lotus) Flower Oil, Mica')).toEqual([]);
  });
});

describe('product context through a typo', () => {
  test('a misspelt scrub label still makes its sugar a grain', () => {
    expect(warn('Brown Sugar Lip Srcub: Sucrose, Glycerin, Parfum')).toEqual(
      expect.arrayContaining(['physical-exfoliant']),
    );
    // "shrub" is a plant, one edit from "scrub"
    expect(warn('Rose Shrub: Sucrose, Glycerin')).toEqual([]);
  });

  test('a misspelt "Vitamin C" in the product name keeps its derivative the hero', () => {
    const text =
      'Water, Glycerin, Butylene Glycol, Niacinamide, Squalane, Dimethicone, Cetearyl Alcohol, Sodium Ascorbyl Phosphate';
    expect(warn(text, { product: { name: 'Brightening Vitamn C Serum' } })).toEqual(['vitamin-c']);
    expect(warn(text, { product: { name: 'Brightening Serum' } })).toEqual([]);
  });
});

describe('a US Drug Facts panel', () => {
  test('its Purpose, Uses, Warnings and Directions sections are no ingredients, on one line or many', () => {
    // on one line "Salicylic Acid 2% Purpose" was read as a shade label and the active was lost
    expect(
      warn(
        'Active Ingredient: Salicylic Acid 2% Purpose: Acne Treatment Inactive Ingredients: Water, Glycerin',
      ),
    ).toEqual(['bha']);
    const sunscreen =
      'Active ingredients: Avobenzone 3%, Octinoxate 7.5% Purpose: Sunscreen Uses: helps prevent sunburn Warnings: For external use only Inactive ingredients: Water, Glycerin, Retinol';
    expect(names(sunscreen)).toEqual(['Avobenzone', 'Octinoxate', 'Water', 'Glycerin', 'Retinol']);
    expect(
      names(
        'Drug Facts\nActive ingredient\nBenzoyl Peroxide 5%\nPurpose\nAcne treatment\nInactive ingredients: Water, Carbomer',
      ),
    ).toEqual(['Benzoyl Peroxide', 'Water', 'Carbomer']);
  });

  test('the table layout: column headings and a purpose after dot leaders', () => {
    expect(
      names(
        'Active ingredient Purpose\nSalicylic Acid 2% ......... Acne treatment\nInactive ingredients: Water, Glycerin',
      ),
    ).toEqual(['Salicylic Acid', 'Water', 'Glycerin']);
  });

  test('a list without a panel keeps its words ("Multi Purpose Oil", "for external use")', () => {
    expect(names('Water, Glycerin, Multi Purpose Oil Blend, Parfum')).toContain('Multi Purpose Oil Blend');
  });
});

describe('an aromatic word names an oil only where it stands before it', () => {
  test('after the oil, the word names something else: a carrier oil and an extract are no essential oil', () => {
    // a blurb heading glued to the list, and a blurb line that mentions an oil
    expect(
      warn('-Hydrating Pearls-Jojoba and Passion Fruit Oils-Ginger ExtractSqualane, Glycerin, Water'),
    ).toEqual([]);
    expect(warn('Sweet Almond Oil: Rich in lavender-scented fatty acids, Water, Glycerin')).toEqual([]);
  });

  test('before the oil, in a parenthesis or synonym, after a bare "Oil" or "oil of", it does', () => {
    for (const text of [
      'Water, Zingiber Officinale (Ginger) Root Oil, Glycerin',
      'Water, Recutita (Matricaria) Flower Oil, Glycerin',
      'Water, Litsea Cubeba (May Chang Oil), Glycerin',
      'Water, Tanacetum Annuum Flower/Leaf/Stem Oil, Glycerin',
      'Water, Oil/Bergamot Fruit Oil, Glycerin',
      'Water, Oil of Lavender, Glycerin',
      'Water, Zingier Officinale (Ginger) Root Oil, Glycerin',
    ]) {
      expect(warn(text), text).toEqual(['essential-oil']);
    }
  });
});

describe('two names joined by "and"', () => {
  test('an irritant and another name are two items, each with its own finding', () => {
    expect(names('Water, Retinol and Parfum, Glycerin')).toEqual(['Water', 'Retinol', 'Parfum', 'Glycerin']);
    expect(warn('Water, Retinol and Parfum, Glycerin').sort()).toEqual(['fragrance', 'retinoid']);
    expect(warn('AQUA, GLYCOLIC ACID & FRAGRANCE')).toEqual(['aha', 'fragrance']);
  });

  test('harmless names and prose stay as they are', () => {
    expect(names('Water, Glycerin and Dimethicone')).toEqual(['Water', 'Glycerin and Dimethicone']);
    expect(warn('Water, Salicylic Acid and a blend of skin-soothing botanical extracts')).toEqual([]);
  });
});

describe('a slash used as the list separator', () => {
  test('irritants of two categories between slashes are separate items, each found', () => {
    expect(names('Aqua / Glycerin / Salicylic Acid / Parfum')).toEqual([
      'Aqua',
      'Glycerin',
      'Salicylic Acid',
      'Parfum',
    ]);
    expect(warn('Aqua / Glycerin / Salicylic Acid / Parfum')).toEqual(['bha', 'fragrance']);
    expect(warn('Water/Retinol/Lactic Acid (5%)/Dimethicone').sort()).toEqual(['aha', 'retinoid']);
  });

  test('synonym sets stay one item, whatever the vocabulary knows of their parts', () => {
    expect(names('Aqua/Water/Eau, Maris Sal/Sea Salt/Sel Marin, Parfum/Fragrance')).toEqual([
      'Aqua',
      'Maris Sal',
      'Parfum',
    ]);
    expect(names('Caprylic/Capric Triglyceride, Acrylates/C10-30 Alkyl Acrylate Crosspolymer')).toEqual([
      'Caprylic/Capric Triglyceride',
      'Acrylates/C10-30 Alkyl Acrylate Crosspolymer',
    ]);
    // one irritant among harmless parts is found through its alias, as before
    expect(warn('Water/Glycerin/Retinol/Phenoxyethanol')).toEqual(['retinoid']);
  });
});

describe('words run together where the page lost a space (one word per span, joined by textContent)', () => {
  // made up, of the kind of 478 corpus items such as "SodiumHydroxide", "TocopherylAcetate", "LavandulaHybrida Oil"
  test.each([
    ['Aqua, SalicylicAcid, Glycerin', ['bha']],
    ['Aqua, GlycolicAcid, Glycerin', ['aha']],
    ['Aqua, RetinylPalmitate, Glycerin', ['retinoid']],
    ['Aqua, AscorbicAcid, Glycerin', ['vitamin-c']],
    ['AlcoholDenat., Aqua, Glycerin', ['drying-alcohol']],
    ['Aqua, LavandulaHybrida Oil, Glycerin', ['essential-oil']],
  ])('%j warns of %j', (text, want) => {
    expect(warn(text)).toEqual(want);
  });

  test('two names run together are two items', () => {
    expect(names('Aqua, GlycerinRetinol, Parfum')).toEqual(['Aqua', 'Glycerin', 'Retinol', 'Parfum']);
    expect(warn('Aqua**Retinol, Glycerin')).toEqual(['retinoid']);
    // a blurb's last word run into the list is no finding (Sephora CA, "-Vitamin CAqua/Water/Eau")
    expect(warn('-Vitamin CAqua/Water/Eau, Glycerin, Decyl Glucoside')).toEqual([]);
  });

  test('look-alikes stay look-alikes, and a name already known is left as written', () => {
    expect(warn('Aqua, CetylAlcohol, StearylAlcohol, Glycerin')).toEqual([]);
    // a capital typed inside a known name (Sephora CA, "ParFum/Fragrance")
    expect(names('Aqua, ParFum/Fragrance')).toEqual(['Aqua', 'ParFum']);
    expect(names('Aqua, pH Adjuster, CI 77491, PEG-40 Hydrogenated Castor Oil')).toEqual([
      'Aqua',
      'pH Adjuster',
      'CI 77491',
      'PEG-40 Hydrogenated Castor Oil',
    ]);
  });
});

describe('a list whose items were joined with no separator at all (textContent over one element per name)', () => {
  test('mixed case: the names are found again, also in a long list', () => {
    expect(names('WaterGlycerinCaprylic/Capric TriglycerideSalicylic AcidParfum')).toEqual([
      'Water',
      'Glycerin',
      'Caprylic/Capric Triglyceride',
      'Salicylic Acid',
      'Parfum',
    ]);
    // 70 names, more than 200 words in one piece
    const long = [...Array(68).fill('Butylene Glycol Dicaprylate'), 'Retinol', 'Phenoxyethanol'].join('');
    expect(warn(long)).toEqual(['retinoid']);
  });

  test("a name's number or a word before a carbon chain is where the next name starts", () => {
    // made up, of the kind of Sephora CA "Polyglyceryl-10Laurate", "Peg-7Glyceryl Cocoate"
    expect(names('Aqua, Polyglyceryl-10Laurate, Glycerin')).toEqual([
      'Aqua',
      'Polyglyceryl-10 Laurate',
      'Glycerin',
    ]);
    expect(warn('Polysorbate-20Retinyl Palmitate, Aqua')).toEqual(['retinoid']);
    expect(warn('AquaPolyglyceryl-10LaurateRetinol')).toEqual(['retinoid']);
    expect(names('WaterDimethiconeC12-16 AlcoholsGlycerin')).toEqual([
      'Water',
      'Dimethicone',
      'C12-16 Alcohols',
      'Glycerin',
    ]);
    // capitals and numbers inside a name are no boundary
    expect(names('Aqua, Disodium EDTA, PEG-40 Hydrogenated Castor Oil')).toEqual([
      'Aqua',
      'Disodium EDTA',
      'PEG-40 Hydrogenated Castor Oil',
    ]);
  });
});
