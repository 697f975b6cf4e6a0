/** parse/footer.ts: "Clean at Sephora" footers and trailing disclaimers end the list, also misspelt. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories, parse } from '../../../../src/ingredients/index';

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

describe('a footer phrase before the list is a claim, not the end of the list', () => {
  test.each([
    ['formulated without', 'Formulated without parabens and sulfates. Ingredients: Aqua, Retinol, Glycerin'],
    [
      'free from parabens',
      'Free from parabens, SLS and mineral oil.\nFull Ingredients List: Aqua, Retinol, Glycerin',
    ],
    ['a disclaimer', 'Ingredient lists may change from time to time.\nINCI: Aqua, Retinol, Glycerin'],
  ])('%s, then a list header: the list is read', (_, text) => {
    expect(names(text)).toEqual(['Aqua', 'Retinol', 'Glycerin']);
    expect(analyze(text).findings.map((f) => f.category)).toEqual(['retinoid']);
  });

  test('the claim between two lists is dropped, both lists stay, a later footer still cuts', () => {
    const text =
      'Aqua, Glycerin. This product is free of fragrance and alcohol. Ingredients: Aqua, Retinol. ' +
      'Clean at Sephora products are formulated without Retinyl Palmitate, Fragrance';
    expect(names(text)).toEqual(['Aqua', 'Glycerin', 'Aqua', 'Retinol']);
    expect(analyze(text).findings.map((f) => f.ingredient)).toEqual(['Retinol']);
  });

  test('without a header after it, a leading footer phrase still ends the text (the claim names what is not inside)', () => {
    expect(names('Formulated without: Retinyl Palmitate, Fragrance')).toEqual([]);
    expect(names('Free from retinol, alcohol and fragrance, so it suits sensitive skin.')).toEqual([]);
  });

  test.each([
    [
      'a sentence of a description (sephora_ca_2023: the whole list was lost, its parfum a silent miss)',
      "Formulated without talc and dermatologist tested, it is enriched with shea butter.\n\n'Mica, Silica, Glycerin, Parfum/Fragrance, Retinol'",
    ],
    [
      'a claim naming the irritants it is free of',
      'This serum is formulated without alcohol or fragrance, so it suits sensitive skin. Mica, Silica, Glycerin, Parfum/Fragrance, Retinol',
    ],
    [
      'an address between the claim and the list (a saved whole page)',
      'Free from parabens. Made by Acme Ltd, 3 High Street; Leeds; LS1 1AA; UK\nMica, Silica, Glycerin, Parfum/Fragrance, Retinol',
    ],
  ])('a claim in front of the list with no header between, %s: only its sentence goes', (_, text) => {
    expect(names(text).slice(-5)).toEqual(['Mica', 'Silica', 'Glycerin', 'Parfum', 'Retinol']);
    expect(flaggedCategories(analyze(text))).toEqual(['fragrance', 'retinoid']);
  });

  test('a claim in front, the list, then a header far after it (a sunscreen panel): the list between stays', () => {
    const text =
      'This serum is formulated without alcohol or fragrance. Water, Cyclopentasiloxane, Butylene Glycol, Glycerin, ' +
      'Parfum\nActive Ingredients: Ethylhexyl Methoxycinnamate (7%), Zinc Oxide (2%)';
    expect(names(text)).toEqual([
      'Water',
      'Cyclopentasiloxane',
      'Butylene Glycol',
      'Glycerin',
      'Parfum',
      'Ethylhexyl Methoxycinnamate',
      'Zinc Oxide',
    ]);
  });

  test("a claim that introduces its names with a colon is followed by what is NOT inside: Sephora's footer still cuts", () => {
    const text = `Aqua, Glycerin.${FOOTER.replace('full list): ', 'full list):\n')}`;
    expect(names(text)).toEqual(['Aqua', 'Glycerin']);
    const sentences =
      'Aqua, Glycerin. The ingredient lists may change in real time. Please check your packaging. ' +
      'Clean at Sephora products are formulated without the following:\nParabens, Mineral Oil, Retinyl Palmitate, Oxybenzone, Hydroquinone';
    expect(names(sentences)).toEqual(['Aqua', 'Glycerin']);
    expect(analyze(sentences).findings).toEqual([]);
  });
});

describe('page chrome after the last name (Boots pages: toggles, basket messages, skip links)', () => {
  test.each([
    [
      'read more read less',
      'Aqua, Glycerin, Parfum / Fragrance (FIL C260513/3) read more read less Delivery options Click & Collect £1.50',
    ],
    [
      'a basket message',
      'Aqua, Glycerin, Parfum / Fragrance (FIL B182700/1) This item has been successfully added to your list x Skip to navigation',
    ],
    ['a skip link', 'Aqua, Glycerin, Parfum Skip to navigation Skip to content Skip to search'],
  ])('%s: cut, and the last name is a name again', (_, text) => {
    const a = analyze(text);
    const last = a.lists[0]!.items.at(-1)!;
    expect(last.raw.length).toBeLessThan(40);
    expect(a.findings.map((f) => [f.category, f.ingredient])).toEqual([['fragrance', last.raw]]);
  });
});
