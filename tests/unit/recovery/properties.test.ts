/**
 * Property tests: the example tables elsewhere pin exact values; these check invariants over many random
 * instants and zones (fast-check, fixed seed so failures reproduce).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nextPlannedSession } from '../../../src/recovery/schedule';
import { categoryStatus } from '../../../src/recovery/status';
import { dayNumber, localDay, wallTime, wallToEpoch } from '../../../src/recovery/time';
import type { Schedule, Session } from '../../../src/recovery/types';
import { CATEGORY_IDS } from '../../../src/ingredients/categories';

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'UTC',
  'Australia/Sydney',
  'Australia/Lord_Howe',
];
const zone = fc.constantFrom(...ZONES);
// 2024-01-01 .. 2030-01-01
const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) });
const params = { numRuns: 400, seed: 20260329 };
const MIN = 60_000;

describe('time zone conversion', () => {
  test('wall time of an instant converts back to that instant (or the earlier one of a repeated hour)', () => {
    fc.assert(
      fc.property(instant, zone, (ms, tz) => {
        const t = Math.floor(ms / MIN) * MIN;
        const w = wallTime(t, tz);
        const back = wallToEpoch(dayNumber(w.year, w.month, w.day), w.hour, w.minute, tz);
        // equal, or the first of two instants with the same wall time (at most an hour earlier)
        expect(back <= t && t - back <= 60 * MIN).toBe(true);
        const wb = wallTime(back, tz);
        expect([wb.year, wb.month, wb.day, wb.hour, wb.minute]).toEqual([
          w.year,
          w.month,
          w.day,
          w.hour,
          w.minute,
        ]);
      }),
      params,
    );
  });

  test('every wall time maps to an instant with that wall time, or shortly after it (gap)', () => {
    fc.assert(
      fc.property(
        instant,
        zone,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (ms, tz, h, m) => {
          const day = localDay(ms, tz);
          const t = wallToEpoch(day, h, m, tz);
          const w = wallTime(t, tz);
          const asked = day * 1440 + h * 60 + m;
          const got = dayNumber(w.year, w.month, w.day) * 1440 + w.hour * 60 + w.minute;
          expect(got - asked >= 0 && got - asked <= 60).toBe(true);
        },
      ),
      params,
    );
  });
});

describe('nextPlannedSession', () => {
  const days = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 });
  const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));

  test('weekdays: at or after now, on a planned local weekday, at the planned wall time, and the first such', () => {
    fc.assert(
      fc.property(instant, zone, days, time, (now, tz, ds, [h, m]) => {
        const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const schedule: Schedule = { needleMm: 0.5, plan: { kind: 'weekdays', days: ds }, time: hhmm };
        const next = nextPlannedSession(schedule, now, tz);
        expect(next).not.toBeNull();
        const t = next as number;
        expect(t).toBeGreaterThanOrEqual(now);
        const day = localDay(t, tz);
        expect(ds).toContain(wallTime(t, tz).weekday);
        expect(t).toBe(wallToEpoch(day, h, m, tz));
        // no planned slot strictly between now and t
        for (let d = localDay(now, tz); d < day; d++) {
          if (!ds.includes((((d + 4) % 7) + 7) % 7)) continue;
          expect(wallToEpoch(d, h, m, tz)).toBeLessThan(now);
        }
        expect(t - now).toBeLessThanOrEqual(8 * 24 * 3600_000);
      }),
      params,
    );
  });

  test('interval: on the anchor day plus a multiple of N days, never before the anchor day', () => {
    fc.assert(
      fc.property(instant, instant, zone, fc.integer({ min: 1, max: 60 }), (now, anchor, tz, every) => {
        const schedule: Schedule = {
          needleMm: 0.5,
          plan: { kind: 'interval', everyDays: every, anchor },
          time: '20:00',
        };
        const t = nextPlannedSession(schedule, now, tz) as number;
        expect(t).toBeGreaterThanOrEqual(now);
        const k = (localDay(t, tz) - localDay(anchor, tz)) / every;
        expect(Number.isInteger(k) && k >= 0).toBe(true);
        // the slot before it (if any, and not before the anchor) is in the past
        if (k >= 1) expect(wallToEpoch(localDay(t, tz) - every, 20, 0, tz)).toBeLessThan(now);
      }),
      params,
    );
  });
});

describe('categoryStatus', () => {
  const session = fc.record({
    at: instant,
    needleMm: fc.constantFrom(0.2, 0.25, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0),
  });

  test('hold windows: until is in the future, clearAt >= until, and ok means no window covers now', () => {
    fc.assert(
      fc.property(fc.array(session, { maxLength: 6 }), instant, zone, (sessions: Session[], now, tz) => {
        const schedule: Schedule = { needleMm: 0.5, plan: { kind: 'weekdays', days: [1, 4] }, time: '20:00' };
        for (const s of categoryStatus(CATEGORY_IDS, { schedule, sessions, overrides: {} }, now, tz)) {
          if (s.status === 'hold') {
            expect(s.until as number).toBeGreaterThan(now);
            expect(s.clearAt as number).toBeGreaterThanOrEqual(s.until as number);
            if (s.reason === 'after') expect(s.until).toBe((s.session as Session).at + s.hours * 3600_000);
          } else {
            expect(s.until).toBeNull();
          }
        }
      }),
      params,
    );
  });
});
