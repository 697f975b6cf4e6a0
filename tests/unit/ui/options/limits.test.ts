/** The options page's input limits are the ones the settings validation applies: at the edge and one past. */
import { describe, expect, test } from 'vitest';
import { defaultSettings, repairSettings, type Settings } from '../../../../src/settings';
import {
  MAX_INTERVAL_DAYS,
  MAX_OVERRIDE_HOURS,
  MIN_INTERVAL_DAYS,
  MIN_OVERRIDE_HOURS,
} from '../../../../src/ui/options/limits';

const repaired = (patch: Partial<Settings>): string[] =>
  repairSettings({ ...defaultSettings(), ...patch }).repaired;
const interval = (everyDays: number) =>
  repaired({ plan: { kind: 'interval', everyDays, anchor: Date.UTC(2026, 0, 1) } });
const hold = (h: number) => repaired({ overrides: { medium: { retinoid: { hold: h, before: 48 } } } });

describe('limits agree with src/settings.ts', () => {
  test('interval days', () => {
    expect(interval(MIN_INTERVAL_DAYS)).toEqual([]);
    expect(interval(MAX_INTERVAL_DAYS)).toEqual([]);
    expect(interval(MIN_INTERVAL_DAYS - 1)).not.toEqual([]);
    expect(interval(MAX_INTERVAL_DAYS + 1)).not.toEqual([]);
  });

  test('window hours', () => {
    expect(hold(MIN_OVERRIDE_HOURS)).toEqual([]);
    expect(hold(MAX_OVERRIDE_HOURS)).toEqual([]);
    expect(hold(MIN_OVERRIDE_HOURS - 1)).not.toEqual([]);
    expect(hold(MAX_OVERRIDE_HOURS + 1)).not.toEqual([]);
  });
});
