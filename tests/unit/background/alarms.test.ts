import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RECOVERY_ALARM, REMINDER_ALARM, schedule } from '../../../src/background/alarms';
import { recoveryState, reminders } from '../../../src/recovery';
import { toRecovery, type Settings } from '../../../src/settings';
import { settingsItem } from '../../../src/storage';

beforeEach(() => fakeBrowser.reset());

describe('schedule (alarms)', () => {
  const NOW = Date.UTC(2026, 10, 16, 12, 0); // Monday 16 Nov 2026, 12:00 UTC
  const settings: Settings = {
    needleMm: 0.5,
    plan: { kind: 'weekdays', days: [4] },
    time: '20:00',
    overrides: {},
    reminders: true,
    checklist: true,
  };

  test('arms one alarm at the next change of the recovery state and one at the next reminder', async () => {
    await settingsItem.setValue(settings);
    await schedule(NOW);
    const rs = toRecovery(settings, []);
    const next = recoveryState(rs, NOW).nextChange!;
    expect(next).toBeGreaterThan(NOW);
    expect((await fakeBrowser.alarms.get(RECOVERY_ALARM))?.scheduledTime).toBe(next + 1000);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(
      reminders(rs, NOW).find((r) => r.at > NOW)!.at,
    );
  });

  test('no reminder alarm when reminders are off', async () => {
    await settingsItem.setValue({ ...settings, reminders: false });
    await schedule(NOW);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(RECOVERY_ALARM)).toBeDefined();
  });

  test('nothing planned, nothing logged: no alarms at all', async () => {
    await settingsItem.setValue({ ...settings, plan: { kind: 'none' } });
    await schedule(NOW);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
