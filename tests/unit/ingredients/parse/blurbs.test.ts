/** parse/blurbs.ts: key-ingredient blurbs glued in front of the list. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories, parse } from '../../../../src/ingredients/index';

const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));
const cats = (text: string) => flaggedCategories(analyze(text));

describe('key-ingredient blurbs', () => {
  test('key-ingredient blurbs glued in front produce no findings', () => {
    const text =
      "-Retinol: Boosts skin renewal.\n-Glycolic Acid 10%: Provides a deep exfoliation.-Ceramides: Support skin's protective barrier.Water/Aqua/Eau, Glycerin, Squalane";
    expect(names(text)).toEqual(['Water', 'Glycerin', 'Squalane']);
    expect(analyze(text).findings).toEqual([]);
  });

  test('a list separated by "|" or tabs after the blurbs is the list, not more blurb (it was dropped whole)', () => {
    const blurbs =
      '-Hyaluronic Acid: Hydrates skin. -Niacinamide: Visibly reduces redness and evens skin tone. ';
    for (const sep of [' | ', '\t', '|'])
      expect(
        names(`${blurbs}${['Aqua (Water)', 'Glycerin', 'Parfum (Fragrance)', 'Retinol'].join(sep)}`),
      ).toEqual(['Aqua', 'Glycerin', 'Parfum', 'Retinol']);
  });

  test('a list header in front of the blurbs (a tab heading read with its text) does not make them the list', () => {
    const blurbs =
      '-Sea Buckthorn: Superfruit loaded with vitamin C, vitamin A, and fatty acid omega-7.-Malic Acid: Provides antioxidant activity.';
    for (const header of ['Ingredients: ', 'Ingrédients : ', 'INCI:\n', 'Ingredients\n', 'INHALTSSTOFFE: ']) {
      const text = `${header}${blurbs}Water/Eau/Aqua, Propylene Glycol, Glycerin`;
      expect(names(text)).toEqual(['Water', 'Propylene Glycol', 'Glycerin']);
      expect(analyze(text).findings).toEqual([]);
    }
    // no colon: the header ends at the blurb's mark; a dash before a list is no blurb
    expect(names(`Ingredients ${blurbs}Water/Eau/Aqua, Propylene Glycol, Glycerin`)).toEqual([
      'Water',
      'Propylene Glycol',
      'Glycerin',
    ]);
    expect(names("Ingredients - ['Serum:', 'Water, Retinol, Glycerin']").slice(-3)).toEqual([
      'Water',
      'Retinol',
      'Glycerin',
    ]);
    // a header before the list itself is read as before
    expect(names('Ingredients: Water, Retinol')).toEqual(['Water', 'Retinol']);
    expect(names('Ingredients: -Retinol')).toEqual(['Retinol']);
  });

  test('a line of prose in front of the blurbs is a lead-in, not the list; a list line in front stays', () => {
    const blurbs = '-Sea Buckthorn: Superfruit loaded with vitamin C, vitamin A, and fatty acid omega-7.';
    const text = `Benefits: Gently exfoliates with lactic acid for smoother skin.\n${blurbs}Water, Propylene Glycol, Glycerin`;
    expect(names(text)).toEqual(['Water', 'Propylene Glycol', 'Glycerin']);
    expect(analyze(text).findings).toEqual([]);
    // a sentence on the blurbs' own line is a lead-in too
    const sentence = `This serum brightens the skin with its vitamin blend. ${blurbs}Water, Propylene Glycol, Glycerin`;
    expect(names(sentence)).toEqual(['Water', 'Propylene Glycol', 'Glycerin']);
    // the first line is the list: kept (a "- Free from" note after it is no blurb to strip to)
    expect(names('Aqua, Glycerin, Retinol\n- Free from parabens')).toEqual(['Aqua', 'Glycerin', 'Retinol']);
  });

  test('daisy-style blurbs with spaces', () => {
    const text =
      '-Snap 8 Peptide: Helps relax the look of expression lines. -Five-Ceramide Complex: Supports skin’s protective barrier. Water/Aqua/Eau, Glycerin, Squalane';
    expect(names(text)).toEqual(['Water', 'Glycerin', 'Squalane']);
  });

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

  test('a list whose first names carry slash synonyms is found after the blurbs, not lost with them', () => {
    // the third name is long only through its synonym; the blurb stripper once took it for prose and,
    // finding no list start, dropped the whole text (Parfum and Alcohol Denat. unseen)
    const text =
      '-Rice Wax: Natural wax that helps lengthen lashes.-Vitamin C: Works as an antioxidant that fights free radicals.  Water/Aqua/Eau, Cyclopentasiloxane, Oryza Sativa (Rice) Bran Wax/ Oryza Sativa (Rice) Bran Cera, Alcohol Denat., Propylene Glycol, Parfum.';
    expect(names(text).slice(0, 2)).toEqual(['Water', 'Cyclopentasiloxane']);
    expect(cats(text)).toEqual(expect.arrayContaining(['drying-alcohol', 'fragrance']));
  });

  test('a list in mixed case after a blurb, or glued to its last sentence in lower case', () => {
    const mixedCase =
      '-Witch Hazel: Helps de-shine the surface and tighten pores. Alcohol Denta., Water • acrylates/c10-30 alkyl acrylate crosspolymer, Glycerin';
    expect(cats(mixedCase)).toEqual(['drying-alcohol']);
    const glued =
      '-Wheat Protein: adds natural body to the hair.hydrofluorocarbon 152a • DIMETHYL ETHER, Alcohol Denat., VP/VA COPOLYMER, Glycerin';
    expect(names(glued).slice(0, 3)).toEqual(['hydrofluorocarbon 152a', 'DIMETHYL ETHER', 'Alcohol Denat']);
  });

  test('an abbreviation or a sentence in prose is no list start', () => {
    const text =
      '-Red Pepper Extract: Protects skin against digital pollution (i.e., blue light).Mica, Silica, Dimethicone';
    expect(names(text)).toEqual(['Mica', 'Silica', 'Dimethicone']);
    const prose =
      '-Colloidal Oatmeal: Moisturizes and smooths the feel of your skin. Excellent for sensitive skin types.Water, Glycerin, Sodium Chloride';
    expect(names(prose)[0]).toBe('Water');
  });

  test('the last blurb run into the list with no stop, or a lower-case list after sentence-case blurbs', () => {
    const glued =
      '-Botanical Caviar: Restores moisture and shine.-Witch Hazel: Helps balance overall scalp hydrationAqua/Water/Eau, Polyquaternium-37, Parfum/Fragrance, Retinol, Alcohol Denat.';
    expect(names(glued)[0]).toBe('Aqua');
    expect(cats(glued)).toEqual(expect.arrayContaining(['retinoid', 'fragrance', 'drying-alcohol']));
    const lower =
      '- Peptides: Short chains of amino acids that reduce the look of fine lines. - Hyaluronic Acid: Draws in hydration. water/aqua/eau, glycerin, squalane, niacinamide, cetearyl alcohol, phenoxyethanol, retinol, citric acid.';
    expect(names(lower).slice(0, 3)).toEqual(['water', 'glycerin', 'squalane']);
    expect(cats(lower)).toEqual(['retinoid']);
    // a capital inside a word of prose is no list start
    expect(
      names('-Gel Cream: With HydraBoost technology for all skin types.Water, Glycerin, Squalane'),
    ).toEqual(['Water', 'Glycerin', 'Squalane']);
  });

  test('lists the blurb stripper once lost whole: after a tab, with commas in brackets, two names, by stops', () => {
    const tab =
      '- Silk Tree: Helps counteract signs of fatigue and aging\tAqua/Water/Eau, Glycerin, Parfum/Fragrance';
    expect(names(tab)[0]).toBe('Aqua');
    const brackets =
      '-Vitamin B: Helps keep lashes looking healthy.Aqua (Water, Eau), Copernicia Cerifera Cera (Copernicia Cerifera (Carnauba) Wax, Cire De Carnauba), Glyceryl Stearate, Retinol';
    expect(names(brackets).slice(0, 2)).toEqual(['Aqua', 'Copernicia Cerifera Cera']);
    const two =
      '-Hydrocolloid: Absorbs fluids and shields skin.Hydrocolloid, Salicylic Acid.Clean at Sephora products are formulated without the following banned or restricted ingredients (please see the landing page)';
    expect(cats(two)).toEqual(['bha']);
    const stops =
      '-Myrothamnus Extract: Fights the effects of daytime stress, to help minimize fine lines.\tAQUA/WATER/EAU. CAPRYLIC/CAPRIC TRIGLYCERIDE. GLYCERIN. PARFUM/FRAGRANCE. PHENOXYETHANOL.';
    expect(names(stops)).not.toContain('Fights the effects of daytime stress');
    expect(cats(stops)).toEqual(['fragrance']);
  });

  test('an ingredients heading in lower case after the blurbs starts the list', () => {
    const text =
      '-Colloidal Oatmeal: Calms skin, reducing the appearance of redness. active ingredient: Sucrose 1%INACTIVE: Glycerin, Parfum';
    expect(names(text)).toEqual(['Sucrose', 'Glycerin', 'Parfum']);
  });
});
