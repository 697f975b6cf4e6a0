import { describe, expect, test } from 'vitest';
import {
  defaultSettings,
  makeExport,
  parseImport,
  repairSessions,
  repairSettings,
  repairSkipped,
  settingsMigrations,
  type Settings,
  MAX_IMPORT_CHARS,
} from '../../src/settings';
import { MAX_SESSIONS } from '../../src/recovery/limits';

const good: Settings = {
  needleMm: 1,
  plan: { kind: 'weekdays', days: [1, 4] },
  time: '21:30',
  overrides: { medium: { retinoid: { hold: 96, before: 48 } } },
  reminders: true,
  checklist: true,
};
const T = Date.UTC(2026, 2, 1); // a real instant inside the stored range

describe('repairSettings', () => {
  test('keeps a valid value as it is', () => {
    expect(repairSettings(good)).toEqual({ value: good, repaired: [] });
  });

  test('nothing stored gives the defaults and reports no repair', () => {
    expect(repairSettings(undefined)).toEqual({ value: defaultSettings(), repaired: [] });
  });

  test.each([
    ['needleMm', 7, 0.5],
    ['needleMm', 'half a millimetre', 0.5],
    ['needleMm', Number.NaN, 0.5],
    ['time', '25:99', '20:00'],
    ['time', 2030, '20:00'],
    ['reminders', 'yes', false],
    ['plan', { kind: 'weekdays', days: [1, 9] }, { kind: 'none' }],
    ['plan', { kind: 'interval', everyDays: 0, anchor: 1 }, { kind: 'none' }],
    ['plan', 'every sunday', { kind: 'none' }],
    // Issue 12: an anchor near the end of Date's range was accepted and blanked the options page.
    ['plan', { kind: 'interval', everyDays: 7, anchor: 8.64e15 }, { kind: 'none' }],
    ['plan', { kind: 'interval', everyDays: 7, anchor: -1 }, { kind: 'none' }],
    ['checklist', 'off', true],
  ])('a bad %s (%j) is repaired alone; every other field is kept', (field, bad, repairedTo) => {
    const { value, repaired } = repairSettings({ ...good, [field]: bad });
    expect(repaired).toEqual([field]);
    expect(value).toEqual({ ...good, [field]: repairedTo });
  });

  test('a broken override is dropped; valid overrides next to it survive', () => {
    const { value, repaired } = repairSettings({
      ...good,
      overrides: {
        medium: { retinoid: { hold: 96 }, aha: { hold: -5 }, nonsense: { hold: 3 } },
        deep: { bha: { hold: 120, before: 'x' } },
        moon: { aha: { hold: 1 } },
      },
    });
    expect(value.overrides).toEqual({ medium: { retinoid: { hold: 96 } } });
    expect(repaired).toEqual([
      'override:medium/aha',
      'override:medium/nonsense',
      'override:deep/bha',
      'override:moon',
    ]);
    expect(value.needleMm).toBe(1);
  });

  test('a value that is not an object at all falls back to defaults and says so', () => {
    expect(repairSettings('garbage')).toEqual({
      value: defaultSettings(),
      repaired: ['settings:not-an-object'],
    });
  });

  test('the instant the plan was set is kept in range, or dropped alone', () => {
    expect(repairSettings({ ...good, since: T })).toEqual({ value: { ...good, since: T }, repaired: [] });
    expect(repairSettings({ ...good, since: 8.64e15 })).toEqual({ value: good, repaired: ['since'] });
  });

  test('weekday lists are de-duplicated and sorted', () => {
    expect(repairSettings({ ...good, plan: { kind: 'weekdays', days: [4, 1, 4] } }).value.plan).toEqual({
      kind: 'weekdays',
      days: [1, 4],
    });
  });
});

describe('repairSessions', () => {
  test('drops only the invalid entries, sorts and de-duplicates', () => {
    const { value, repaired } = repairSessions([
      { at: T + 3000, needleMm: 0.5 },
      { at: T + 1000, needleMm: 1 },
      { at: T + 3000, needleMm: 0.5 },
      { at: 'yesterday', needleMm: 0.5 },
      { at: T + 2000, needleMm: 9 },
      null,
      { at: 8.64e15, needleMm: 0.5 }, // Date's last instant: Intl throws RangeError on it (issue 12)
      { at: 1000, needleMm: 0.5 }, // 1970: not a session anybody logged
    ]);
    expect(value).toEqual([
      { at: T + 1000, needleMm: 1 },
      { at: T + 3000, needleMm: 0.5 },
    ]);
    expect(repaired).toEqual(['sessions:invalid:6']);
  });

  test('says how many valid sessions were dropped at the cap, keeping the newest', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ at: T + i * 60_000, needleMm: 0.5 }));
    const { value, repaired } = repairSessions(many);
    expect(value).toHaveLength(MAX_SESSIONS);
    expect(value[0]!.at).toBe(many[50_000 - MAX_SESSIONS]!.at);
    expect(repaired).toEqual([`sessions:over-cap:${50_000 - MAX_SESSIONS}`]);
  });

  test('a non-list is replaced by an empty log, and said so', () => {
    expect(repairSessions({ at: 1 })).toEqual({ value: [], repaired: ['sessions:not-a-list'] });
  });
});

