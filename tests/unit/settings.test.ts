import { describe, expect, test } from 'vitest';
import {
  defaultSettings,
  makeExport,
  parseImport,
  repairSessions,
  repairSettings,
  settingsMigrations,
  type Settings,
} from '../../src/settings';

const good: Settings = {
  needleMm: 1,
  plan: { kind: 'weekdays', days: [1, 4] },
  time: '21:30',
  overrides: { medium: { retinoid: { hold: 96, before: 48 } } },
  reminders: true,
};

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
  ])('a bad %s (%j) is repaired alone; every other field is kept', (field, bad, repairedTo) => {
    const { value, repaired } = repairSettings({ ...good, [field]: bad });
    expect(repaired).toEqual([
      { needleMm: 'needle length', time: 'usual time', reminders: 'reminders', plan: 'planned sessions' }[
        field
      ],
    ]);
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
      'window override medium/aha',
      'window override medium/nonsense',
      'window override deep/bha',
      'window overrides (moon)',
    ]);
    expect(value.needleMm).toBe(1);
  });

  test('a value that is not an object at all falls back to defaults and says so', () => {
    expect(repairSettings('garbage')).toEqual({
      value: defaultSettings(),
      repaired: ['settings (not an object)'],
    });
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
      { at: 3000, needleMm: 0.5 },
      { at: 1000, needleMm: 1 },
      { at: 3000, needleMm: 0.5 },
      { at: 'yesterday', needleMm: 0.5 },
      { at: 2000, needleMm: 9 },
      null,
    ]);
    expect(value).toEqual([
      { at: 1000, needleMm: 1 },
      { at: 3000, needleMm: 0.5 },
    ]);
    expect(repaired).toEqual(['session log (4 invalid entries removed)']);
  });

  test('a non-list is replaced by an empty log, and said so', () => {
    expect(repairSessions({ at: 1 })).toEqual({ value: [], repaired: ['session log (not a list)'] });
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
    ['not JSON', '{nope', 'not valid JSON'],
    ['another JSON file', '{"hello": 1}', 'not a Needle Safe settings export'],
    [
      'a future version',
      '{"format":"needle-safe-settings","version":99,"settings":{}}',
      'Unsupported export version 99',
    ],
    [
      'an invalid field',
      JSON.stringify({
        format: 'needle-safe-settings',
        version: 2,
        settings: { ...good, needleMm: 12 },
        sessions: [],
      }),
      'invalid values (needle length)',
    ],
    [
      'a broken session',
      JSON.stringify({ format: 'needle-safe-settings', version: 2, settings: good, sessions: [{ at: 'x' }] }),
      'session log (1 invalid entry removed)',
    ],
    ['no settings', JSON.stringify({ format: 'needle-safe-settings', version: 2 }), 'settings missing'],
  ])('rejects %s with a clear message', (_what, text, message) => {
    const res = parseImport(text);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toContain(message);
  });
});
