import { describe, expect, test } from 'vitest';
import type { CategoryId, Finding, Severity } from '../../../src/ingredients/types';
import { categoryStatus, recoveryState, reminders, verdict } from '../../../src/recovery/status';
import type { Overrides, RecoverySettings, Schedule, Session } from '../../../src/recovery/types';

const Z = (iso: string): number => Date.parse(iso);
const iso = (ms: number | null | undefined): string | null =>
  ms == null ? null : new Date(ms).toISOString();
const BERLIN = 'Europe/Berlin';
const none: Schedule = { needleMm: 0.5, plan: { kind: 'none' }, time: '20:00' };
const weekly = (days: number[], needleMm = 0.5, time = '20:00'): Schedule => ({
  needleMm,
  plan: { kind: 'weekdays', days },
  time,
});
const settings = (
  schedule: Schedule,
  sessions: Session[] = [],
  overrides: Overrides = {},
): RecoverySettings => ({
  schedule,
  sessions,
  overrides,
});

// Thu 26 Mar 2026 20:00 CET (Berlin); 72 h later crosses the spring-forward night.
const THU_05 = { at: Z('2026-03-26T19:00:00Z'), needleMm: 0.5 };

describe('categoryStatus after a session', () => {
  test.each<
    [
      string,
      RecoverySettings,
      string,
      CategoryId,
      string,
      string | null,
      string | null,
      number,
      Session | null,
    ]
  >([
    // [name, settings, now, category, status, until, clearAt, hours, session]
    [
      'retinoid 72 h after 0.5 mm (elapsed hours: Sun 21:00 CEST)',
      settings(none, [THU_05]),
      '2026-03-27T12:00:00Z',
      'retinoid',
      'hold',
      '2026-03-29T19:00:00.000Z',
      '2026-03-29T19:00:00.000Z',
      72,
      THU_05,
    ],
    [
      'fragrance 24 h after 0.5 mm',
      settings(none, [THU_05]),
      '2026-03-27T12:00:00Z',
      'fragrance',
      'hold',
      '2026-03-27T19:00:00.000Z',
      '2026-03-27T19:00:00.000Z',
      24,
      THU_05,
    ],
    [
      'chemical filters 24 h after 0.5 mm',
      settings(none, [THU_05]),
      '2026-03-27T12:00:00Z',
      'chemical-sunscreen',
      'hold',
      '2026-03-27T19:00:00.000Z',
      '2026-03-27T19:00:00.000Z',
      24,
      THU_05,
    ],
    [
      'fragrance ok once its window ended',
      settings(none, [THU_05]),
      '2026-03-27T19:00:00Z',
      'fragrance',
      'ok',
      null,
      null,
      24,
      null,
    ],
    [
      'retinoid ok exactly at the end (end is exclusive)',
      settings(none, [THU_05]),
      '2026-03-29T19:00:00Z',
      'retinoid',
      'ok',
      null,
      null,
      72,
      null,
    ],
    [
      'retinoid hold 1 ms before the end',
      settings(none, [THU_05]),
      '2026-03-29T18:59:59.999Z',
      'retinoid',
      'hold',
      '2026-03-29T19:00:00.000Z',
      '2026-03-29T19:00:00.000Z',
      72,
      THU_05,
    ],
    [
      'hold from the first millisecond',
      settings(none, [THU_05]),
      '2026-03-26T19:00:00Z',
      'aha',
      'hold',
      '2026-03-29T19:00:00.000Z',
      '2026-03-29T19:00:00.000Z',
      72,
      THU_05,
    ],
    [
      'override: retinoid 120 h',
      settings(none, [THU_05], { medium: { retinoid: { hold: 120 } } }),
      '2026-03-30T12:00:00Z',
      'retinoid',
      'hold',
      '2026-03-31T19:00:00.000Z',
      '2026-03-31T19:00:00.000Z',
      120,
      THU_05,
    ],
    [
      'override: fragrance 0 h',
      settings(none, [THU_05], { medium: { fragrance: { hold: 0 } } }),
      '2026-03-26T19:00:00Z',
      'fragrance',
      'ok',
      null,
      null,
      0,
      null,
    ],
    [
      'a deep override does not touch a 0.5 mm session',
      settings(none, [THU_05], { deep: { retinoid: { hold: 1 } } }),
      '2026-03-27T12:00:00Z',
      'retinoid',
      'hold',
      '2026-03-29T19:00:00.000Z',
      '2026-03-29T19:00:00.000Z',
      72,
      THU_05,
    ],
  ])('%s', (_name, s, now, category, status, until, clearAt, hours, session) => {
    const [r] = categoryStatus([category], s, Z(now), BERLIN);
    expect(r).toMatchObject({ category, status, hours, session });
    expect(iso(r?.until)).toBe(until);
    expect(iso(r?.clearAt)).toBe(clearAt);
    expect(r?.reason).toBe(status === 'ok' ? null : 'after');
  });

  test('several sessions: the window that ends last wins, each by its own needle length', () => {
    const deep = { at: Z('2026-03-21T19:00:00Z'), needleMm: 1.5 }; // retinoid 168 h -> 28 Mar 19:00Z; fragrance 72 h -> 24 Mar
    const light = { at: Z('2026-03-26T19:00:00Z'), needleMm: 0.25 }; // 24 h -> 27 Mar 19:00Z
    const s = settings(none, [light, deep]);
    const [ret, frag] = categoryStatus(['retinoid', 'fragrance'], s, Z('2026-03-27T00:00:00Z'), BERLIN);
    expect(ret).toMatchObject({ status: 'hold', session: deep, hours: 168, tier: 'very-deep' });
    expect(iso(ret?.until)).toBe('2026-03-28T19:00:00.000Z');
    expect(frag).toMatchObject({ status: 'hold', session: light, hours: 24, tier: 'shallow' });
    expect(iso(frag?.until)).toBe('2026-03-27T19:00:00.000Z');
  });

  test('a tie goes to the more recent session', () => {
    const a = { at: Z('2026-03-20T19:00:00Z'), needleMm: 1.5 }; // 168 h -> 27 Mar 19:00Z
    const b = { at: Z('2026-03-26T19:00:00Z'), needleMm: 0.25 }; // 24 h -> 27 Mar 19:00Z
    const [r] = categoryStatus(['retinoid'], settings(none, [a, b]), Z('2026-03-27T00:00:00Z'), BERLIN);
    expect(r?.session).toEqual(b);
  });

  test('no sessions and no plan: everything ok, hours = what a session with the schedule needle would start', () => {
    const rs = categoryStatus(
      ['retinoid', 'fragrance', 'chemical-sunscreen'],
      settings(none),
      Z('2026-03-27T12:00:00Z'),
      BERLIN,
    );
    expect(rs.map((r) => [r.status, r.until, r.clearAt, r.session, r.reason, r.hours, r.tier])).toEqual([
      ['ok', null, null, null, null, 72, 'medium'],
      ['ok', null, null, null, null, 24, 'medium'],
      ['ok', null, null, null, null, 24, 'medium'],
    ]);
  });

  test('keeps the order of the categories asked for', () => {
    const cats: CategoryId[] = ['vitamin-c', 'retinoid', 'vitamin-c'];
    expect(categoryStatus(cats, settings(none), 0, 'UTC').map((r) => r.category)).toEqual(cats);
  });
});

