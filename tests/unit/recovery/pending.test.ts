import { describe, expect, test } from 'vitest';
import {
  checkLog,
  longestHold,
  pendingSession,
  plannedSlots,
  withPending,
} from '../../../src/recovery/pending';
import { FUTURE_SLACK_MS, MAX_INSTANT, SAME_SESSION_MS } from '../../../src/recovery/limits';
import { verdict } from '../../../src/recovery/status';
import { HOUR } from '../../../src/recovery/time';
import { DEFAULT_WINDOWS } from '../../../src/recovery/windows';
import { CATEGORY_IDS } from '../../../src/ingredients/categories';
import type { Finding } from '../../../src/ingredients/types';
import type { RecoverySettings, Schedule, Session } from '../../../src/recovery/types';

const Z = (iso: string): number => Date.parse(iso);
const BERLIN = 'Europe/Berlin';
// 2026 in Berlin: clocks spring forward Sun 29 Mar (UTC+1 -> +2) and fall back Sun 25 Oct (+2 -> +1).
const sundays = (since?: number): Schedule => ({
  needleMm: 0.5,
  plan: { kind: 'weekdays', days: [0] },
  time: '20:00',
  ...(since === undefined ? {} : { since }),
});
const settings = (schedule: Schedule, sessions: Session[] = []): RecoverySettings => ({
  schedule,
  sessions,
  overrides: {},
});

describe('plannedSlots', () => {
  test('local 20:00 on both DST Sundays, as UTC instants with the offset of each date', () => {
    expect(plannedSlots(sundays(), Z('2026-03-22T00:00Z'), Z('2026-04-06T00:00Z'), BERLIN)).toEqual([
      Z('2026-03-22T19:00Z'), // CET
      Z('2026-03-29T18:00Z'), // spring-forward day: CEST
      Z('2026-04-05T18:00Z'),
    ]);
    expect(plannedSlots(sundays(), Z('2026-10-24T00:00Z'), Z('2026-10-26T00:00Z'), BERLIN)).toEqual([
      Z('2026-10-25T19:00Z'), // fall-back day: CET again
    ]);
  });
});

describe('pendingSession', () => {
  const slot = Z('2026-03-29T18:00Z'); // Sun 29 Mar 20:00 CEST
  test('asks about the planned session once its time has passed, with the plan needle', () => {
    expect(pendingSession(settings(sundays()), [], slot - 1, BERLIN)).toBeNull();
    expect(pendingSession(settings(sundays()), [], slot, BERLIN)).toEqual({ at: slot, needleMm: 0.5 });
    expect(pendingSession(settings(sundays()), [], slot + 3 * HOUR, BERLIN)?.at).toBe(slot);
  });

  test('the fall-back Sunday is asked about at 20:00 CET', () => {
    const fall = Z('2026-10-25T19:00Z');
    expect(pendingSession(settings(sundays()), [], fall + HOUR, BERLIN)?.at).toBe(fall);
  });

  test('a session logged up to 12 h before, or after it, answers it', () => {
    const now = slot + 2 * HOUR;
    const early = [{ at: slot - 30 * 60_000, needleMm: 0.5 }];
    const late = [{ at: slot + HOUR, needleMm: 0.5 }];
    const longBefore = [{ at: slot - 13 * HOUR, needleMm: 0.5 }];
    expect(pendingSession(settings(sundays(), early), [], now, BERLIN)).toBeNull();
    expect(pendingSession(settings(sundays(), late), [], now, BERLIN)).toBeNull();
    expect(pendingSession(settings(sundays(), longBefore), [], now, BERLIN)?.at).toBe(slot);
  });

  test('"No" answers it, and an older unanswered slot is not asked about instead', () => {
    const twice: Schedule = { ...sundays(), plan: { kind: 'weekdays', days: [5, 0] } };
    const friday = Z('2026-03-27T19:00Z'); // Fri 27 Mar 20:00 CET
    expect(pendingSession(settings(twice), [], slot + HOUR, BERLIN)?.at).toBe(slot);
    expect(pendingSession(settings(twice), [slot], slot + HOUR, BERLIN)).toBeNull();
    expect(pendingSession(settings(twice), [], friday + HOUR, BERLIN)?.at).toBe(friday);
  });

  test('a slot before the plan was made is never asked about', () => {
    expect(pendingSession(settings(sundays(slot + HOUR)), [], slot + 2 * HOUR, BERLIN)).toBeNull();
    expect(pendingSession(settings(sundays(slot - HOUR)), [], slot + 2 * HOUR, BERLIN)?.at).toBe(slot);
  });

  test('asked only while the answer changes a verdict: until the longest hold of that needle ends', () => {
    const hold = longestHold(0.5);
    expect(hold).toBe(Math.max(...CATEGORY_IDS.map((c) => DEFAULT_WINDOWS.medium[c].typical)));
    expect(pendingSession(settings(sundays()), [], slot + hold * HOUR - 1, BERLIN)?.at).toBe(slot);
    expect(pendingSession(settings(sundays()), [], slot + hold * HOUR, BERLIN)).toBeNull();
  });

  test('no plan, nothing to ask', () => {
    const none: Schedule = { ...sundays(), plan: { kind: 'none' } };
    expect(pendingSession(settings(none), [], slot + HOUR, BERLIN)).toBeNull();
  });
});

describe('withPending', () => {
  const slot = Z('2026-03-29T18:00Z');
  test('"if you rolled": the verdict holds a retinoid from the planned time', () => {
    const retinal = {
      ingredient: 'Retinal',
      canonical: 'retinal',
      category: 'retinoid',
      severity: 'high',
      position: 5,
      rule: 'retinoid',
      reason: 'a retinoid',
      match: { kind: 'exact' },
    } as unknown as Finding;
    const now = slot + HOUR;
    const base = settings(sundays());
    const pending = pendingSession(base, [], now, BERLIN);
    expect(verdict([retinal], base, now, BERLIN).state).toBe('clear');
    const ifRolled = verdict([retinal], withPending(base, pending), now, BERLIN);
    expect(ifRolled.state).toBe('hold');
    expect(ifRolled.until).toBe(slot + DEFAULT_WINDOWS.medium.retinoid.typical * HOUR);
    expect(withPending(base, null)).toBe(base);
  });
});

describe('checkLog', () => {
  const now = Z('2026-03-29T18:00Z');
  const logged = [{ at: now - 5 * HOUR, needleMm: 0.5 }];
  test.each([
    ['now', now, null],
    ['a click on a slow clock', now + FUTURE_SLACK_MS, null],
    ['in the future', now + FUTURE_SLACK_MS + 1, 'future'],
    ['within the same hour as a logged one', now - 5 * HOUR + SAME_SESSION_MS - 1, 'duplicate'],
    ['an hour apart', now - 5 * HOUR + SAME_SESSION_MS, null],
    ['beyond the stored range', MAX_INSTANT + 1, 'out-of-range'],
    ['not a number', Number.NaN, 'out-of-range'],
  ] as const)('%s', (_, at, expected) => {
    expect(checkLog(logged, at, at > MAX_INSTANT ? at : now)).toBe(expected);
  });
});
