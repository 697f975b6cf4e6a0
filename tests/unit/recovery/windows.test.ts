import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '../../../src/ingredients/categories';
import { SOURCES, sourceFor } from '../../../src/recovery/sources';
import type { TierId } from '../../../src/recovery/types';
import {
  DEFAULT_WINDOWS,
  effectiveWindow,
  MAKEUP_WINDOWS,
  makeupHours,
  resetOverride,
  setOverride,
  TIER_IDS,
} from '../../../src/recovery/windows';

describe('DEFAULT_WINDOWS', () => {
  const ALL: CategoryId[] = [
    'retinoid',
    'aha',
    'bha',
    'pha',
    'physical-exfoliant',
    'benzoyl-peroxide',
    'vitamin-c',
    'fragrance',
    'essential-oil',
    'drying-alcohol',
    'enzyme',
    'hydroquinone',
    'chemical-sunscreen',
    'cooling-agent',
    'astringent',
    'azelaic-acid',
  ];

  test('covers every tier and every category id of the contract', () => {
    expect([...CATEGORY_IDS].sort()).toEqual([...ALL].sort());
    expect(Object.keys(DEFAULT_WINDOWS).sort()).toEqual([...TIER_IDS].sort());
    for (const tier of TIER_IDS) expect(Object.keys(DEFAULT_WINDOWS[tier]).sort()).toEqual([...ALL].sort());
  });

  test('every entry is well formed and cites a known source', () => {
    for (const tier of TIER_IDS) {
      for (const c of ALL) {
        const w = DEFAULT_WINDOWS[tier][c];
        expect(w.min, `${tier}/${c}`).toBeLessThanOrEqual(w.typical);
        expect(w.typical, `${tier}/${c}`).toBeLessThanOrEqual(w.max);
        expect(w.min).toBeGreaterThanOrEqual(0);
        expect(w.before).toBeGreaterThanOrEqual(0);
        expect(w.sources.length, `${tier}/${c}`).toBeGreaterThan(0);
        for (const s of w.sources) expect(sourceFor(s), `${tier}/${c}: ${s}`).toBeDefined();
      }
    }
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
  });

  test('typical never gets shorter with a deeper tier', () => {
    for (const c of ALL) {
      const typ = TIER_IDS.map((t) => DEFAULT_WINDOWS[t][c].typical);
      expect(
        [...typ].sort((a, b) => a - b),
        c,
      ).toEqual(typ);
    }
  });

  // The doc's "defensible default" table, cell by cell: [tier, category, min, typical, max, before]
  test.each<[TierId, CategoryId, number, number, number, number]>([
    ['shallow', 'retinoid', 12, 24, 48, 48],
    ['shallow', 'aha', 12, 24, 48, 48],
    ['shallow', 'vitamin-c', 12, 24, 48, 0],
    ['shallow', 'benzoyl-peroxide', 12, 24, 48, 0],
    ['shallow', 'physical-exfoliant', 12, 24, 48, 48],
    ['shallow', 'drying-alcohol', 12, 24, 72, 0],
    ['shallow', 'fragrance', 12, 24, 48, 0],
    ['shallow', 'essential-oil', 12, 24, 48, 0],
    ['shallow', 'chemical-sunscreen', 0, 24, 48, 0],
    ['medium', 'retinoid', 48, 72, 120, 48],
    ['medium', 'bha', 48, 72, 120, 48],
    ['medium', 'benzoyl-peroxide', 48, 72, 120, 0],
    ['medium', 'vitamin-c', 48, 72, 120, 0],
    ['medium', 'physical-exfoliant', 48, 72, 120, 48],
    ['medium', 'fragrance', 24, 24, 72, 0],
    ['medium', 'chemical-sunscreen', 24, 24, 48, 0],
    ['medium', 'drying-alcohol', 48, 72, 120, 0],
    ['medium', 'enzyme', 48, 72, 120, 48],
    ['deep', 'retinoid', 72, 120, 168, 48],
    ['deep', 'hydroquinone', 72, 120, 168, 0],
    ['deep', 'chemical-sunscreen', 24, 48, 48, 0],
    ['deep', 'fragrance', 24, 48, 120, 0],
    ['deep', 'drying-alcohol', 72, 120, 240, 0],
    ['very-deep', 'retinoid', 120, 168, 336, 168],
    ['very-deep', 'pha', 120, 168, 168, 168],
    ['very-deep', 'vitamin-c', 120, 168, 168, 0],
    ['very-deep', 'drying-alcohol', 120, 168, 336, 0],
    ['very-deep', 'astringent', 120, 168, 336, 0],
    ['very-deep', 'chemical-sunscreen', 48, 72, 72, 0],
    ['very-deep', 'cooling-agent', 48, 72, 168, 0],
    ['very-deep', 'azelaic-acid', 120, 168, 168, 168],
  ])('%s / %s: %d / %d / %d h, %d h before', (tier, c, min, typical, max, before) => {
    expect(DEFAULT_WINDOWS[tier][c]).toMatchObject({ min, typical, max, before });
  });

  test('inferred categories say so', () => {
    for (const c of ['enzyme', 'azelaic-acid', 'astringent', 'cooling-agent'] as CategoryId[]) {
      expect(
        DEFAULT_WINDOWS.medium[c].sources.some((s) => s.startsWith('Our inference:')),
        c,
      ).toBe(true);
    }
    expect(DEFAULT_WINDOWS['very-deep'].retinoid.note).toMatch(/10 days/);
    expect(DEFAULT_WINDOWS.medium['vitamin-c'].sources).toContain(
      'Soltani-Arabshahi et al., JAMA Dermatol 2014',
    );
  });

  test('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_WINDOWS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_WINDOWS.medium)).toBe(true);
    expect(Object.isFrozen(DEFAULT_WINDOWS.medium.retinoid)).toBe(true);
  });
});

