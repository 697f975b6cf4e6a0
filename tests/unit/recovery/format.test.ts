import { describe, expect, test } from 'vitest';
import {
  describeCategories,
  describeStatus,
  formatClock,
  formatDayLong,
  formatHours,
  formatNeedle,
  formatUntil,
  formatWindowLength,
} from '../../../src/recovery/format';
import type { CategoryId } from '../../../src/ingredients/types';
import type { CategoryStatus } from '../../../src/recovery/types';

const Z = (iso: string): number => Date.parse(iso);

describe('formatUntil: weekday + time within 6 days, with the date beyond', () => {
  // now: Mon 30 Mar 2026 10:00 Berlin (08:00Z)
  test.each([
    ['2026-03-30T18:00:00Z', '2026-03-30T08:00:00Z', 'Europe/Berlin', 'Mon 20:00'],
    ['2026-04-02T18:00:00Z', '2026-03-30T08:00:00Z', 'Europe/Berlin', 'Thu 20:00'],
    ['2026-04-05T18:00:00Z', '2026-03-30T08:00:00Z', 'Europe/Berlin', 'Sun 20:00'],
    ['2026-04-06T18:00:00Z', '2026-03-30T08:00:00Z', 'Europe/Berlin', 'Mon 6 Apr 20:00'],
    ['2026-03-29T18:00:00Z', '2026-03-30T08:00:00Z', 'Europe/Berlin', 'Sun 29 Mar 20:00'],
    ['2026-12-04T19:00:00Z', '2026-11-20T08:00:00Z', 'Europe/Berlin', 'Fri 4 Dec 20:00'],
    // the same instant is Tuesday 03:00 in Tokyo
    ['2026-03-30T18:00:00Z', '2026-03-30T08:00:00Z', 'Asia/Tokyo', 'Tue 03:00'],
    ['2026-03-09T00:00:00Z', '2026-03-05T12:00:00Z', 'America/New_York', 'Sun 20:00'],
    ['2026-04-04T23:59:00Z', '2026-04-04T00:00:00Z', 'UTC', 'Sat 23:59'],
    ['2026-04-05T10:00:00Z', '2026-04-04T00:00:00Z', 'Australia/Sydney', 'Sun 20:00'],
  ])('%s (now %s, %s) -> %s', (ms, now, tz, expected) => {
    expect(formatUntil(Z(ms), Z(now), tz)).toBe(expected);
  });

  test('locale translates names only', () => {
    expect(formatUntil(Z('2026-04-02T18:00:00Z'), Z('2026-03-30T08:00:00Z'), 'Europe/Berlin', 'en-US')).toBe(
      'Thu 20:00',
    );
    expect(formatClock(Z('2026-04-02T07:05:00Z'), 'UTC')).toBe('07:05');
  });

  test.each([
    ['2026-04-02T18:00:00Z', 'Thursday'],
    ['2026-04-09T18:00:00Z', 'Thursday 9 April'],
  ])('formatDayLong %s -> %s', (ms, expected) => {
    expect(formatDayLong(Z(ms), Z('2026-03-30T08:00:00Z'), 'Europe/Berlin')).toBe(expected);
  });
});

describe('formatHours / formatWindowLength / formatNeedle', () => {
  test.each([
    [0, '0 h', '0 h'],
    [12, '12 h', '12 h'],
    [24, '24 h', '24 h'],
    [48, '48 h', '48 h'],
    [72, '72 h', '72 h'],
    [96, '4 days', '4-day'],
    [100, '100 h', '100 h'],
    [120, '5 days', '5-day'],
    [168, '7 days', '7-day'],
    [240, '10 days', '10-day'],
    [336, '14 days', '14-day'],
    [1.5, '1.5 h', '1.5 h'],
    [2 / 3, '0.7 h', '0.7 h'],
  ])('%d h -> %s / %s', (h, hours, adjective) => {
    expect(formatHours(h)).toBe(hours);
    expect(formatWindowLength(h)).toBe(adjective);
  });

  test.each([
    [0.2, '0.2 mm'],
    [0.25, '0.25 mm'],
    [0.3, '0.3 mm'],
    [0.1 + 0.2, '0.3 mm'],
    [0.5, '0.5 mm'],
    [0.75, '0.75 mm'],
    [1, '1.0 mm'],
    [1.5, '1.5 mm'],
    [2, '2.0 mm'],
  ])('%d -> %s', (mm, expected) => {
    expect(formatNeedle(mm)).toBe(expected);
  });
});

describe('describeCategories', () => {
  test.each<[CategoryId[], string]>([
    [['retinoid'], 'retinoids'],
    [['retinoid', 'aha'], 'retinoids and AHAs'],
    [
      ['retinoid', 'aha', 'bha', 'pha', 'azelaic-acid', 'enzyme', 'physical-exfoliant'],
      'retinoids, acids and exfoliants',
    ],
    [['aha', 'bha', 'physical-exfoliant'], 'AHAs, BHAs and scrubs'],
    [[], ''],
  ])('%j -> %s', (cats, expected) => {
    expect(describeCategories(cats)).toBe(expected);
  });
});

describe('describeStatus', () => {
  const now = Z('2026-03-31T12:00:00Z');
  const session = { at: Z('2026-03-30T18:00:00Z'), needleMm: 0.5 };
  const base: CategoryStatus = {
    category: 'retinoid',
    status: 'hold',
    until: Z('2026-04-02T18:00:00Z'),
    clearAt: Z('2026-04-02T18:00:00Z'),
    session,
    reason: 'after',
    hours: 72,
    tier: 'medium',
    overridden: false,
  };
  test.each<[string, 'hold' | 'caution' | 'ok', CategoryStatus, string]>([
    ['hold after', 'hold', base, 'hold until Thu 20:00, 72 h after your 0.5 mm session'],
    ['caution after', 'caution', base, 'use with caution until Thu 20:00, 72 h after your 0.5 mm session'],
    [
      'chained into the next pause',
      'hold',
      { ...base, clearAt: Z('2026-04-03T18:00:00Z') },
      'hold until Fri 20:00: 72 h after your 0.5 mm session, then the pause before your next session',
    ],
    [
      'before',
      'hold',
      {
        ...base,
        reason: 'before',
        hours: 48,
        session: { at: Z('2026-04-03T18:00:00Z'), needleMm: 0.5 },
        until: Z('2026-04-03T18:00:00Z'),
      },
      'pause until your 0.5 mm session Fri 20:00 (48 h before)',
    ],
    [
      'ok',
      'ok',
      { ...base, status: 'ok', until: null, clearAt: null, session: null, reason: null },
      'ok now',
    ],
    ['note inside a window', 'ok', base, 'ok now'],
  ])('%s', (_name, status, window, expected) => {
    expect(describeStatus(status, window, now, 'Europe/Berlin')).toBe(expected);
  });
});
