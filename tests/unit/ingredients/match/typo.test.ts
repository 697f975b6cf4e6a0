/** match/typo.ts: misspelt words repaired one edit at a time; misspelt look-alikes stay harmless. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories } from '../../../../src/ingredients/index';
import { TypoRepair } from '../../../../src/ingredients/match/typo';
import { tokensOf } from '../../../../src/ingredients/normalize';
import { getVocab } from '../../../../src/ingredients/vocab';

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

describe('the first words scan, later ones use the deletion indexes: the same candidates', () => {
  // Every known token of 3 to 12 letters (the snap lengths), each with a deletion, a substitution, a
  // transposition and an insertion at a position that moves through the word, plus a few unknown words.
  const exact = getVocab().exact;
  const tokens = [...new Set([...exact.keys()].flatMap((n) => tokensOf(n)))].filter(
    (t) => t.length >= 3 && t.length <= 12,
  );
  const words = new Set<string>(['aicd', 'acd', 'plamitate', 'retinxl', 'zzzzzz', 'qwertyuiop']);
  tokens.forEach((t, k) => {
    const i = k % t.length;
    words.add(t.slice(0, i) + t.slice(i + 1));
    words.add(t.slice(0, i) + (t[i] === 'x' ? 'y' : 'x') + t.slice(i + 1));
    if (i + 1 < t.length) words.add(t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2));
    words.add(t.slice(0, i) + 'e' + t.slice(i));
  });

  test(`${words.size} words, ${tokens.length} known tokens`, () => {
    const scan = new TypoRepair(exact);
    scan.mode = 'scan';
    const index = new TypoRepair(exact);
    index.mode = 'index';
    let repaired = 0;
    for (const w of words) {
      const s = scan.snapCandidates(w);
      expect(s, w).toEqual(index.snapCandidates(w));
      if (s.length > 0) repaired++;
    }
    // the comparison covers real repairs, not only empty answers
    expect(repaired).toBeGreaterThan(words.size / 2);
  });

  test('a fresh matcher switches from scanning to the indexes without changing an answer', () => {
    const auto = new TypoRepair(exact);
    const index = new TypoRepair(exact);
    index.mode = 'index';
    for (const w of [...words].slice(0, 200))
      expect(auto.snapCandidates(w), w).toEqual(index.snapCandidates(w));
  });
});
