import { describe, expect, test } from 'vitest';
import { addSession, nextPlannedSession, nextSession, removeSession } from '../../../src/recovery/schedule';
import { MAX_SESSIONS } from '../../../src/recovery/limits';
import type { Schedule, Session } from '../../../src/recovery/types';

const Z = (iso: string): number => Date.parse(iso);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const weekdays = (days: number[], time = '20:00'): Schedule => ({
  needleMm: 0.5,
  plan: { kind: 'weekdays', days },
  time,
});
const interval = (everyDays: number, anchor: string, time = '20:00'): Schedule => ({
  needleMm: 0.5,
  plan: { kind: 'interval', everyDays, anchor: Z(anchor) },
  time,
});

describe('nextPlannedSession', () => {
  // 2026: Berlin springs forward Sun 29 Mar, falls back Sun 25 Oct; New York Sun 8 Mar / Sun 1 Nov;
  // Sydney falls back Sun 5 Apr, springs forward Sun 4 Oct. Expected values are local wall times converted
  // by hand with the offset in force on that date.
  test.each([
    [
      'Sunday 20:00 on the spring-forward day',
      weekdays([0]),
      'Europe/Berlin',
      '2026-03-28T12:00:00Z',
      '2026-03-29T18:00:00.000Z',
    ],
    [
      'exactly at the session counts (>= now)',
      weekdays([0]),
      'Europe/Berlin',
      '2026-03-29T18:00:00Z',
      '2026-03-29T18:00:00.000Z',
    ],
    [
      '1 ms after: next week',
      weekdays([0]),
      'Europe/Berlin',
      '2026-03-29T18:00:00.001Z',
      '2026-04-05T18:00:00.000Z',
    ],
    [
      'Saturday 20:00 CET, the day before the change',
      weekdays([6]),
      'Europe/Berlin',
      '2026-03-28T12:00:00Z',
      '2026-03-28T19:00:00.000Z',
    ],
    [
      'Thursday across fall-back',
      weekdays([4]),
      'Europe/Berlin',
      '2026-10-24T10:00:00Z',
      '2026-10-29T19:00:00.000Z',
    ],
    [
      'Sunday 20:00 on the fall-back day',
      weekdays([0]),
      'Europe/Berlin',
      '2026-10-24T10:00:00Z',
      '2026-10-25T19:00:00.000Z',
    ],
    [
      'Mon/Thu from a Friday, across spring-forward',
      weekdays([1, 4]),
      'Europe/Berlin',
      '2026-03-27T12:00:00Z',
      '2026-03-30T18:00:00.000Z',
    ],
    [
      'unsorted, duplicated days',
      weekdays([4, 1, 4]),
      'Europe/Berlin',
      '2026-03-27T12:00:00Z',
      '2026-03-30T18:00:00.000Z',
    ],
    [
      'New York Sunday on the spring-forward day',
      weekdays([0]),
      'America/New_York',
      '2026-03-07T12:00:00Z',
      '2026-03-09T00:00:00.000Z',
    ],
    [
      'New York Sunday on the fall-back day',
      weekdays([0]),
      'America/New_York',
      '2026-10-31T12:00:00Z',
      '2026-11-02T01:00:00.000Z',
    ],
    [
      'New York: UTC says Monday, local is Sunday 23:30 -> Monday',
      weekdays([1]),
      'America/New_York',
      '2026-03-09T03:30:00Z',
      '2026-03-10T00:00:00.000Z',
    ],
    [
      'New York: Sunday slot already passed -> next Sunday',
      weekdays([0]),
      'America/New_York',
      '2026-03-09T03:30:00Z',
      '2026-03-16T00:00:00.000Z',
    ],
    [
      'Tokyo Wednesday 21:00, now exactly then',
      weekdays([3], '21:00'),
      'Asia/Tokyo',
      '2026-03-04T12:00:00Z',
      '2026-03-04T12:00:00.000Z',
    ],
    [
      'Tokyo, just after midnight Thursday',
      weekdays([3], '21:00'),
      'Asia/Tokyo',
      '2026-03-04T15:00:00Z',
      '2026-03-11T12:00:00.000Z',
    ],
    ['UTC Friday 07:05', weekdays([5], '07:05'), 'UTC', '2026-01-01T00:00:00Z', '2026-01-02T07:05:00.000Z'],
    [
      'Sydney Sunday 20:00 on the fall-back day',
      weekdays([0]),
      'Australia/Sydney',
      '2026-04-04T00:00:00Z',
      '2026-04-05T10:00:00.000Z',
    ],
    [
      'Sydney 02:30 in the spring gap -> 03:30 AEDT',
      weekdays([0], '02:30'),
      'Australia/Sydney',
      '2026-10-01T00:00:00Z',
      '2026-10-03T16:30:00.000Z',
    ],
    [
      'Berlin 02:30 in the spring gap -> 03:30 CEST',
      weekdays([0], '02:30'),
      'Europe/Berlin',
      '2026-03-28T00:00:00Z',
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'Berlin 02:30 ambiguous -> first (CEST)',
      weekdays([0], '02:30'),
      'Europe/Berlin',
      '2026-10-24T00:00:00Z',
      '2026-10-25T00:30:00.000Z',
    ],
    ['every day', weekdays([0, 1, 2, 3, 4, 5, 6]), 'UTC', '2026-01-01T20:00:01Z', '2026-01-02T20:00:00.000Z'],
  ])('%s', (_name, schedule, tz, now, expected) => {
    expect(iso(nextPlannedSession(schedule, Z(now), tz))).toBe(expected);
  });

  test.each([
    // anchor Fri 27 Mar 2026 11:00 Berlin; only its date counts, the time comes from schedule.time
    ['before the anchor, same local day', 3, '2026-03-27T00:00:00Z', '2026-03-27T19:00:00.000Z'],
    ['long before the anchor -> the anchor day', 3, '2026-01-01T00:00:00Z', '2026-03-27T19:00:00.000Z'],
    ['the day after the anchor -> +3 days, now CEST', 3, '2026-03-28T00:00:00Z', '2026-03-30T18:00:00.000Z'],
    ['1 ms after the anchor session', 3, '2026-03-27T19:00:00.001Z', '2026-03-30T18:00:00.000Z'],
    ['weekly, 30 weeks later (23 Oct, CEST)', 7, '2026-10-20T00:00:00Z', '2026-10-23T18:00:00.000Z'],
    ['weekly across fall-back (30 Oct, CET)', 7, '2026-10-24T00:00:00Z', '2026-10-30T19:00:00.000Z'],
    ['every day (the Saturday slot just passed)', 1, '2026-03-28T19:00:01Z', '2026-03-29T18:00:00.000Z'],
    ['every 14 days', 14, '2026-04-01T00:00:00Z', '2026-04-10T18:00:00.000Z'],
  ])('interval: %s', (_name, every, now, expected) => {
    expect(iso(nextPlannedSession(interval(every, '2026-03-27T10:00:00Z'), Z(now), 'Europe/Berlin'))).toBe(
      expected,
    );
  });

  test('interval anchor date is the local date in the zone given', () => {
    // 2026-03-26T23:30Z is already Friday 27 March in Tokyo (08:30) but Thursday 26 March in New York (19:30).
    const s = interval(2, '2026-03-26T23:30:00Z', '21:00');
    expect(iso(nextPlannedSession(s, Z('2026-03-26T00:00:00Z'), 'Asia/Tokyo'))).toBe(
      '2026-03-27T12:00:00.000Z',
    );
    expect(iso(nextPlannedSession(s, Z('2026-03-26T00:00:00Z'), 'America/New_York'))).toBe(
      '2026-03-27T01:00:00.000Z',
    );
  });

  test.each([
    ['no plan', { needleMm: 0.5, plan: { kind: 'none' }, time: '20:00' } as Schedule],
    ['empty weekday plan', weekdays([])],
    ['weekday numbers out of range', weekdays([7, -1, 2.5])],
    ['interval of 0 days', interval(0, '2026-03-27T10:00:00Z')],
    ['interval of 1.5 days', interval(1.5, '2026-03-27T10:00:00Z')],
    [
      'interval with a NaN anchor',
      { needleMm: 0.5, plan: { kind: 'interval', everyDays: 3, anchor: NaN }, time: '20:00' } as Schedule,
    ],
  ])('%s -> null', (_name, schedule) => {
    expect(nextPlannedSession(schedule, Z('2026-03-27T12:00:00Z'), 'Europe/Berlin')).toBeNull();
  });

  test('an invalid time throws', () => {
    expect(() => nextPlannedSession(weekdays([1], '25:00'), 0, 'UTC')).toThrow(RangeError);
  });
});

