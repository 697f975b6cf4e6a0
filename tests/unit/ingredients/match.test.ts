import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories } from '../../../src/ingredients/index';

/** The first finding for a one-item list. Particles are grains only in a scrub, so they are read in one. */
function one(text: string, category?: string) {
  const product = category === 'physical-exfoliant' ? { name: 'Exfoliating Face Scrub' } : undefined;
  return analyze(text, { product }).findings[0];
}

describe('must match (category, severity)', () => {
  test.each([
    ['Retinol', 'retinoid', 'high'],
    ['Rétinol', 'retinoid', 'high'],
    ['Retinal', 'retinoid', 'high'],
    ['Retinaldehyde', 'retinoid', 'high'],
    ['Retinyl Palmitate', 'retinoid', 'high'],
    ['Retinyl Acetate', 'retinoid', 'high'],
    ['Retinyl Propionate', 'retinoid', 'high'],
    ['Retinyl Linoleate', 'retinoid', 'high'],
    ['Retinyl Retinoate', 'retinoid', 'high'],
    ['Hydroxypinacolone Retinoate', 'retinoid', 'high'],
    ['Tretinoin', 'retinoid', 'high'],
    ['Retinoic Acid', 'retinoid', 'high'],
    ['Adapalene', 'retinoid', 'high'],
    ['Tazarotene', 'retinoid', 'high'],
    ['Trifarotene', 'retinoid', 'high'],
    ['Isotretinoin', 'retinoid', 'high'],
    ['Bakuchiol', 'retinoid', 'note'],
    ['Glycolic Acid', 'aha', 'high'],
    ['Lactic Acid', 'aha', 'high'],
    ['Mandelic Acid', 'aha', 'high'],
    ['Malic Acid', 'aha', 'high'],
    ['Tartaric Acid', 'aha', 'high'],
    ['Citric Acid', 'aha', 'low'],
    ['Sodium Lactate', 'aha', 'note'],
    ['Ammonium Lactate', 'aha', 'low'],
    ['Salicylic Acid', 'bha', 'high'],
    ['Betaine Salicylate', 'bha', 'high'],
    ['Capryloyl Salicylic Acid', 'bha', 'high'],
    ['Sodium Salicylate', 'bha', 'low'],
    ['Salix Alba (Willow) Bark Extract', 'bha', 'note'],
    ['Salix Alba (Willow) Bark Water/Extract', 'bha', 'note'],
    ['Gluconolactone', 'pha', 'high'],
    ['Lactobionic Acid', 'pha', 'high'],
    ['Maltobionic Acid', 'pha', 'high'],
    ['Juglans Regia (Walnut) Shell Powder', 'physical-exfoliant', 'high'],
    ['Prunus Armeniaca (Apricot) Seed Powder', 'physical-exfoliant', 'high'],
    ['Prunus Amygdalus Dulcis (Sweet Almond) Seed Meal', 'physical-exfoliant', 'high'],
    ['Coffea Arabica (Coffee) Seed Powder', 'physical-exfoliant', 'high'],
    ['Olea Europaea (Olive) Seed Powder', 'physical-exfoliant', 'high'],
    ['Bambusa Arundinacea Stem Powder', 'physical-exfoliant', 'high'],
    ['Pumice', 'physical-exfoliant', 'high'],
    ['Perlite', 'physical-exfoliant', 'high'],
    ['Silica', 'physical-exfoliant', 'low'],
    ['Sodium Chloride', 'physical-exfoliant', 'low'],
    ['Sucrose', 'physical-exfoliant', 'low'],
    ['Polyethylene', 'physical-exfoliant', 'low'],
    ['Jojoba Esters', 'physical-exfoliant', 'low'],
    ['Benzoyl Peroxide', 'benzoyl-peroxide', 'high'],
    ['L-Ascorbic Acid', 'vitamin-c', 'high'],
    ['Ascorbic Acid', 'vitamin-c', 'high'],
    ['Ascorbyl Glucoside', 'vitamin-c', 'low'],
    ['Sodium Ascorbyl Phosphate', 'vitamin-c', 'low'],
    ['Magnesium Ascorbyl Phosphate', 'vitamin-c', 'low'],
    ['Ascorbyl Palmitate', 'vitamin-c', 'low'],
    ['Tetrahexyldecyl Ascorbate', 'vitamin-c', 'low'],
    ['3-O-Ethyl Ascorbic Acid', 'vitamin-c', 'low'],
    ['Ethyl Ascorbic Acid', 'vitamin-c', 'low'],
    ['Fragrance', 'fragrance', 'high'],
    ['Parfum (Fragrance)', 'fragrance', 'high'],
    ['Fragrance/Parfum', 'fragrance', 'high'],
    ['Aroma', 'fragrance', 'high'],
    ['Flavor', 'fragrance', 'high'],
    ['Parfüm', 'fragrance', 'high'],
    ['Linalool', 'fragrance', 'note'],
    ['Limonene', 'fragrance', 'note'],
    ['Benzyl Salicylate', 'fragrance', 'note'],
    ['Lavandula Angustifolia (Lavender) Oil', 'essential-oil', 'high'],
    ['Mentha Piperita (Peppermint) Oil', 'essential-oil', 'high'],
    ['Eucalyptus Globulus Leaf Oil', 'essential-oil', 'high'],
    ['Citrus Aurantium Bergamia (Bergamot) Fruit Oil', 'essential-oil', 'high'],
    ['Citrus Limon (Lemon) Peel Oil', 'essential-oil', 'high'],
    ['Melaleuca Alternifolia (Tea Tree) Leaf Oil', 'essential-oil', 'high'],
    ['Rosmarinus Officinalis (Rosemary) Leaf Oil', 'essential-oil', 'high'],
    ['Pelargonium Graveolens Flower Oil', 'essential-oil', 'high'],
    ['Cananga Odorata Flower Oil', 'essential-oil', 'high'],
    ['Rosa Damascena Flower Oil', 'essential-oil', 'high'],
    ['Santalum Album (Sandalwood) Oil', 'essential-oil', 'high'],
    ['Tea Tree Oil', 'essential-oil', 'high'],
    ['Alcohol', 'drying-alcohol', 'high'],
    ['Alcohol Denat.', 'drying-alcohol', 'high'],
    ['SD Alcohol 40-B', 'drying-alcohol', 'high'],
    ['Alcohol Denat./Sd Alcohol 40-B', 'drying-alcohol', 'high'],
    ['Isopropyl Alcohol', 'drying-alcohol', 'high'],
    ['Ethanol', 'drying-alcohol', 'high'],
    ['Alkohol', 'drying-alcohol', 'high'],
    ['Papain', 'enzyme', 'high'],
    ['Bromelain', 'enzyme', 'high'],
    ['Subtilisin', 'enzyme', 'high'],
    ['Carica Papaya (Papaya) Fruit Extract', 'enzyme', 'note'],
    ['Hydroquinone', 'hydroquinone', 'high'],
    ['Avobenzone', 'chemical-sunscreen', 'low'],
    ['Butyl Methoxydibenzoylmethane', 'chemical-sunscreen', 'low'],
    ['Octinoxate', 'chemical-sunscreen', 'low'],
    ['Ethylhexyl Methoxycinnamate', 'chemical-sunscreen', 'low'],
    ['Oxybenzone', 'chemical-sunscreen', 'low'],
    ['Benzophenone-3', 'chemical-sunscreen', 'low'],
    ['Octocrylene', 'chemical-sunscreen', 'low'],
    ['Homosalate', 'chemical-sunscreen', 'low'],
    ['Ethylhexyl Salicylate', 'chemical-sunscreen', 'low'],
    ['Menthol', 'cooling-agent', 'high'],
    ['Camphor', 'cooling-agent', 'high'],
    ['Menthyl Lactate', 'cooling-agent', 'low'],
    ['Hamamelis Virginiana (Witch Hazel) Water', 'astringent', 'low'],
    ['Hamamelis Virginiana Water (Hamamelis Virginiana (Witch Hazel) Water)', 'astringent', 'low'],
    ['Azelaic Acid', 'azelaic-acid', 'high'],
    ['RETINOL', 'retinoid', 'high'],
    ['salicylic acid', 'bha', 'high'],
  ])('%s -> %s (%s)', (text, category, severity) => {
    const f = one(text, category);
    expect(f?.category).toBe(category);
    expect(f?.severity).toBe(severity);
  });
});

