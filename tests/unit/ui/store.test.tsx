// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_WINDOWS } from '../../../src/recovery';
import { makeExport, type Settings } from '../../../src/settings';
import { sessionsItem, settingsItem, skippedItem } from '../../../src/storage';
import { useStore } from '../../../src/ui/store';

const settings: Settings = {
  needleMm: 0.5,
  plan: { kind: 'weekdays', days: [2] },
  time: '21:00',
  overrides: {},
  reminders: false,
  checklist: true,
};
/** A real instant: stored sessions outside 2000-2100 are invalid (src/recovery/limits.ts). */
const T = Date.UTC(2026, 2, 1);

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue(settings);
  await sessionsItem.setValue([{ at: T + 1_000, needleMm: 0.5 }]);
});

async function loaded() {
  const hook = renderHook(() => useStore());
  await waitFor(() => expect(hook.result.current.settings && hook.result.current.sessions).toBeTruthy());
  return hook;
}

describe('useStore', () => {
  test('reads settings and sessions, and follows a change made elsewhere', async () => {
    const { result } = await loaded();
    expect(result.current.settings).toEqual(settings);
    expect(result.current.sessions).toEqual([{ at: T + 1_000, needleMm: 0.5 }]);
    await settingsItem.setValue({ ...settings, time: '07:00' });
    await waitFor(() => expect(result.current.settings?.time).toBe('07:00'));
  });

  test('a patch keeps every other field, including one another open page changed meanwhile', async () => {
    const a = await loaded();
    const b = await loaded();
    await a.result.current.update.patchSettings({ needleMm: 1 });
    // Page b has not re-rendered with needleMm 1 yet when its user edits the time.
    const before = Date.now();
    await b.result.current.update.patchSettings({ time: '06:30' });
    const { since, ...stored } = await settingsItem.getValue();
    expect(stored).toEqual({ ...settings, needleMm: 1, time: '06:30' });
    // A new time starts the plan anew: its slots before now are never asked about ("Did you roll?").
    expect(since).toBeGreaterThanOrEqual(before);
    await waitFor(() => expect(a.result.current.settings).toMatchObject({ needleMm: 1, time: '06:30' }));
  });

  test('editing one hour of a window keeps the other, and a reset goes back to the default', async () => {
    const { result } = await loaded();
    await result.current.update.setWindow('medium', 'retinoid', { hold: 96 });
    const before = DEFAULT_WINDOWS.medium.retinoid.before;
    expect((await settingsItem.getValue()).overrides).toEqual({ medium: { retinoid: { hold: 96, before } } });
    await result.current.update.setWindow('medium', 'retinoid', { before: 12 });
    expect((await settingsItem.getValue()).overrides).toEqual({
      medium: { retinoid: { hold: 96, before: 12 } },
    });
    await result.current.update.resetWindow('medium', 'retinoid');
    expect((await settingsItem.getValue()).overrides).toEqual({});
  });

  test('logs and deletes sessions', async () => {
    const { result } = await loaded();
    await result.current.update.logSession(T + 7_200_000);
    expect(await sessionsItem.getValue()).toEqual([
      { at: T + 1_000, needleMm: 0.5 },
      { at: T + 7_200_000, needleMm: 0.5 },
    ]);
    // The same session logged again within the hour is refused, with nothing written.
    expect(await result.current.update.logSession(T + 1_000 + 59 * 60_000)).toEqual({
      ok: false,
      refused: 'duplicate',
    });
    await result.current.update.deleteSession(T + 1_000);
    expect(await sessionsItem.getValue()).toEqual([{ at: T + 7_200_000, needleMm: 0.5 }]);
  });

  test('"No, I did not roll" is kept once per planned session, and followed', async () => {
    const { result } = await loaded();
    await result.current.update.skipPlanned(T + 3_600_000);
    await result.current.update.skipPlanned(T + 3_600_000);
    expect(await skippedItem.getValue()).toEqual([T + 3_600_000]);
    await waitFor(() => expect(result.current.skipped).toEqual([T + 3_600_000]));
  });

  test('an import is all or nothing', async () => {
    const { result } = await loaded();
    const bad = await result.current.update.importBackup('{"format":"needle-safe-settings","version":2}');
    expect(bad.ok).toBe(false);
    expect(await settingsItem.getValue()).toEqual(settings);
    const other: Settings = { ...settings, needleMm: 1.5, plan: { kind: 'none' } };
    const file = JSON.stringify(makeExport(other, [{ at: T + 9_000, needleMm: 1.5 }], T + 10_000));
    expect(await result.current.update.importBackup(file)).toMatchObject({ ok: true });
    expect(await settingsItem.getValue()).toEqual(other);
    expect(await sessionsItem.getValue()).toEqual([{ at: T + 9_000, needleMm: 1.5 }]);
  });

  test('reminders switch on only when the notifications permission is granted', async () => {
    const { result } = await loaded();
    // fakeBrowser types permissions.request as returning nothing; the real API resolves to granted or not.
    const request = vi.spyOn(fakeBrowser.permissions, 'request') as unknown as MockInstance<
      () => Promise<boolean>
    >;
    request.mockResolvedValueOnce(false);
    await result.current.update.setReminders(true);
    expect((await settingsItem.getValue()).reminders).toBe(false);
    request.mockResolvedValueOnce(true);
    await result.current.update.setReminders(true);
    expect((await settingsItem.getValue()).reminders).toBe(true);
    await result.current.update.setReminders(false);
    expect((await settingsItem.getValue()).reminders).toBe(false);
    // Switching off asks for nothing.
    expect(request).toHaveBeenCalledTimes(2);
  });
});
