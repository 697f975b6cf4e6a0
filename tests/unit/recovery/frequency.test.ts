import { describe, expect, test } from 'vitest';
import {
  logFrequencyWarning,
  MIN_GAP_DAYS,
  planFrequencyWarning,
  planGapDays,
} from '../../../src/recovery/frequency';
import type { Schedule } from '../../../src/recovery/types';

const Z = (iso: string): number => Date.parse(iso);
const BERLIN = 'Europe/Berlin';
const weekdays = (days: number[], needleMm = 0.5): Schedule => ({
  needleMm,
  plan: { kind: 'weekdays', days },
  time: '20:00',
});
const every = (everyDays: number, needleMm: number): Schedule => ({
  needleMm,
  plan: { kind: 'interval', everyDays, anchor: Z('2026-03-01T12:00Z') },
  time: '20:00',
});

describe('planGapDays', () => {
  test.each([
    ['Mon, Wed, Fri', [1, 3, 5], 2],
    ['Saturday to Sunday wraps the week', [0, 6], 1],
    ['one day a week', [2], 7],
    ['Mon and Thu', [1, 4], 3],
  ])('%s', (_, days, gap) => {
    expect(planGapDays(weekdays(days))).toBe(gap);
  });
  test('an interval is its own gap; no plan or no days has none', () => {
    expect(planGapDays(every(10, 1))).toBe(10);
    expect(planGapDays({ ...weekdays([]), plan: { kind: 'none' } })).toBeNull();
    expect(planGapDays(weekdays([]))).toBeNull();
  });
});

describe('planFrequencyWarning (docs/sources.md#rolling-frequency-by-needle)', () => {
  test('0.5 mm: three times a week is usual, two days in a row is not', () => {
    expect(planFrequencyWarning(weekdays([1, 3, 5]))).toBeNull();
    expect(planFrequencyWarning(weekdays([1, 2]))).toEqual({ tier: 'medium', gapDays: 1, minGapDays: 2 });
  });
  test('1.0 mm: weekly is too often, every 14 days is usual', () => {
    expect(planFrequencyWarning(weekdays([0], 1))?.minGapDays).toBe(MIN_GAP_DAYS.deep);
    expect(planFrequencyWarning(every(14, 1))).toBeNull();
    expect(planFrequencyWarning(every(20, 1.5))).toEqual({ tier: 'very-deep', gapDays: 20, minGapDays: 21 });
  });
});

describe('logFrequencyWarning', () => {
  // Sat 28 Mar 20:00 CET and Mon 30 Mar 20:00 CEST: 47 elapsed hours across the spring-forward night, but two
  // calendar days, which is what "a day off between sessions" means.
  const sat = { at: Z('2026-03-28T19:00Z'), needleMm: 0.5 };
  test('two calendar days across the DST night is not too soon', () => {
    const mon = { at: Z('2026-03-30T18:00Z'), needleMm: 0.5 };
    expect(mon.at - sat.at).toBe(47 * 3_600_000);
    expect(logFrequencyWarning([sat], mon, BERLIN)).toBeNull();
  });
  test('the next evening is too soon, and says since when', () => {
    const sun = { at: Z('2026-03-29T18:00Z'), needleMm: 0.5 };
    expect(logFrequencyWarning([sat], sun, BERLIN)).toEqual({
      tier: 'medium',
      last: sat,
      daysSince: 1,
      minGapDays: 2,
    });
  });
  test('only a session at the same depth counts, and only an earlier one', () => {
    const sun = { at: Z('2026-03-29T18:00Z'), needleMm: 0.5 };
    expect(logFrequencyWarning([{ ...sat, needleMm: 0.25 }], sun, BERLIN)).toBeNull();
    expect(logFrequencyWarning([{ ...sun, at: sun.at + 3_600_000 }], sun, BERLIN)).toBeNull();
  });
  test('1.0 mm: ten days after the last is too soon (usual: every 2-4 weeks)', () => {
    const last = { at: Z('2026-10-17T18:00Z'), needleMm: 1 };
    const next = { at: Z('2026-10-27T19:00Z'), needleMm: 1 }; // across the fall-back night
    expect(logFrequencyWarning([last], next, BERLIN)?.daysSince).toBe(10);
  });
});