describe('typos are still caught (fuzzy)', () => {
  test.each([
    ['Salicilic Acid', 'bha'],
    ['Retinyl Palmitat', 'retinoid'],
    ['Glycolic Aicd', 'aha'],
    ['Retinoll', 'retinoid'],
    ['Alcohl Denat.', 'drying-alcohol'],
    ['Hydroxypinacolone Retinaote', 'retinoid'],
    ['Gluconolacton', 'pha'],
  ])('%s -> %s', (text, category) => {
    const f = one(text);
    expect(f?.category).toBe(category);
    expect(f?.match.kind).toBe('fuzzy');
    expect(f?.match.score).toBeGreaterThan(0);
  });
});

describe('must not match (look-alikes)', () => {
  test.each([
    'Cetyl Alcohol',
    'Cetearyl Alcohol',
    'Stearyl Alcohol',
    'Behenyl Alcohol',
    'Myristyl Alcohol',
    'Lauryl Alcohol',
    'Arachidyl Alcohol',
    'C12-15 Alcohols',
    'Benzyl Alcohol',
    'Phenethyl Alcohol',
    'Lanolin Alcohol',
    'Dichlorobenzyl Alcohol',
    'Prunus Armeniaca (Apricot) Kernel Oil',
    'Juglans Regia (Walnut) Seed Oil',
    'Coffea Arabica (Coffee) Seed Oil',
    'Lactobacillus Ferment',
    'Lactobacillus/Soybean Ferment Extract',
    'Lactic Acid/Glycolic Acid Copolymer',
    'Sodium Hyaluronate',
    'Hyaluronic Acid',
    'Butylated Hydroxyanisole (BHA)',
    'BHA',
    'BHT',
    'Sodium Gluconate',
    'Calcium Gluconate',
    'Simmondsia Chinensis (Jojoba) Seed Oil',
    'Argania Spinosa Kernel Oil',
    'Rosa Canina Fruit Oil',
    'Squalane',
    'Helianthus Annuus (Sunflower) Seed Oil',
    'Olea Europaea (Olive) Fruit Oil',
    'Prunus Amygdalus Dulcis (Sweet Almond) Oil',
    'Vitis Vinifera (Grape) Seed Oil',
    'Hippophae Rhamnoides Oil',
    'Sclerocarya Birrea Seed Oil',
    'Persea Gratissima (Avocado) Oil',
    'Cocos Nucifera (Coconut) Oil',
    'Citrus Aurantium Dulcis (Orange) Fruit Water',
    'Lavandula Angustifolia (Lavender) Flower Extract',
    'Glycerin',
    'Glycerni',
    'Sorbic Acid',
    'Lauric Acid',
    'Hydrolyzed Jojoba Esters',
    'Silica Dimethyl Silylate',
    'Hydroxyethylcellulose',
    'Alpha-Arbutin',
    'Water/Aqua/Eau',
    'Tocopherol',
  ])('%s is not flagged', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});

describe('severity from position, percent, rinse-off and may-contain', () => {
  test('citric acid in the first five is the acid (low), past them a pH adjuster (note)', () => {
    const a = analyze('Water, Glycerin, Cetyl Alcohol, Phenoxyethanol, Citric Acid');
    expect(a.findings[0]).toMatchObject({ category: 'aha', severity: 'low', position: 5 });
    const b = analyze('Water, Glycerin, Cetyl Alcohol, Niacinamide, Panthenol, Phenoxyethanol, Citric Acid');
    expect(b.findings[0]).toMatchObject({ category: 'aha', severity: 'note', position: 7 });
    expect(b.findings[0]?.reason).toContain('pH adjuster');
  });
  test('an acid after the preservative is low, with the reason', () => {
    const a = analyze('Water, Glycerin, Phenoxyethanol, Salicylic Acid');
    expect(a.findings[0]?.severity).toBe('low');
    expect(a.findings[0]?.reason).toContain('after Phenoxyethanol');
  });
  test('an acid early in the list is high', () => {
    expect(analyze('Water, Glycolic Acid, Glycerin, Phenoxyethanol').findings[0]?.severity).toBe('high');
  });
  test('a stated percentage keeps it high', () => {
    const f = analyze('Water, Phenoxyethanol, Glycolic Acid 10%').findings[0];
    expect(f?.severity).toBe('high');
    expect(f?.reason).toContain('10%');
  });
  test('rinse-off lowers a salicylic face wash', () => {
    const f = analyze('Water, Salicylic Acid, Sodium Laureth Sulfate', { rinseOff: true }).findings[0];
    expect(f?.severity).toBe('low');
    expect(f?.reason).toContain('rinse-off');
  });
  test('may-contain items are low', () => {
    const a = analyze('Talc, Mica, May Contain/Peut Contenir (+/-): Retinyl Palmitate, Iron Oxides');
    expect(a.findings[0]).toMatchObject({ category: 'retinoid', severity: 'low' });
  });
  test('findings carry rule, canonical, why, source and match kind', () => {
    const f = analyze('Aqua, Retinol').findings[0]!;
    expect(f).toMatchObject({
      rule: 'retinol',
      canonical: 'Retinol',
      position: 2,
      list: null,
      match: { kind: 'exact' },
    });
    expect(f.why.length).toBeGreaterThan(10);
    expect(f.source).toContain('Clinic aftercare sheets');
  });
  test('synonyms are reported as such', () => {
    expect(analyze('Avobenzone').findings[0]?.match.kind).toBe('synonym');
  });
});

describe('flaggedCategories', () => {
  test('lists categories with high/low findings only', () => {
    const a = analyze('Water, Retinol, Linalool, Citric Acid');
    expect(flaggedCategories(a)).toEqual(['retinoid', 'aha']);
  });
});

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
    expect(a.findings.filter((f) => f.category === 'retinoid')).toHaveLength(1);
  });
});