describe('categoryStatus before a planned session', () => {
  // Thursday 20:00 Berlin, 0.5 mm: Thu 2 Apr 2026 = 18:00Z; retinoid/acid/exfoliant pause 48 h -> Tue 31 Mar 18:00Z.
  const thu = settings(weekly([4]));
  test.each<[string, RecoverySettings, string, CategoryId, string, string | null, number]>([
    [
      'pause starts exactly 48 h before',
      thu,
      '2026-03-31T18:00:00Z',
      'retinoid',
      'hold',
      '2026-04-02T18:00:00.000Z',
      48,
    ],
    ['1 ms before the pause: ok', thu, '2026-03-31T17:59:59.999Z', 'retinoid', 'ok', null, 72],
    [
      'scrubs pause too',
      thu,
      '2026-04-01T12:00:00Z',
      'physical-exfoliant',
      'hold',
      '2026-04-02T18:00:00.000Z',
      48,
    ],
    ['vitamin C has no pre-session pause', thu, '2026-04-01T12:00:00Z', 'vitamin-c', 'ok', null, 72],
    ['fragrance has no pre-session pause', thu, '2026-04-01T12:00:00Z', 'fragrance', 'ok', null, 24],
    [
      'at the session time itself: ok (not yet logged)',
      thu,
      '2026-04-02T18:00:00Z',
      'retinoid',
      'ok',
      null,
      72,
    ],
    [
      'override: pause 0 h',
      settings(weekly([4]), [], { medium: { retinoid: { hold: 72, before: 0 } } }),
      '2026-04-01T12:00:00Z',
      'retinoid',
      'ok',
      null,
      72,
    ],
    [
      'override: pause 96 h',
      settings(weekly([4]), [], { medium: { retinoid: { hold: 72, before: 96 } } }),
      '2026-03-29T18:00:00Z',
      'retinoid',
      'hold',
      '2026-04-02T18:00:00.000Z',
      96,
    ],
    [
      '1.5 mm plan: 7-day pause (this Thursday passed)',
      settings(weekly([4], 1.5)),
      '2026-03-27T00:00:00Z',
      'retinoid',
      'hold',
      '2026-04-02T18:00:00.000Z',
      168,
    ],
  ])('%s', (_name, s, now, category, status, until, hours) => {
    const [r] = categoryStatus([category], s, Z(now), BERLIN);
    expect(r?.status).toBe(status);
    expect(iso(r?.until)).toBe(until);
    expect(r?.hours).toBe(hours);
    if (status === 'hold') {
      expect(r?.reason).toBe('before');
      expect(iso(r?.session?.at)).toBe(until);
    }
  });

  test('pause across the spring-forward night is 48 elapsed hours (Fri 19:00 CET before Sun 20:00 CEST)', () => {
    const sun = settings(weekly([0]));
    const at = (now: string) => categoryStatus(['retinoid'], sun, Z(now), BERLIN)[0]?.status;
    expect(at('2026-03-27T17:59:59.999Z')).toBe('ok');
    expect(at('2026-03-27T18:00:00Z')).toBe('hold');
  });

  test('New York interval plan across spring-forward', () => {
    // every 7 days from Sun 1 Mar; 20:00 local -> Sun 8 Mar 20:00 EDT = 9 Mar 00:00Z; pause from 7 Mar 00:00Z
    const s = settings({
      needleMm: 0.25,
      plan: { kind: 'interval', everyDays: 7, anchor: Z('2026-03-01T17:00:00Z') },
      time: '20:00',
    });
    const [r] = categoryStatus(['aha'], s, Z('2026-03-07T00:00:00Z'), 'America/New_York');
    expect(r).toMatchObject({ status: 'hold', reason: 'before', hours: 48 });
    expect(iso(r?.until)).toBe('2026-03-09T00:00:00.000Z');
  });

  test('after-window running into the next pause: until = window end, clearAt = the next session', () => {
    // 0.5 mm Mon 30 Mar 20:00 CEST (18:00Z); plan Friday 20:00 -> Fri 3 Apr 18:00Z, pause from Wed 1 Apr 18:00Z
    const mon = { at: Z('2026-03-30T18:00:00Z'), needleMm: 0.5 };
    const s = settings(weekly([5]), [mon]);
    const [ret, frag, vitc] = categoryStatus(
      ['retinoid', 'fragrance', 'vitamin-c'],
      s,
      Z('2026-03-31T12:00:00Z'),
      BERLIN,
    );
    expect(ret).toMatchObject({ status: 'hold', reason: 'after', session: mon, hours: 72 });
    expect(iso(ret?.until)).toBe('2026-04-02T18:00:00.000Z');
    expect(iso(ret?.clearAt)).toBe('2026-04-03T18:00:00.000Z');
    expect(iso(frag?.clearAt)).toBe('2026-03-31T18:00:00.000Z'); // no pause for fragrance
    expect(iso(vitc?.clearAt)).toBe('2026-04-02T18:00:00.000Z'); // no pause for vitamin C
    // once the window is over, the pause itself holds
    const [later] = categoryStatus(['retinoid'], s, Z('2026-04-02T18:00:00Z'), BERLIN);
    expect(later).toMatchObject({ status: 'hold', reason: 'before', hours: 48 });
    expect(iso(later?.until)).toBe('2026-04-03T18:00:00.000Z');
  });

  test('a session logged shortly before the planned time counts as that session (no extra pause)', () => {
    // Thursday plan; rolled Thu 19:30 CEST = 17:30Z
    const done = { at: Z('2026-04-02T17:30:00Z'), needleMm: 0.5 };
    const [r] = categoryStatus(
      ['retinoid'],
      settings(weekly([4]), [done]),
      Z('2026-04-02T17:45:00Z'),
      BERLIN,
    );
    expect(r).toMatchObject({ status: 'hold', reason: 'after', session: done });
    expect(iso(r?.until)).toBe('2026-04-05T17:30:00.000Z');
    expect(iso(r?.clearAt)).toBe('2026-04-05T17:30:00.000Z'); // next pause (Tue 7 Apr) starts later
  });

  test('sessions logged in the future are treated as planned, never as done', () => {
    const future = { at: Z('2026-04-10T18:00:00Z'), needleMm: 1.5 };
    const s = settings(none, [future]);
    // very-deep pause 168 h -> from 3 Apr 18:00Z
    const [ret, vitc] = categoryStatus(['retinoid', 'vitamin-c'], s, Z('2026-04-04T00:00:00Z'), BERLIN);
    expect(ret).toMatchObject({
      status: 'hold',
      reason: 'before',
      session: future,
      hours: 168,
      tier: 'very-deep',
    });
    expect(iso(ret?.until)).toBe('2026-04-10T18:00:00.000Z');
    expect(vitc).toMatchObject({ status: 'ok', session: null });
    expect(categoryStatus(['retinoid'], s, Z('2026-04-03T17:00:00Z'), BERLIN)[0]?.status).toBe('ok');
  });
});