describe('nextSession: planned slots, done slots and future logged sessions', () => {
  const thu = weekdays([4]); // Thursday 20:00 Berlin = 18:00Z in April 2026
  test.each<[string, Session[], string, Session | null]>([
    [
      'no sessions -> next Thursday',
      [],
      '2026-04-01T12:00:00Z',
      { at: Z('2026-04-02T18:00:00Z'), needleMm: 0.5 },
    ],
    [
      'rolled at 19:30 instead of 20:00 -> this Thursday is done',
      [{ at: Z('2026-04-02T17:30:00Z'), needleMm: 0.5 }],
      '2026-04-02T17:45:00Z',
      { at: Z('2026-04-09T18:00:00Z'), needleMm: 0.5 },
    ],
    [
      'rolled 24 h before (beyond 12 h) -> Thursday still planned',
      [{ at: Z('2026-04-01T18:00:00Z'), needleMm: 0.5 }],
      '2026-04-02T12:00:00Z',
      { at: Z('2026-04-02T18:00:00Z'), needleMm: 0.5 },
    ],
    [
      'rolled at 08:00 the same day (10 h before) -> done',
      [{ at: Z('2026-04-02T06:00:00Z'), needleMm: 0.5 }],
      '2026-04-02T12:00:00Z',
      { at: Z('2026-04-09T18:00:00Z'), needleMm: 0.5 },
    ],
    [
      'a future logged session earlier than the plan wins, with its own needle',
      [{ at: Z('2026-04-01T18:00:00Z'), needleMm: 1.5 }],
      '2026-03-31T12:00:00Z',
      { at: Z('2026-04-01T18:00:00Z'), needleMm: 1.5 },
    ],
    [
      'a future logged session later than the plan loses',
      [{ at: Z('2026-04-05T18:00:00Z'), needleMm: 1.5 }],
      '2026-03-31T12:00:00Z',
      { at: Z('2026-04-02T18:00:00Z'), needleMm: 0.5 },
    ],
  ])('%s', (_name, sessions, now, expected) => {
    expect(nextSession(thu, sessions, Z(now), 'Europe/Berlin')).toEqual(expected);
  });

  test('no plan: only a future logged session', () => {
    const none: Schedule = { needleMm: 0.5, plan: { kind: 'none' }, time: '20:00' };
    expect(nextSession(none, [], 0, 'UTC')).toBeNull();
    expect(
      nextSession(
        none,
        [
          { at: 5000, needleMm: 1 },
          { at: 3000, needleMm: 0.25 },
        ],
        1000,
        'UTC',
      ),
    ).toEqual({
      at: 3000,
      needleMm: 0.25,
    });
    expect(nextSession(none, [{ at: 1000, needleMm: 1 }], 1000, 'UTC')).toBeNull(); // at == now: done
  });
});

