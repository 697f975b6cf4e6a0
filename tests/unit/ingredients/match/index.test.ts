/** match/index.ts: exact names, synonyms and family patterns; look-alikes never match. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../../src/ingredients/index';

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

describe('a certification qualifier in front of a name', () => {
  test('"Organic Alcohol" is the drying alcohol, "Organic Cetyl Alcohol" still the fatty one', () => {
    const cats = (t: string) =>
      analyze(t)
        .findings.filter((f) => f.severity !== 'note')
        .map((f) => f.category);
    expect(cats('Aloe Leaf Juice, Organic Alcohol, Glycerin')).toEqual(['drying-alcohol']);
    expect(cats('Aloe Leaf Juice, Certified Organic Cetyl Alcohol, Glycerin')).toEqual([]);
  });
});

describe('a name whose space was lost, in one case ("LACTICACID", "lacticacid")', () => {
  test.each([
    ['Aqua, LACTICACID, Glycerin', 'aha', 'Lactic Acid'],
    ['Aqua, salicylicacid, Glycerin', 'bha', 'Salicylic Acid'],
    ['ALCOHOLDENAT, Aqua', 'drying-alcohol', 'Alcohol Denat.'],
    ['Aqua, retinylpalmitate', 'retinoid', 'Retinyl Palmitate'],
  ])('%j: %s (%s)', (text, category, canonical) => {
    const f = analyze(text).findings.filter((x) => x.severity !== 'note');
    expect(f.map((x) => [x.category, x.canonical])).toEqual([[category, canonical]]);
    expect(f[0]!.match).toMatchObject({ kind: 'fuzzy' });
  });

  test('the spaced name decides: a harmless one stays harmless', () => {
    expect(analyze('Aqua, CETYLALCOHOL, benzylalcohol, cetearylalcohol').findings).toEqual([]);
  });
});
