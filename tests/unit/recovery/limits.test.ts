import { describe, expect, test } from 'vitest';
import {
  MAX_INTERVAL_DAYS,
  MAX_NEEDLE_MM,
  MAX_OVERRIDE_HOURS,
  MAX_SESSIONS,
  MIN_NEEDLE_MM,
  TIME_OF_DAY,
} from '../../../src/recovery/limits';
import { NEEDLE_STEPS, TIERS } from '../../../src/recovery/tiers';
import { DEFAULT_WINDOWS, TIER_IDS } from '../../../src/recovery/windows';

describe('limits', () => {
  test('every needle step offered is inside the accepted range, and the range ends on steps', () => {
    for (const mm of NEEDLE_STEPS) {
      expect(mm).toBeGreaterThanOrEqual(MIN_NEEDLE_MM);
      expect(mm).toBeLessThanOrEqual(MAX_NEEDLE_MM);
    }
    expect(NEEDLE_STEPS[0]).toBe(MIN_NEEDLE_MM);
    expect(NEEDLE_STEPS[NEEDLE_STEPS.length - 1]).toBe(MAX_NEEDLE_MM);
  });

  test('the deepest tier takes the longest needle', () => {
    expect(TIERS[TIERS.length - 1]!.upToMm).toBeGreaterThanOrEqual(MAX_NEEDLE_MM);
  });

  test('the override cap leaves room above every default window', () => {
    for (const tier of TIER_IDS) {
      for (const d of Object.values(DEFAULT_WINDOWS[tier])) {
        expect(d.max).toBeLessThanOrEqual(MAX_OVERRIDE_HOURS);
        expect(d.before).toBeLessThanOrEqual(MAX_OVERRIDE_HOURS);
      }
    }
  });

  test('the figures the options page and the settings validation share', () => {
    expect([MIN_NEEDLE_MM, MAX_NEEDLE_MM, MAX_SESSIONS, MAX_INTERVAL_DAYS, MAX_OVERRIDE_HOURS]).toEqual([
      0.2, 2.0, 500, 60, 1440,
    ]);
  });

  test.each([
    ['00:00', true],
    ['09:05', true],
    ['23:59', true],
    ['24:00', false],
    ['12:60', false],
    ['9:05', false],
    [' 09:05', false],
    ['0905', false],
  ])('TIME_OF_DAY %j -> %s', (time, ok) => {
    expect(TIME_OF_DAY.test(time)).toBe(ok);
  });
});