describe('session log', () => {
  const a: Session = { at: 1000, needleMm: 0.5 };
  const b: Session = { at: 2000, needleMm: 0.25 };
  const c: Session = { at: 3000, needleMm: 1 };

  test.each<[string, Session[], Session, Session[]]>([
    ['into an empty list', [], a, [a]],
    ['appends the newest', [a, b], c, [a, b, c]],
    ['keeps time order when adding a past session', [a, c], b, [a, b, c]],
    [
      'replaces a session at the same millisecond',
      [a, b],
      { at: 2000, needleMm: 1.5 },
      [a, { at: 2000, needleMm: 1.5 }],
    ],
    ['sorts an unsorted stored list', [c, a], b, [a, b, c]],
  ])('addSession %s', (_name, list, session, expected) => {
    const before = JSON.stringify(list);
    expect(addSession(list, session)).toEqual(expected);
    expect(JSON.stringify(list)).toBe(before); // not mutated
  });

  test('addSession keeps only the newest MAX_SESSIONS (500)', () => {
    let list: Session[] = [];
    for (let i = 1; i <= 502; i++) list = addSession(list, { at: i * 1000, needleMm: 0.5 });
    expect(MAX_SESSIONS).toBe(500);
    expect(list).toHaveLength(500);
    expect(list[0]?.at).toBe(3000);
    expect(list[499]?.at).toBe(502_000);
    // an old session added to a full list falls off again
    expect(addSession(list, { at: 1, needleMm: 0.5 })[0]?.at).toBe(3000);
  });

  test.each([
    ['NaN time', { at: NaN, needleMm: 0.5 }],
    ['zero needle', { at: 1, needleMm: 0 }],
    ['NaN needle', { at: 1, needleMm: NaN }],
  ])('addSession rejects %s', (_name, s) => {
    expect(() => addSession([], s)).toThrow(RangeError);
  });

  test.each<[string, Session[], number, Session[]]>([
    ['the middle one', [a, b, c], 2000, [a, c]],
    ['an absent time: unchanged', [a, b], 5000, [a, b]],
    ['the only one', [a], 1000, []],
    ['from an empty list', [], 1000, []],
  ])('removeSession %s', (_name, list, at, expected) => {
    expect(removeSession(list, at)).toEqual(expected);
  });
});
