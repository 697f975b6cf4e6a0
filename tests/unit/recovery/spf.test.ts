import { describe, expect, test } from 'vitest';
import { morningAfterDay, spfAdvice, spfReminderAt } from '../../../src/recovery/spf';
import { HOUR, localDay } from '../../../src/recovery/time';
import { DEFAULT_WINDOWS, effectiveWindow } from '../../../src/recovery/windows';

const Z = (iso: string): number => Date.parse(iso);
const BERLIN = 'Europe/Berlin';
// Sat 24 Oct 2026 20:00 CEST; the morning after is Sun 25 Oct, the day Berlin falls back to CET.
const session = { at: Z('2026-10-24T18:00Z'), needleMm: 0.5 };

describe('spfAdvice', () => {
  test('the morning after, on the fall-back Sunday: mineral filters until the 24 h window ends', () => {
    const hold = effectiveWindow('chemical-sunscreen', 'medium').hold;
    expect(hold).toBe(DEFAULT_WINDOWS.medium['chemical-sunscreen'].typical);
    expect(hold).toBe(24);
    // 08:00 CET. The window is 24 elapsed hours: 18:00Z, which is 19:00 on the wall clock that day.
    expect(spfAdvice([session], {}, Z('2026-10-25T07:00Z'), BERLIN)).toEqual({
      session,
      mineralUntil: session.at + 24 * HOUR,
    });
  });
  test('after the window, SPF only; the evening of the session and the day after next say nothing', () => {
    expect(spfAdvice([session], {}, Z('2026-10-25T20:00Z'), BERLIN)).toEqual({ session, mineralUntil: null });
    expect(spfAdvice([session], {}, Z('2026-10-24T21:00Z'), BERLIN)).toBeNull();
    expect(spfAdvice([session], {}, Z('2026-10-26T07:00Z'), BERLIN)).toBeNull();
  });
  test('a session after midnight belongs to the evening before', () => {
    const late = { at: Z('2026-10-24T22:30Z'), needleMm: 0.5 }; // Sun 00:30 CEST
    expect(morningAfterDay(late, BERLIN)).toBe(localDay(late.at, BERLIN));
    expect(spfAdvice([late], {}, Z('2026-10-25T07:00Z'), BERLIN)?.session).toBe(late);
  });
  test('a deeper needle keeps mineral filters longer; a planned (future) session never counts', () => {
    const deep = { ...session, needleMm: 1 };
    const advice = spfAdvice([deep], {}, Z('2026-10-25T07:00Z'), BERLIN);
    expect(advice?.mineralUntil).toBe(deep.at + DEFAULT_WINDOWS.deep['chemical-sunscreen'].typical * HOUR);
    expect(spfAdvice([session], {}, session.at - 1, BERLIN)).toBeNull();
  });
  test('an override of the chemical-filter window is used', () => {
    const advice = spfAdvice(
      [session],
      { medium: { 'chemical-sunscreen': { hold: 12 } } },
      Z('2026-10-25T05:00Z'),
      BERLIN,
    );
    expect(advice?.mineralUntil).toBe(session.at + 12 * HOUR);
  });
});

describe('spfReminderAt', () => {
  test('08:00 local on the morning after: CET on the fall-back day, CEST in summer', () => {
    expect(spfReminderAt(session, BERLIN)).toBe(Z('2026-10-25T07:00Z'));
    expect(spfReminderAt({ at: Z('2026-03-28T19:00Z'), needleMm: 0.5 }, BERLIN)).toBe(Z('2026-03-29T06:00Z'));
  });
});