let pos = 0;
const finding = (
  category: CategoryId,
  severity: Severity,
  ingredient: string,
  position = ++pos,
): Finding => ({
  category,
  ingredient,
  canonical: ingredient,
  rule: ingredient.toLowerCase(),
  position,
  list: null,
  match: { kind: 'exact' },
  severity,
  reason: '',
  why: '',
  source: '',
});

describe('verdict', () => {
  const retinal = finding('retinoid', 'high', 'Retinal', 6);
  const parfum = finding('fragrance', 'high', 'Parfum', 12);
  const citric = finding('aha', 'low', 'Citric Acid', 20);
  const bakuchiol = finding('retinoid', 'note', 'Bakuchiol', 4);
  const findings = [bakuchiol, citric, parfum, retinal];

  test('inside the window: hold / caution / informational, most serious first', () => {
    const v = verdict(findings, settings(none, [THU_05]), Z('2026-03-27T12:00:00Z'), BERLIN);
    expect(v.state).toBe('hold');
    expect(iso(v.until)).toBe('2026-03-29T19:00:00.000Z');
    expect(v.checked).toEqual(['retinoid', 'aha', 'fragrance']);
    expect(v.at).toBe(Z('2026-03-27T12:00:00Z'));
    expect(v.items.map((i) => [i.finding.ingredient, i.status, iso(i.until), i.hours, i.reason])).toEqual([
      ['Retinal', 'hold', '2026-03-29T19:00:00.000Z', 72, 'after'],
      ['Parfum', 'hold', '2026-03-27T19:00:00.000Z', 24, 'after'],
      ['Citric Acid', 'caution', '2026-03-29T19:00:00.000Z', 72, 'after'],
      ['Bakuchiol', 'ok', null, 72, 'after'],
    ]);
    expect(v.items[0]?.session).toEqual(THU_05);
    expect(v.items[0]?.window.category).toBe('retinoid');
  });

  test('only low-severity findings in the window: caution until the latest end', () => {
    const v = verdict(
      [citric, finding('fragrance', 'low', 'Limonene', 30)],
      settings(none, [THU_05]),
      Z('2026-03-27T12:00:00Z'),
      BERLIN,
    );
    expect(v.state).toBe('caution');
    expect(iso(v.until)).toBe('2026-03-29T19:00:00.000Z');
    expect(v.items.map((i) => i.status)).toEqual(['caution', 'caution']);
  });

  test('fragrance window over, retinoid still running', () => {
    const v = verdict(findings, settings(none, [THU_05]), Z('2026-03-28T12:00:00Z'), BERLIN);
    expect(v.items.map((i) => [i.finding.ingredient, i.status])).toEqual([
      ['Retinal', 'hold'],
      ['Citric Acid', 'caution'],
      ['Parfum', 'ok'],
      ['Bakuchiol', 'ok'],
    ]);
  });

  test('outside every window: clear, ok items in severity then position order', () => {
    const v = verdict(findings, settings(none, [THU_05]), Z('2026-04-01T12:00:00Z'), BERLIN);
    expect(v.state).toBe('clear');
    expect(v.until).toBeNull();
    expect(v.items.map((i) => [i.finding.ingredient, i.status, i.until])).toEqual([
      ['Retinal', 'ok', null],
      ['Parfum', 'ok', null],
      ['Citric Acid', 'ok', null],
      ['Bakuchiol', 'ok', null],
    ]);
  });

  test('pre-session pause: hold until the session, the verdict until is the merged clearAt', () => {
    const mon = { at: Z('2026-03-30T18:00:00Z'), needleMm: 0.5 };
    const v = verdict([retinal, parfum], settings(weekly([5]), [mon]), Z('2026-03-31T12:00:00Z'), BERLIN);
    expect(v.state).toBe('hold');
    expect(iso(v.until)).toBe('2026-04-03T18:00:00.000Z');
    expect(iso(v.items[0]?.until)).toBe('2026-04-03T18:00:00.000Z');
    expect(iso(v.items[0]?.window.until)).toBe('2026-04-02T18:00:00.000Z');
  });

  test('no findings', () => {
    expect(verdict([], settings(none, [THU_05]), Z('2026-03-27T12:00:00Z'), BERLIN)).toEqual({
      state: 'clear',
      until: null,
      items: [],
      checked: [],
      at: Z('2026-03-27T12:00:00Z'),
    });
  });

  test('deleting the session clears the verdict', () => {
    const v = verdict([retinal], settings(none, []), Z('2026-03-27T12:00:00Z'), BERLIN);
    expect(v.state).toBe('clear');
  });
});

