import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSessions, loadSettings, loadSkipped, repairsItem, skipPlanned } from '../../src/storage';

beforeEach(() => fakeBrowser.reset());

describe('stored settings', () => {
  test('a corrupt field is repaired in storage and reported; the other fields are kept', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        needleMm: 'a lot',
        plan: { kind: 'weekdays', days: [2] },
        time: '07:15',
        overrides: {},
        reminders: true,
      },
      settings$: { v: 2 },
    });
    const s = await loadSettings(1000);
    expect(s).toEqual({
      needleMm: 0.5,
      plan: { kind: 'weekdays', days: [2] },
      time: '07:15',
      overrides: {},
      reminders: true,
      checklist: true,
    });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(s);
    expect(await repairsItem.getValue()).toEqual([{ at: 1000, fields: ['needleMm'] }]);
  });

  test('a v1 value is migrated on first read, not reset', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        needleMm: 1.5,
        plan: { kind: 'none' },
        time: '20:00',
        reminders: false,
        overrides: { bha: { hold: 150 } },
      },
      settings$: { v: 1 },
    });
    // Migrations run when the item is defined (extension start-up): load the module afresh, as a start would.
    vi.resetModules();
    const fresh = await import('../../src/storage');
    const s = await fresh.settingsItem.getValue();
    expect(s.needleMm).toBe(1.5);
    expect(s.overrides['very-deep']).toEqual({ bha: { hold: 150 } });
    expect(s.overrides.shallow).toEqual({ bha: { hold: 150 } });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
  });

  test('a v2 value with its version marker missing keeps every override (issue 12)', async () => {
    const overrides = { medium: { retinoid: { hold: 96 } }, deep: { aha: { hold: 150, before: 24 } } };
    await fakeBrowser.storage.sync.set({
      settings: { needleMm: 0.5, plan: { kind: 'none' }, time: '20:00', reminders: false, overrides },
    });
    vi.resetModules();
    const fresh = await import('../../src/storage');
    expect((await fresh.loadSettings()).overrides).toEqual(overrides);
    expect(await fresh.repairsItem.getValue()).toEqual([]);
  });

  test('nothing stored: defaults, and no repair reported', async () => {
    expect((await loadSettings()).needleMm).toBe(0.5);
    expect(await repairsItem.getValue()).toEqual([]);
  });

  test('a session log with one bad entry keeps the good ones', async () => {
    const at = Date.UTC(2026, 2, 1);
    await fakeBrowser.storage.local.set({ sessions: [{ at, needleMm: 0.5 }, { at: 'x' }] });
    expect(await loadSessions(at + 9)).toEqual([{ at, needleMm: 0.5 }]);
    expect(await repairsItem.getValue()).toEqual([{ at: at + 9, fields: ['sessions:invalid:1'] }]);
  });

  test('answers to "Did you roll?": a bad entry is dropped and said so; skipping twice keeps one', async () => {
    const at = Date.UTC(2026, 2, 29, 18);
    await fakeBrowser.storage.local.set({ 'skipped-sessions': [at, 'x', 8.64e15] });
    expect(await loadSkipped(at + 9)).toEqual([at]);
    expect(await repairsItem.getValue()).toEqual([{ at: at + 9, fields: ['skipped:invalid:2'] }]);
    await skipPlanned(at);
    await skipPlanned(at + 7 * 86_400_000);
    expect(await loadSkipped()).toEqual([at, at + 7 * 86_400_000]);
  });
});
