/** Times in English (12 and 24 hours) and German, with fixed dates and zones, across DST changes. */
import { beforeEach, describe, expect, test } from 'vitest';
import { displayLocale } from '../../../src/ui/i18n';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatNeedle,
  formatTime,
  formatWhen,
  type Clock,
} from '../../../src/ui/time-format';
import { useCatalogue, type Lang } from './fake-i18n';

const Z = (iso: string): number => Date.parse(iso);
/** ICU puts a narrow no-break space before AM/PM; the tests read better with a plain one. */
const plain = (s: string): string => s.replace(/\u202f/g, ' ');

function clock(lang: Lang, ui: string, timeZone = 'Europe/Berlin'): Clock {
  useCatalogue(lang, ui);
  return { ...displayLocale(), timeZone };
}

describe('formatWhen', () => {
  // Friday 27 March 2026, 10:00 in Berlin (CET, UTC+1); DST starts on Sunday 29 March at 02:00.
  const now = Z('2026-03-27T09:00:00Z');
  test.each([
    ['2026-03-27T19:00:00Z', 'tonight at 8:00 PM', 'tonight at 20:00', 'heute Abend um 20:00'],
    ['2026-03-27T13:05:00Z', 'today at 2:05 PM', 'today at 14:05', 'heute um 14:05'],
    ['2026-03-27T17:00:00Z', 'tonight at 6:00 PM', 'tonight at 18:00', 'heute Abend um 18:00'],
    ['2026-03-27T16:59:00Z', 'today at 5:59 PM', 'today at 17:59', 'heute um 17:59'],
    ['2026-03-28T07:00:00Z', 'tomorrow at 8:00 AM', 'tomorrow at 08:00', 'morgen um 08:00'],
    // Sunday: the clocks went forward, 20:00 CEST is 18:00 UTC.
    ['2026-03-29T18:00:00Z', 'Sun 8:00 PM', 'Sun 20:00', 'So., 20:00'],
    ['2026-04-02T18:00:00Z', 'Thu 8:00 PM', 'Thu 20:00', 'Do., 20:00'],
    ['2026-04-03T18:00:00Z', 'Fri, Apr 3, 8:00 PM', 'Fri 3 Apr, 20:00', 'Fr., 3. Apr., 20:00'],
    ['2026-03-26T19:00:00Z', 'Thu, Mar 26, 8:00 PM', 'Thu 26 Mar, 20:00', 'Do., 26. März, 20:00'],
  ])('%s: en-US %s, en-GB %s, de %s', (at, us, gb, de) => {
    expect(plain(formatWhen(Z(at), now, clock('en', 'en-US')))).toBe(us);
    expect(formatWhen(Z(at), now, clock('en', 'en-GB'))).toBe(gb);
    expect(formatWhen(Z(at), now, clock('de', 'de-DE'))).toBe(de);
  });

  test('a time earlier today is "today", never "tonight"', () => {
    const late = Z('2026-03-27T21:00:00Z'); // 22:00 Berlin
    expect(formatWhen(Z('2026-03-27T18:30:00Z'), late, clock('en', 'en-GB'))).toBe('today at 19:30');
  });

  test('calendar days, not 24-hour steps: 24 h after Saturday 23:30 on the spring-forward night is Monday', () => {
    const sat = Z('2026-03-28T22:30:00Z'); // Saturday 23:30 CET
    const plus24 = sat + 24 * 3_600_000; // Monday 00:30 CEST: the Sunday has 23 hours
    expect(formatWhen(plus24, sat, clock('en', 'en-GB'))).toBe('Mon 00:30');
    expect(formatWhen(plus24 - 3_600_000, sat, clock('en', 'en-GB'))).toBe('tomorrow at 23:30');
  });

  test('the fall-back night: both 02:30s are "tomorrow", at the wall time', () => {
    const sat = Z('2026-10-24T18:00:00Z'); // Saturday 20:00 CEST; clocks go back on Sunday 25 October, 03:00
    expect(formatWhen(Z('2026-10-25T00:30:00Z'), sat, clock('de', 'de-DE'))).toBe('morgen um 02:30');
    expect(formatWhen(Z('2026-10-25T01:30:00Z'), sat, clock('de', 'de-DE'))).toBe('morgen um 02:30');
    expect(formatWhen(Z('2026-10-25T19:00:00Z'), sat, clock('de', 'de-DE'))).toBe('morgen um 20:00');
  });

  test('in New York the US change is two weeks earlier', () => {
    const sat = Z('2026-03-08T04:30:00Z'); // Saturday 7 March, 23:30 EST
    const ny = clock('en', 'en-US', 'America/New_York');
    expect(plain(formatWhen(sat + 24 * 3_600_000, sat, ny))).toBe('Mon 12:30 AM');
  });

  test('a French browser reads English text with its own 24-hour clock', () => {
    expect(formatWhen(Z('2026-03-27T19:00:00Z'), now, clock('en', 'fr-FR'))).toBe('tonight at 20:00');
  });
});

describe('times, dates, durations, needles', () => {
  beforeEach(() => useCatalogue('en'));
  const at = Z('2026-12-04T19:05:00Z');

  test('formatTime follows the locale', () => {
    expect(plain(formatTime(at, clock('en', 'en-US')))).toBe('8:05 PM');
    expect(formatTime(at, clock('en', 'en-GB'))).toBe('20:05');
    expect(formatTime(at, clock('de', 'de'))).toBe('20:05');
  });

  test('formatDate / formatDateTime', () => {
    expect(formatDate(at, clock('en', 'en-US'))).toBe('Dec 4, 2026');
    expect(formatDate(at, clock('de', 'de'))).toBe('04.12.2026');
    expect(plain(formatDateTime(at, clock('en', 'en-US')))).toBe('Dec 4, 2026, 8:05 PM');
    expect(formatDateTime(at, clock('de', 'de'))).toBe('04.12.2026, 20:05');
  });

  test.each([
    [24, '24 h', '24 Std.'],
    [72, '72 h', '72 Std.'],
    [1.5, '1.5 h', '1,5 Std.'],
    [96, '4 days', '4 Tage'],
    [120, '5 days', '5 Tage'],
    [100, '100 h', '100 Std.'],
  ])('formatDuration(%s): %s / %s', (h, english, german) => {
    useCatalogue('en', 'en-US');
    expect(formatDuration(h)).toBe(english);
    useCatalogue('de', 'de-DE');
    expect(formatDuration(h)).toBe(german);
  });

  test.each([
    [0.5, '0.5 mm', '0,5 mm'],
    [0.25, '0.25 mm', '0,25 mm'],
    [1, '1.0 mm', '1,0 mm'],
  ])('formatNeedle(%s): %s / %s', (mm, english, german) => {
    useCatalogue('en', 'en-GB');
    expect(formatNeedle(mm)).toBe(english);
    useCatalogue('de', 'de-DE');
    expect(formatNeedle(mm)).toBe(german);
  });
});
