/** match/typo.ts: misspelt words repaired one edit at a time; misspelt look-alikes stay harmless. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories } from '../../../../src/ingredients/index';

/** The first finding for a one-item list. */
function one(text: string) {
  return analyze(text).findings[0];
}
const cats = (text: string) => flaggedCategories(analyze(text));

describe('typos are still caught', () => {
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