describe('recoveryState', () => {
  test.each<[string, RecoverySettings, string, string, string | null, string | null]>([
    // [name, settings, now, state, nextChange, session.at]
    ['nothing at all', settings(none), '2026-03-27T12:00:00Z', 'clear', null, null],
    [
      'fresh: longest 0.5 mm window is 72 h',
      settings(none, [THU_05]),
      '2026-03-27T12:00:00Z',
      'fresh',
      '2026-03-29T19:00:00.000Z',
      '2026-03-26T19:00:00.000Z',
    ],
    [
      'fresh: 1.5 mm -> 7 days',
      settings(none, [{ at: THU_05.at, needleMm: 1.5 }]),
      '2026-03-27T12:00:00Z',
      'fresh',
      '2026-04-02T19:00:00.000Z',
      '2026-03-26T19:00:00.000Z',
    ],
    [
      'fresh: 0.25 mm -> 24 h',
      settings(none, [{ at: THU_05.at, needleMm: 0.25 }]),
      '2026-03-27T12:00:00Z',
      'fresh',
      '2026-03-27T19:00:00.000Z',
      '2026-03-26T19:00:00.000Z',
    ],
    ['window over, no plan', settings(none, [THU_05]), '2026-03-29T19:00:00Z', 'clear', null, null],
    [
      'clear until the pause before Thursday',
      settings(weekly([4])),
      '2026-03-30T12:00:00Z',
      'clear',
      '2026-03-31T18:00:00.000Z',
      '2026-04-02T18:00:00.000Z',
    ],
    [
      'pre-session until Thursday 20:00',
      settings(weekly([4])),
      '2026-03-31T20:00:00Z',
      'pre-session',
      '2026-04-02T18:00:00.000Z',
      '2026-04-02T18:00:00.000Z',
    ],
    [
      'fresh wins over pre-session',
      settings(weekly([5]), [{ at: Z('2026-03-30T18:00:00Z'), needleMm: 0.5 }]),
      '2026-04-02T12:00:00Z',
      'fresh',
      '2026-04-02T18:00:00.000Z',
      '2026-03-30T18:00:00.000Z',
    ],
    [
      'no pauses at all (overrides): next change is the session',
      settings(weekly([4]), [], {
        medium: {
          retinoid: { hold: 72, before: 0 },
          aha: { hold: 72, before: 0 },
          bha: { hold: 72, before: 0 },
          pha: { hold: 72, before: 0 },
          'azelaic-acid': { hold: 72, before: 0 },
          enzyme: { hold: 72, before: 0 },
          'physical-exfoliant': { hold: 72, before: 0 },
        },
      }),
      '2026-04-01T12:00:00Z',
      'clear',
      '2026-04-02T18:00:00.000Z',
      '2026-04-02T18:00:00.000Z',
    ],
    [
      'future logged session: clear until its pause',
      settings(none, [{ at: Z('2026-04-10T18:00:00Z'), needleMm: 0.5 }]),
      '2026-04-01T12:00:00Z',
      'clear',
      '2026-04-08T18:00:00.000Z',
      '2026-04-10T18:00:00.000Z',
    ],
  ])('%s', (_name, s, now, state, nextChange, sessionAt) => {
    const r = recoveryState(s, Z(now), BERLIN);
    expect(r.state).toBe(state);
    expect(iso(r.nextChange)).toBe(nextChange);
    expect(iso(r.session?.at)).toBe(sessionAt);
  });

  test('Sydney, across the April fall-back: 72 h elapsed', () => {
    // Sat 4 Apr 2026 20:00 AEDT = 09:00Z; +72 h = 7 Apr 09:00Z (19:00 AEST)
    const s = settings(none, [{ at: Z('2026-04-04T09:00:00Z'), needleMm: 0.5 }]);
    expect(iso(recoveryState(s, Z('2026-04-05T00:00:00Z'), 'Australia/Sydney').nextChange)).toBe(
      '2026-04-07T09:00:00.000Z',
    );
  });
});