describe('effectiveWindow and overrides', () => {
  test.each<[string, Parameters<typeof effectiveWindow>[2], number, number, boolean]>([
    ['no overrides -> default', undefined, 72, 48, false],
    ['empty overrides -> default', {}, 72, 48, false],
    ['hold overridden, before default', { medium: { retinoid: { hold: 120 } } }, 120, 48, true],
    ['both overridden', { medium: { retinoid: { hold: 96, before: 0 } } }, 96, 0, true],
    [
      'override equal to the default is not "overridden"',
      { medium: { retinoid: { hold: 72 } } },
      72,
      48,
      false,
    ],
    ['other tier untouched', { deep: { retinoid: { hold: 1 } } }, 72, 48, false],
    ['other category untouched', { medium: { aha: { hold: 1 } } }, 72, 48, false],
    ['negative hours ignored', { medium: { retinoid: { hold: -5, before: -1 } } }, 72, 48, false],
    ['NaN ignored', { medium: { retinoid: { hold: NaN } } }, 72, 48, false],
    ['clamped to 60 days', { medium: { retinoid: { hold: 10_000 } } }, 1440, 48, true],
    ['zero is a valid override', { medium: { retinoid: { hold: 0 } } }, 0, 48, true],
  ])('%s', (_name, overrides, hold, before, overridden) => {
    const w = effectiveWindow('retinoid', 'medium', overrides);
    expect({ hold: w.hold, before: w.before, overridden: w.overridden }).toEqual({
      hold,
      before,
      overridden,
    });
    expect(w.default).toBe(DEFAULT_WINDOWS.medium.retinoid);
  });

  test('setOverride / resetOverride are pure and reset to the default', () => {
    const empty = {};
    const one = setOverride(empty, 'medium', 'retinoid', { hold: 120 });
    expect(empty).toEqual({});
    expect(one).toEqual({ medium: { retinoid: { hold: 120 } } });
    const two = setOverride(one, 'medium', 'aha', { hold: 96, before: 24 });
    expect(two).toEqual({ medium: { retinoid: { hold: 120 }, aha: { hold: 96, before: 24 } } });
    const back = resetOverride(two, 'medium', 'retinoid');
    expect(back).toEqual({ medium: { aha: { hold: 96, before: 24 } } });
    expect(two.medium?.retinoid).toEqual({ hold: 120 }); // not mutated
    expect(resetOverride(back, 'medium', 'aha')).toEqual({});
    expect(resetOverride(back, 'deep', 'aha')).toBe(back);
    expect(effectiveWindow('retinoid', 'medium', back).hold).toBe(72);
  });
});

describe('MAKEUP_WINDOWS', () => {
  test('24 h at 0.5 mm, 48 h at 0.75-1.0 mm, 72 h deeper (docs/sources.md#makeup-window)', () => {
    expect(TIER_IDS.map((t) => makeupHours(t))).toEqual([24, 24, 48, 72]);
  });

  test('well formed, never shorter with depth, every source known', () => {
    let last = 0;
    for (const tier of TIER_IDS) {
      const w = MAKEUP_WINDOWS[tier];
      expect(w.min).toBeLessThanOrEqual(w.typical);
      expect(w.typical).toBeLessThanOrEqual(w.max);
      expect(w.before).toBe(0);
      expect(w.typical).toBeGreaterThanOrEqual(last);
      last = w.typical;
      for (const s of w.sources) expect(sourceFor(s), `${tier}: ${s}`).toBeDefined();
    }
  });
});
