import { describe, expect, test } from 'vitest';
import {
  dayNumber,
  localDay,
  offsetAt,
  parseTime,
  wallTime,
  wallToEpoch,
  weekdayOf,
} from '../../../src/recovery/time';

const Z = (iso: string): number => Date.parse(iso);

describe('wallToEpoch: local wall time -> epoch, DST-aware', () => {
  // Expected instants worked out from each zone's offsets (CET +1 / CEST +2, EST -5 / EDT -4, JST +9,
  // AEST +10 / AEDT +11, Lord Howe +10:30 / +11).
  test.each([
    ['Europe/Berlin', '2026-03-28', '20:00', '2026-03-28T19:00:00Z', 'CET day before spring forward'],
    ['Europe/Berlin', '2026-03-29', '20:00', '2026-03-29T18:00:00Z', 'CEST on the spring-forward day'],
    ['Europe/Berlin', '2026-03-29', '01:59', '2026-03-29T00:59:00Z', 'just before the gap'],
    ['Europe/Berlin', '2026-03-29', '02:00', '2026-03-29T01:00:00Z', 'gap start -> 03:00 CEST'],
    ['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:30:00Z', 'gap -> shifted forward to 03:30 CEST'],
    ['Europe/Berlin', '2026-03-29', '03:00', '2026-03-29T01:00:00Z', 'first valid time after the gap'],
    ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00Z', 'ambiguous -> first (CEST)'],
    ['Europe/Berlin', '2026-10-25', '03:00', '2026-10-25T02:00:00Z', 'after the repeat (CET)'],
    ['Europe/Berlin', '2026-10-25', '20:00', '2026-10-25T19:00:00Z', 'CET on the fall-back day'],
    ['America/New_York', '2026-03-07', '20:00', '2026-03-08T01:00:00Z', 'EST'],
    ['America/New_York', '2026-03-08', '20:00', '2026-03-09T00:00:00Z', 'EDT on the spring-forward day'],
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00Z', 'gap -> 03:30 EDT'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00Z', 'ambiguous -> first (EDT)'],
    ['America/New_York', '2026-11-01', '20:00', '2026-11-02T01:00:00Z', 'EST on the fall-back day'],
    ['Asia/Tokyo', '2026-03-29', '20:00', '2026-03-29T11:00:00Z', 'no DST'],
    ['Asia/Tokyo', '2026-01-01', '00:00', '2025-12-31T15:00:00Z', 'midnight, previous UTC year'],
    ['UTC', '2026-03-29', '20:00', '2026-03-29T20:00:00Z', 'UTC'],
    ['UTC', '2028-02-29', '23:59', '2028-02-29T23:59:00Z', 'leap day'],
    ['Australia/Sydney', '2026-04-05', '02:30', '2026-04-04T15:30:00Z', 'ambiguous -> first (AEDT)'],
    ['Australia/Sydney', '2026-04-05', '20:00', '2026-04-05T10:00:00Z', 'AEST after fall-back'],
    ['Australia/Sydney', '2026-10-03', '20:00', '2026-10-03T10:00:00Z', 'AEST'],
    ['Australia/Sydney', '2026-10-04', '02:30', '2026-10-03T16:30:00Z', 'gap -> 03:30 AEDT'],
    ['Australia/Sydney', '2026-10-04', '20:00', '2026-10-04T09:00:00Z', 'AEDT'],
    ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:45:00Z', '30-minute gap -> 02:45'],
  ])('%s %s %s -> %s (%s)', (tz, date, time, expected) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const t = parseTime(time);
    expect(t).not.toBeNull();
    expect(new Date(wallToEpoch(dayNumber(y, m, d), t!.hour, t!.minute, tz)).toISOString()).toBe(
      new Date(Z(expected)).toISOString(),
    );
  });

  test('an unknown zone throws instead of silently using UTC', () => {
    expect(() => wallToEpoch(dayNumber(2026, 1, 1), 20, 0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('wallTime / localDay / offsetAt', () => {
  test.each([
    // 2026-03-09T03:30Z is still Sunday 8 March 23:30 in New York (EDT)
    [
      '2026-03-09T03:30:00Z',
      'America/New_York',
      { year: 2026, month: 3, day: 8, hour: 23, minute: 30, weekday: 0 },
    ],
    [
      '2026-03-09T03:30:00Z',
      'Asia/Tokyo',
      { year: 2026, month: 3, day: 9, hour: 12, minute: 30, weekday: 1 },
    ],
    [
      '2026-12-31T23:00:00Z',
      'Australia/Sydney',
      { year: 2027, month: 1, day: 1, hour: 10, minute: 0, weekday: 5 },
    ],
    [
      '2026-03-29T01:00:00Z',
      'Europe/Berlin',
      { year: 2026, month: 3, day: 29, hour: 3, minute: 0, weekday: 0 },
    ],
  ])('%s in %s', (iso, tz, expected) => {
    expect(wallTime(Z(iso), tz)).toMatchObject(expected);
  });

  test.each([
    ['2026-01-01T12:00:00Z', 'Europe/Berlin', 3600_000],
    ['2026-07-01T12:00:00Z', 'Europe/Berlin', 7200_000],
    ['2026-07-01T12:00:00Z', 'America/New_York', -4 * 3600_000],
    ['2026-07-01T12:00:00Z', 'Australia/Sydney', 10 * 3600_000],
    ['2026-01-01T12:00:00Z', 'Australia/Sydney', 11 * 3600_000],
    ['2026-01-01T12:00:00Z', 'UTC', 0],
  ])('offset at %s in %s is %d ms', (iso, tz, expected) => {
    expect(offsetAt(Z(iso), tz)).toBe(expected);
  });

  test('day numbers and weekdays', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2026, 1, 1)).toBe(20454);
    expect(weekdayOf(0)).toBe(4); // Thursday
    expect(weekdayOf(dayNumber(2026, 3, 29))).toBe(0); // Sunday
    expect(weekdayOf(-1)).toBe(3); // 1969-12-31 was a Wednesday
    expect(localDay(Z('2026-01-01T23:30:00Z'), 'Asia/Tokyo')).toBe(20455);
  });
});

describe('parseTime', () => {
  test.each([
    ['20:00', { hour: 20, minute: 0 }],
    ['07:05', { hour: 7, minute: 5 }],
    ['7:05', { hour: 7, minute: 5 }],
    ['00:00', { hour: 0, minute: 0 }],
    ['23:59', { hour: 23, minute: 59 }],
    ['24:00', null],
    ['12:60', null],
    ['12', null],
    ['ab:cd', null],
    ['', null],
  ])('%j -> %j', (input, expected) => {
    expect(parseTime(input)).toEqual(expected);
  });
});
