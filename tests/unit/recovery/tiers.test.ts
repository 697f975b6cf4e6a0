import { describe, expect, test } from 'vitest';
import { NEEDLE_STEPS, tierFor, TIERS } from '../../../src/recovery/tiers';
import type { TierId } from '../../../src/recovery/types';

describe('tierFor: needle length -> depth tier (borders belong to the shallower tier)', () => {
  test.each<[number, TierId]>([
    [0.2, 'shallow'],
    [0.25, 'shallow'],
    [0.3, 'shallow'],
    [0.1 + 0.2, 'shallow'], // 0.30000000000000004
    [0.31, 'medium'],
    [0.4, 'medium'],
    [0.5, 'medium'],
    [0.51, 'deep'],
    [0.6, 'deep'],
    [0.75, 'deep'],
    [1.0, 'deep'],
    [1.01, 'very-deep'],
    [1.2, 'very-deep'],
    [1.5, 'very-deep'],
    [2.0, 'very-deep'],
    [2.5, 'very-deep'],
    [0.1, 'shallow'],
    [NaN, 'very-deep'], // invalid -> most conservative
    [0, 'very-deep'],
    [-0.5, 'very-deep'],
    [Infinity, 'very-deep'],
  ])('%d mm -> %s', (mm, tier) => {
    expect(tierFor(mm)).toBe(tier);
  });

  test('every common needle step has a tier, labels are unambiguous', () => {
    expect(NEEDLE_STEPS.map(tierFor)).toEqual([
      'shallow',
      'shallow',
      'shallow',
      'medium',
      'deep',
      'deep',
      'very-deep',
      'very-deep',
    ]);
    expect(TIERS.map((t) => t.label)).toEqual([
      'up to 0.3 mm',
      'over 0.3 to 0.5 mm',
      'over 0.5 to 1.0 mm',
      'over 1.0 mm',
    ]);
    for (const t of TIERS) expect(t.explanation.length).toBeGreaterThan(40);
  });
});
