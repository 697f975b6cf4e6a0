/** warm-up.ts */
import { describe, expect, test } from 'vitest';
import { analyze, warmUp } from '../../../src/ingredients/index';

describe('warm-up', () => {
  test('warmUp() leaves results unchanged', () => {
    const text = 'Water, Glycolic Acid, Cetyl Alcohol, Retinyl Palmitat, Parfum';
    const before = analyze(text);
    warmUp();
    expect(analyze(text)).toEqual(before);
  });
});
