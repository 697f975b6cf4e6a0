/**
 * What the schedule adds to the headline (issue 12): no dates without a session or plan, "if you rolled"
 * while a planned session is unanswered, and a pre-session pause that names the session it is for.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BADGE_COLORS, badgeFor } from '../../../src/background/badge';
import type { Analysis, Finding } from '../../../src/ingredients/types';
import { pendingSession, verdict, withPending } from '../../../src/recovery';
import type { RecoverySettings } from '../../../src/recovery/types';
import { importErrorText, repairText } from '../../../src/ui/repair-text';
import { summarize } from '../../../src/ui/summary';
import type { Clock } from '../../../src/ui/time-format';
import { useCatalogue } from './fake-i18n';

const retinal: Finding = {
  category: 'retinoid',
  severity: 'high',
  position: 19,
  ingredient: 'Retinal',
  canonical: 'retinal',
  rule: 'retinoid',
  list: null,
  match: { kind: 'exact' },
  reason: '',
  why: '',
  source: '',
};
const analysis: Analysis = { lists: [], findings: [retinal], checked: 28 };
const Z = (iso: string) => Date.parse(iso);
const clock: Clock = { locale: 'en-GB', hourCycle: 'h23', timeZone: 'Europe/Berlin' };
const BERLIN = 'Europe/Berlin';

beforeEach(() => useCatalogue('en', 'en-GB'));

describe('summarize with the schedule', () => {
  test('no session, no plan: no dates, never the green clear state; the badge stays the grey count', () => {
    const none: RecoverySettings = {
      schedule: { needleMm: 0.5, plan: { kind: 'none' }, time: '20:00' },
      sessions: [],
      overrides: {},
    };
    const now = Z('2026-03-29T10:00Z');
    const v = verdict(analysis.findings, none, now, BERLIN);
    const s = summarize(analysis, v, now, clock, { noDates: true });
    expect(s).toMatchObject({
      state: 'no-dates',
      headline: 'Tell us when you roll to get dates',
      detail: '1 to hold after rolling: retinoids',
    });
    const b = badgeFor({ state: 'found', productPage: true, analysis }, v, clock, { noDates: true });
    expect(b).toEqual({
      text: '1',
      color: BADGE_COLORS.clear,
      title: 'Needle Safe: Tell us when you roll to get dates',
    });
  });

  test('"if you rolled": on the spring-forward Sunday, 20:00 CEST, the retinoid held 72 h from then', () => {
    const sundays: RecoverySettings = {
      schedule: { needleMm: 0.5, plan: { kind: 'weekdays', days: [0] }, time: '20:00' },
      sessions: [],
      overrides: {},
    };
    const now = Z('2026-03-29T19:00Z'); // 21:00 CEST
    const pending = pendingSession(sundays, [], now, BERLIN)!;
    expect(pending.at).toBe(Z('2026-03-29T18:00Z'));
    const v = verdict(analysis.findings, withPending(sundays, pending), now, BERLIN);
    const s = summarize(analysis, v, now, clock, { ifRolledAt: pending.at });
    expect(s.headline).toBe('If you rolled at 20:00: Hold until Wed 20:00');
    expect(s.headlineAbsolute).toBe('If you rolled on Sun 29 Mar, 20:00: Hold until Wed 1 Apr, 20:00');
    // The next morning the question names its day.
    const later = Z('2026-03-30T07:00Z');
    expect(summarize(analysis, v, later, clock, { ifRolledAt: pending.at }).headline).toMatch(
      /^If you rolled on Sun 29 Mar, 20:00: /,
    );
  });

  test('inside the pause before a session, the headline says the time is the session (issue 12)', () => {
    const plan: RecoverySettings = {
      schedule: { needleMm: 0.5, plan: { kind: 'weekdays', days: [2] }, time: '21:51' },
      sessions: [],
      overrides: {},
    };
    const now = Z('2026-03-30T10:00Z'); // Monday; the retinoid pause starts 48 h before Tuesday 21:51
    const v = verdict(analysis.findings, plan, now, BERLIN);
    expect(v.items[0]!.reason).toBe('before');
    expect(summarize(analysis, v, now, clock).headline).toBe('Pause now for your session tomorrow at 21:51');
  });
});

describe('repair and import texts', () => {
  test.each([
    ['needleMm', 'needle length'],
    ['sessions:over-cap:49500', 'session log: 49,500 oldest sessions removed (it keeps the newest 500)'],
    ['sessions:invalid:1', 'session log: 1 invalid entry removed'],
    ['override:medium/retinoid', 'edited window for Retinoid'],
    ['shelf:not-a-list', 'shelf: it was not a list, so it was emptied'],
    ['shelf:product:3', 'shelf product 3: a damaged detail was reset'],
    ['shelf:no-list:1', 'shelf: 1 product without a usable ingredient list removed'],
    ['shelf:over-cap:5', 'shelf: 5 products over the limit of 300 removed'],
    ['an English note stored before codes', 'an English note stored before codes'],
  ])('%s', (code, text) => {
    expect(repairText(code)).toBe(text);
  });
  test('an import error lists its problems in words', () => {
    expect(importErrorText({ code: 'invalid-values', problems: ['plan', 'sessions:invalid:2'] })).toBe(
      'The file has invalid values (planned sessions and session log: 2 invalid entries removed); nothing was imported.',
    );
    useCatalogue('de', 'de-DE');
    expect(importErrorText({ code: 'not-json' })).toBe(
      'Diese Datei ist kein gültiges JSON, daher wurde nichts importiert.',
    );
  });
});