describe('repairSkipped', () => {
  test('keeps valid instants, sorted and unique; counts the rest', () => {
    expect(repairSkipped([T + 2, T, T + 2, 'x', 8.64e15])).toEqual({
      value: [T, T + 2],
      repaired: ['skipped:invalid:2'],
    });
    expect(repairSkipped(undefined)).toEqual({ value: [], repaired: [] });
  });
});

describe('migrations', () => {
  test('v1 -> v2 copies per-category overrides to every depth tier and keeps the rest', () => {
    const v1 = {
      needleMm: 0.75,
      plan: { kind: 'none' },
      time: '20:00',
      reminders: false,
      overrides: { retinoid: { hold: 120 } },
    };
    const v2 = settingsMigrations[2]!(v1);
    expect(v2).toEqual({
      needleMm: 0.75,
      plan: { kind: 'none' },
      time: '20:00',
      reminders: false,
      overrides: {
        shallow: { retinoid: { hold: 120 } },
        medium: { retinoid: { hold: 120 } },
        deep: { retinoid: { hold: 120 } },
        'very-deep': { retinoid: { hold: 120 } },
      },
    });
    expect(repairSettings(v2).repaired).toEqual([]);
  });

  test('a v2 value whose version marker is missing is not migrated again (issue 12)', () => {
    // @wxt-dev/storage reads a missing `settings$` as version 1 and runs migration 2 on the v2 value.
    expect(settingsMigrations[2]!(good)).toEqual(good);
    expect(repairSettings(settingsMigrations[2]!(good)).value.overrides).toEqual(good.overrides);
  });

  test('v1 -> v2 without overrides gives empty overrides', () => {
    expect(settingsMigrations[2]!({ needleMm: 0.5 })).toEqual({ needleMm: 0.5, overrides: {} });
  });
});

describe('export and import', () => {
  const sessions = [{ at: 1_700_000_000_000, needleMm: 0.5 }];

  test('an export imports back to the same settings and sessions', () => {
    const file = JSON.stringify(makeExport(good, sessions, 1_700_000_000_000));
    expect(parseImport(file)).toEqual({ ok: true, settings: good, sessions });
  });

  test('a v1 export is migrated on import', () => {
    const file = JSON.stringify({
      format: 'needle-safe-settings',
      version: 1,
      settings: { ...good, overrides: { aha: { hold: 100 } } },
      sessions,
    });
    const res = parseImport(file);
    expect(res.ok && res.settings.overrides.deep).toEqual({ aha: { hold: 100 } });
  });

  test.each([
    ['not JSON', '{nope', { code: 'not-json' }],
    ['another JSON file', '{"hello": 1}', { code: 'not-an-export' }],
    [
      'a future version',
      '{"format":"needle-safe-settings","version":99,"settings":{}}',
      { code: 'unsupported-version', version: '99' },
    ],
    ['a huge file', ' '.repeat(MAX_IMPORT_CHARS + 1), { code: 'too-large' }],
    [
      'an invalid field',
      JSON.stringify({
        format: 'needle-safe-settings',
        version: 2,
        settings: { ...good, needleMm: 12 },
        sessions: [],
      }),
      { code: 'invalid-values', problems: ['needleMm'] },
    ],
    [
      'a session at the end of the Date range',
      JSON.stringify({
        format: 'needle-safe-settings',
        version: 2,
        settings: good,
        sessions: [{ at: 8.64e15, needleMm: 0.5 }],
      }),
      { code: 'invalid-values', problems: ['sessions:invalid:1'] },
    ],
    [
      'a broken session',
      JSON.stringify({ format: 'needle-safe-settings', version: 2, settings: good, sessions: [{ at: 'x' }] }),
      { code: 'invalid-values', problems: ['sessions:invalid:1'] },
    ],
    [
      'no settings',
      JSON.stringify({ format: 'needle-safe-settings', version: 2 }),
      { code: 'invalid-values', problems: ['settings:missing'] },
    ],
  ])('rejects %s with a reason code', (_what, text, error) => {
    expect(parseImport(text)).toEqual({ ok: false, error });
  });
});
