/** vocab.ts: the vocabulary as the matcher and the parser read it. */
import { describe, expect, test } from 'vitest';
import { HARMLESS } from '../../../src/ingredients/harmless';
import { normalizeName } from '../../../src/ingredients/normalize';
import { RULES } from '../../../src/ingredients/rules';
import { getVocab, isKnownName, maxWordsStartingWith } from '../../../src/ingredients/vocab';

describe('vocabulary', () => {
  test('every harmless name is known as harmless, every rule name as its rule', () => {
    const { exact } = getVocab();
    for (const n of HARMLESS) expect(exact.get(n)?.rule, n).toBeNull();
    for (const r of RULES) expect(exact.get(normalizeName(r.canonical))?.rule, r.id).toBe(r);
    expect(isKnownName('glycerin')).toBe(true);
    expect(isKnownName('glycerin retinol')).toBe(false);
  });

  test('the most words per first word are those of splitting every name', () => {
    const expected = new Map<string, number>();
    for (const name of getVocab().exact.keys()) {
      const words = name.split(' ');
      expected.set(words[0]!, Math.max(expected.get(words[0]!) ?? 0, words.length));
    }
    expect(expected.size).toBeGreaterThan(1000);
    for (const [first, n] of expected) expect(maxWordsStartingWith(first), first).toBe(n);
    expect(maxWordsStartingWith('sodium')).toBeGreaterThan(2);
    expect(maxWordsStartingWith('zzzz')).toBe(0);
  });
});
