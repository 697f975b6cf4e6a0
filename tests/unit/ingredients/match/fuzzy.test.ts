/** match/fuzzy.ts: names with a word no single edit repairs, found by fuse.js when no harmless name is as close. */
import { describe, expect, test } from 'vitest';
import { analyze, clearCaches } from '../../../../src/ingredients/index';
import { getMatcher } from '../../../../src/ingredients/match';

describe('fuse, the last step', () => {
  test.each([
    ['Gylcolc Acid', 'glycolic-acid'],
    ['Ascrobc Acid', 'ascorbic-acid'],
    ['Butyl Methodibenzoylmethane', 'avobenzone'],
    ['Hydrocitronellal', 'fragrance-allergen'],
  ])('%s -> %s, through a fuse search', (text, rule) => {
    clearCaches();
    const f = analyze(text).findings[0];
    expect(f).toMatchObject({ rule, match: { kind: 'fuzzy' } });
    expect(f!.match.score).toBeGreaterThan(0);
    expect(f!.match.score).toBeLessThan(0.2);
    expect(getMatcher().stats.fuseCalls).toBe(1);
  });

  test.each([
    // long prose never reaches fuse
    'Helps to visibly smooth and soften the look of skin with gylcolc acid',
    // every word is known: nothing for fuse to do
    'Sodium Hyaluronate Crosspolymer',
  ])('%s: no fuse search', (text) => {
    clearCaches();
    analyze(text);
    expect(getMatcher().stats.fuseCalls).toBe(0);
  });
});
