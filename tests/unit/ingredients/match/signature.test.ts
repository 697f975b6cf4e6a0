/** match/signature.ts: letter counts bound the edit distance from below. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { signature, sigDiff, signatures } from '../../../../src/ingredients/match/signature';
import { editDistance } from '../../../../src/ingredients/normalize';

describe('letter-count signatures', () => {
  test('property: half the count difference never exceeds the edit distance', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeilnorst 0129-'.split('')), maxLength: 30 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const diff = sigDiff(signatures([a]), 0, signature(b), 1000);
        expect(diff / 2).toBeLessThanOrEqual(editDistance(a, b));
      }),
      { numRuns: 500 },
    );
  });

  test('signatures of several names sit back to back', () => {
    const all = signatures(['retinol', 'retinal']);
    expect(sigDiff(all, 0, signature('retinol'), 100)).toBe(0);
    expect(sigDiff(all, 1, signature('retinol'), 100)).toBe(2);
  });
});
