/** match/cover.ts: names run together, covered by the fewest known names. */
import { describe, expect, test } from 'vitest';
import { coverByNames, irritantOf } from '../../../../src/ingredients/match/cover';
import { getVocab } from '../../../../src/ingredients/vocab';

const exact = getVocab().exact;
const get = (n: string) => exact.get(n);
const parts = (run: string) => {
  const tokens = run.split(' ');
  return coverByNames(tokens, get)?.map((p) => tokens.slice(p.from, p.to).join(' ')) ?? null;
};

describe('coverByNames', () => {
  test('the fewest known names that cover the run exactly', () => {
    expect(parts('sodium hydroxide glycolic acid')).toEqual(['sodium hydroxide', 'glycolic acid']);
    expect(parts('cetyl alcohol glycerin')).toEqual(['cetyl alcohol', 'glycerin']);
    expect(parts('fragrance tocopherol')).toEqual(['fragrance', 'tocopherol']);
  });

  test('no cover: one name, an unknown word, more than three names, a fragment, a connective', () => {
    expect(parts('glycolic acid')).toBeNull();
    expect(parts('glycolic acid zzqx')).toBeNull();
    expect(parts('water glycerin squalane tocopherol')).toBeNull();
    expect(parts('witch hazel leaf extract')).toBeNull();
    expect(parts('walnut shell powder and salicylic acid')).toBeNull();
  });

  test('a chemical head or tail word makes one name of the run', () => {
    expect(parts('polyethylene glycol')).toBeNull();
    expect(parts('sodium ascorbyl glucoside')).toBeNull();
  });

  test('irritantOf names the first irritant part', () => {
    const tokens = 'sodium hydroxide glycolic acid'.split(' ');
    const c = coverByNames(tokens, get)!;
    expect(irritantOf(tokens, c)?.via).toBe('glycolic acid');
    const harmless = 'cetyl alcohol glycerin'.split(' ');
    expect(irritantOf(harmless, coverByNames(harmless, get)!)).toBeNull();
  });
});