describe('reminders', () => {
  test('pause reminders for the next two weeks (Berlin, Thursday 20:00, 0.5 mm)', () => {
    const r = reminders(settings(weekly([4])), Z('2026-03-30T08:00:00Z'), BERLIN);
    expect(r.map((x) => [x.kind, iso(x.at), x.text])).toEqual([
      [
        'pause',
        '2026-03-31T18:00:00.000Z',
        'Rolling night Thursday: pause retinoids, acids and exfoliants from Tuesday 20:00',
      ],
      [
        'pause',
        '2026-04-07T18:00:00.000Z',
        'Rolling night Thursday 9 April: pause retinoids, acids and exfoliants from Tuesday 7 April 20:00',
      ],
    ]);
    expect(r[0]?.categories).toEqual([
      'retinoid',
      'aha',
      'bha',
      'pha',
      'azelaic-acid',
      'enzyme',
      'physical-exfoliant',
    ]);
    expect(iso(r[0]?.session.at)).toBe('2026-04-02T18:00:00.000Z');
  });

  test('New York across spring-forward: the pause starts 48 elapsed hours before (Friday 19:00 EST)', () => {
    const r = reminders(settings(weekly([0])), Z('2026-03-05T12:00:00Z'), 'America/New_York');
    expect(r[0]?.text).toBe('Rolling night Sunday: pause retinoids, acids and exfoliants from Friday 19:00');
    expect(iso(r[0]?.at)).toBe('2026-03-07T00:00:00.000Z');
  });

  test('window over after the latest session', () => {
    const r = reminders(settings(none, [THU_05]), Z('2026-03-27T12:00:00Z'), BERLIN);
    expect(r.map((x) => [x.kind, iso(x.at), x.text])).toEqual([
      ['window-over', '2026-03-29T19:00:00.000Z', 'Your 72 h window after the 0.5 mm session is over'],
    ]);
    expect(r[0]?.categories).toEqual([
      'retinoid',
      'aha',
      'bha',
      'pha',
      'azelaic-acid',
      'enzyme',
      'physical-exfoliant',
      'benzoyl-peroxide',
      'vitamin-c',
      'hydroquinone',
      'drying-alcohol',
      'astringent',
    ]);
  });

  test('window over for a 1.5 mm session, Tokyo morning session, partial override', () => {
    const s = settings(none, [{ at: Z('2026-03-01T00:00:00Z'), needleMm: 1.5 }], {
      'very-deep': { 'drying-alcohol': { hold: 240 } },
    });
    const r = reminders(s, Z('2026-03-02T00:00:00Z'), 'Asia/Tokyo');
    expect(r.map((x) => [iso(x.at), x.text, x.categories])).toEqual([
      ['2026-03-11T00:00:00.000Z', 'Your 10-day window after the 1.5 mm session is over', ['drying-alcohol']],
    ]);
  });

  test('a pause already running is not reminded again; nothing when nothing is planned', () => {
    expect(reminders(settings(weekly([4])), Z('2026-04-01T12:00:00Z'), BERLIN).map((x) => iso(x.at))).toEqual(
      ['2026-04-07T18:00:00.000Z'],
    );
    expect(reminders(settings(none), Z('2026-04-01T12:00:00Z'), BERLIN)).toEqual([]);
    expect(reminders(settings(weekly([])), Z('2026-04-01T12:00:00Z'), BERLIN)).toEqual([]);
  });

  test('morning sessions are a "rolling day"; sorted by time with window-over first here', () => {
    const s = settings(weekly([6], 0.25, '09:00'), [{ at: Z('2026-03-30T07:00:00Z'), needleMm: 0.25 }]);
    const r = reminders(s, Z('2026-03-30T08:00:00Z'), BERLIN);
    expect(r.map((x) => [x.kind, iso(x.at), x.text])).toEqual([
      ['window-over', '2026-03-31T07:00:00.000Z', 'Your 24 h window after the 0.25 mm session is over'],
      [
        'pause',
        '2026-04-02T07:00:00.000Z',
        'Rolling day Saturday: pause retinoids, acids and exfoliants from Thursday 09:00',
      ],
      [
        'pause',
        '2026-04-09T07:00:00.000Z',
        'Rolling day Saturday 11 April: pause retinoids, acids and exfoliants from Thursday 9 April 09:00',
      ],
    ]);
  });
});
