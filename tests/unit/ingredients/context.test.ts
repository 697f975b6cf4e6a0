/** Issue 9: severity in the product's context, the right names, structure and one finding per ingredient. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories } from '../../../src/ingredients';

describe('product context (issue 9 item 4): a low needs a reason tied to this product', () => {
  const serum = 'Water, Glycerin, Silica, Niacinamide, Phenoxyethanol';
  test('a scrub particle warns in a scrub and is a note in a serum', () => {
    const inScrub = analyze(serum, { product: { name: 'Smoothing Walnut Scrub' } }).findings[0];
    expect(inScrub).toMatchObject({ category: 'physical-exfoliant', severity: 'low' });
    const inSerum = analyze(serum, { product: { name: 'Niacinamide Serum' } }).findings[0];
    expect(inSerum).toMatchObject({ category: 'physical-exfoliant', severity: 'note' });
    expect(analyze(serum).findings[0]?.severity).toBe('note');
  });
  test('the category or kinds also say scrub; a peel-off mask is not a peel', () => {
    const byCategory = analyze(serum, { product: { category: 'Skincare > Exfoliators' } });
    expect(byCategory.findings[0]?.severity).toBe('low');
    expect(analyze(serum, { product: { kinds: ['scrub'] } }).findings[0]?.severity).toBe('low');
    expect(analyze(serum, { product: { name: 'Gold Peel-Off Mask' } }).findings[0]?.severity).toBe('note');
  });
  test('a kit part named as a scrub is a scrub', () => {
    const a = analyze('Cleanser: Water, Glycerin, Silica. Body Scrub: Sucrose, Silica, Glycerin');
    const bySub = new Map(a.findings.map((f) => [`${f.list}|${f.ingredient}`, f.severity]));
    expect(bySub.get('Body Scrub|Sucrose')).toBe('low');
  });
  test('salt past the fifth item of a scrub has dissolved', () => {
    const a = analyze('Water, Glycerin, Cetyl Alcohol, Squalane, Shea Butter, Tocopherol, Sodium Chloride', {
      product: { name: 'Body Scrub' },
    });
    expect(a.findings[0]).toMatchObject({ category: 'physical-exfoliant', severity: 'note' });
  });
  test('hard shell powders and pumice warn in any product', () => {
    const a = analyze('Water, Juglans Regia (Walnut) Shell Powder, Glycerin', {
      product: { name: 'Face Mask' },
    });
    expect(a.findings[0]?.severity).toBe('high');
  });
  test('citric acid in the first third of a toner is the acid', () => {
    const text =
      'Water, Glycerin, Aloe Juice, Niacinamide, Panthenol, Citric Acid, Xanthan Gum, Allantoin, Betaine, Urea, Inulin, Phenoxyethanol, Sodium Citrate, Caprylyl Glycol, Ethylhexylglycerin, Tocopherol, Pentylene Glycol, Sodium PCA';
    expect(analyze(text, { product: { name: 'Glow Toner' } }).findings[0]?.severity).toBe('low');
    expect(analyze(text, { product: { name: 'Day Cream' } }).findings[0]?.severity).toBe('note');
  });
  test('a trace vitamin C derivative is a note, the hero of a vitamin C serum is not', () => {
    const text =
      'Water, Glycerin, Squalane, Cetearyl Alcohol, Shea Butter, Dimethicone, Niacinamide, Panthenol, Allantoin, Carbomer, Sodium Hydroxide, Ascorbyl Glucoside, Phenoxyethanol';
    expect(analyze(text, { product: { name: 'Daily Moisturiser' } }).findings[0]?.severity).toBe('note');
    expect(analyze(text, { product: { name: 'Vitamin C Glow Serum' } }).findings[0]?.severity).toBe('low');
  });
  test('a real irritant is never demoted by context', () => {
    const a = analyze('Water, Glycerin, Niacinamide, Panthenol, Allantoin, Glycolic Acid, Retinol', {
      product: { name: 'Moisturiser' },
    });
    expect(a.findings.map((f) => f.severity)).toEqual(['high', 'high']);
  });
});

describe('the right names (issue 9 item 5): canonical is the matched ingredient, never another', () => {
  test('a rule that groups several INCI names names the one that matched', () => {
    const a = analyze('Water, Sodium Chloride, Limonene, Fragrance, Octocrylene, Avobenzone', {
      product: { name: 'Salt Scrub' },
    });
    expect(a.findings.map((f) => f.canonical)).toEqual([
      'Sodium Chloride',
      'Limonene',
      'Fragrance',
      'Octocrylene',
      'Avobenzone',
    ]);
  });
  test('label variants and chemical names of the actives', () => {
    const a = analyze('Water, Retinol Acetate, 2-Propanol, 2-Hydroxypropanoic Acid');
    expect(a.findings.map((f) => [f.category, f.severity])).toEqual([
      ['retinoid', 'high'],
      ['drying-alcohol', 'high'],
      ['aha', 'high'],
    ]);
  });
  test('a family match (genus + part + oil) keeps the item name, and a typo the rule name', () => {
    const a = analyze('Citrus Aurantium Bergamia Peel Oil, Retinl Palmitate');
    expect(a.findings.map((f) => f.canonical)).toEqual([
      'Citrus Aurantium Bergamia Peel Oil',
      'Retinyl Palmitate',
    ]);
  });
});

describe('structure (issue 9 item 2): invisible characters, odd separators, glued headers', () => {
  test('default-ignorable code points are stripped and full-width separators split', () => {
    const text =
      'Sali\u00adcylic Acid, Retin\u2060ol, Aqua\u200e\uff65Alcohol\u30fbParfum\uff0cGlycolic\u00a0Acid\u3001Water\ufe0f';
    const a = analyze(text);
    expect(a.lists[0]?.items.map((i) => i.name)).toEqual([
      'Salicylic Acid',
      'Retinol',
      'Aqua',
      'Alcohol',
      'Parfum',
      'Glycolic Acid',
      'Water',
    ]);
  });
  test('a drug-facts header glued to the item before it, in any case', () => {
    const a = analyze('Active ingredient: Adapalene 0.1%Inactive ingredients: Carbomer, Alcohol, Parfum');
    expect(a.lists.flatMap((l) => l.items.map((i) => i.name))).toEqual([
      'Adapalene',
      'Carbomer',
      'Alcohol',
      'Parfum',
    ]);
    const b = analyze('Sulfur 3%INACTIVE: Aqua, Salicylic Acid');
    expect(flaggedCategories(b)).toEqual(['bha']);
    expect(b.lists.flatMap((l) => l.items.map((i) => i.name))).not.toContain('IN');
  });
});

describe('one finding per ingredient and category across sub-lists (issue 9 item 6)', () => {
  test('shades repeat an ingredient: one finding naming every shade, the most severe occurrence kept', () => {
    const a = analyze('Shade 1: Talc, Mica, Parfum. Shade 2: Talc, Parfum, Retinol. Shade 3: Parfum, Talc');
    const parfum = a.findings.filter((f) => f.canonical === 'Parfum');
    expect(parfum).toHaveLength(1);
    expect(parfum[0]!.lists).toEqual(['Shade 1', 'Shade 2', 'Shade 3']);
    expect(parfum[0]!.list).toBe('Shade 1');
    expect(parfum[0]!.also).toEqual([
      { list: 'Shade 2', position: 2 },
      { list: 'Shade 3', position: 1 },
    ]);
    expect(a.findings.filter((f) => f.category === 'retinoid')).toHaveLength(1);
  });

  test('an ingredient twice in one list (a page that prints its list twice) is one finding, the most severe kept', () => {
    // Boots pages repeat the whole list; drying alcohol is high early and low near the end of a long list
    const once =
      'Aqua, Alcohol Denat., Glycerin, Parfum, ' +
      Array.from({ length: 30 }, (_, i) => `Ester ${i}`).join(', ');
    const a = analyze(`${once}, ${once}`);
    expect(a.findings.map((f) => [f.category, f.position, f.severity])).toEqual([
      ['drying-alcohol', 2, 'high'],
      ['fragrance', 4, 'high'],
    ]);
    // one list: no `lists` field, as for any product of one list; the other copy is named in `also`
    expect(a.findings[0]!.lists).toBeUndefined();
    expect(a.findings.map((f) => f.also)).toEqual([
      [{ list: null, position: 36 }],
      [{ list: null, position: 38 }],
    ]);
    // the same name twice in a row (a scrape's doubled item)
    const b = analyze('Aqua, Glycerin, Butylene Glycol, Squalane, Dimethicone, Citric Acid, Citric Acid');
    expect(b.findings.filter((f) => f.category === 'aha')).toHaveLength(1);
  });

  test('two different irritants of one category in one list stay two findings', () => {
    const a = analyze('Aqua, Glycolic Acid, Lactic Acid, Glycerin');
    expect(a.findings.map((f) => f.ingredient)).toEqual(['Glycolic Acid', 'Lactic Acid']);
  });
});

describe('rinse-off from the kinds the page gives (issue 9 item 4)', () => {
  // salicylic acid: a leave-on acid that rinse-off makes milder (rinseOffLowers)
  const list = 'Water, Salicylic Acid, Glycerin, Sodium Laureth Sulfate, Phenoxyethanol';
  const bha = (opts: Parameters<typeof analyze>[1]) =>
    analyze(list, opts).findings.find((f) => f.category === 'bha');

  test('a product of kind rinse-off lowers what rinse-off lowers, as the rinse-off option does', () => {
    expect(bha({})?.severity).toBe('high');
    const byKind = bha({ product: { name: 'Renewing Cleanser', kinds: ['rinse-off'] } });
    expect(byKind?.severity).toBe('low');
    expect(byKind?.reason).toBe(bha({ rinseOff: true })?.reason);
  });

  test('other kinds change nothing here', () => {
    expect(bha({ product: { kinds: ['makeup'] } })?.severity).toBe('high');
    expect(bha({ product: { name: 'Renewing Cleanser' } })?.severity).toBe('high');
  });
});
