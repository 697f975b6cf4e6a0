import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { useCatalogue } from '../ui/fake-i18n';
import {
  ASK_AFTER_MS,
  dueReminders,
  onAlarm,
  RECOVERY_ALARM,
  REMINDER_ALARM,
  schedule,
} from '../../../src/background/alarms';
import { recoveryState, reminders } from '../../../src/recovery';
import { toRecovery, type Settings } from '../../../src/settings';
import { sessionsItem, settingsItem, skippedItem } from '../../../src/storage';

beforeEach(() => {
  fakeBrowser.reset();
  useCatalogue('en', 'en-GB');
});

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
    const ctx = { settings, sessions: [], skipped: [], recovery: rs, now: NOW };
    const first = dueReminders(ctx, NOW + 1)[0]!;
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(first.at);
    // The earliest of every kind: here the pause before Thursday (the pure reminders of status.ts).
    expect(first.at).toBe(reminders(rs, NOW).find((r) => r.at > NOW)!.at);
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

  describe('reminder kinds', () => {
    // Thursday 19 Nov 2026 20:00 in the runtime's zone, as the pure code computes it.
    const thursday = (): number => {
      const ctx = { settings, sessions: [], skipped: [], recovery: toRecovery(settings, []), now: NOW };
      return dueReminders(ctx, NOW).find((r) => r.id.startsWith('did-you-roll-'))!.at - ASK_AFTER_MS;
    };
    const notified = () =>
      (
        vi.mocked(fakeBrowser.notifications.create).mock.calls as unknown as [string, { message: string }][]
      ).map(([id, o]) => [id, o.message]);
    async function fire(at: number): Promise<void> {
      vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
      vi.spyOn(fakeBrowser.notifications, 'create')
        .mockClear()
        .mockResolvedValue('' as never);
      await onAlarm(REMINDER_ALARM, at);
    }

    test('"Did you roll?" is notified an hour after the planned time while unanswered', async () => {
      await settingsItem.setValue(settings);
      const slot = thursday();
      await fire(slot + ASK_AFTER_MS);
      expect(notified()).toContainEqual([`did-you-roll-${slot}`, expect.stringContaining('?')]);
    });

    test('an answered session is not asked about', async () => {
      await settingsItem.setValue(settings);
      const slot = thursday();
      await skippedItem.setValue([slot]);
      await fire(slot + ASK_AFTER_MS);
      expect(notified().map(([id]) => id)).not.toContain(`did-you-roll-${slot}`);
    });

    test('an unanswered planned session counts as rolled: its window, not the older one, ends the hold', async () => {
      // logged on Monday 00:00 UTC; Thursday 20:00 planned and not answered yet, asked about on Friday
      const logged = NOW - 12 * 3_600_000;
      await settingsItem.setValue(settings);
      await sessionsItem.setValue([{ at: logged, needleMm: 0.5 }]);
      const slot = thursday();
      const friday = slot + 14 * 3_600_000;
      const ctx = {
        settings,
        sessions: [{ at: logged, needleMm: 0.5 }],
        skipped: [],
        recovery: toRecovery(settings, [{ at: logged, needleMm: 0.5 }]),
        now: friday,
      };
      const over = dueReminders(ctx, friday).filter((r) => r.id.startsWith('window-over-'));
      // "window over" only after the planned session's window, as the popup and badge see it
      expect(over.length).toBeGreaterThan(0);
      for (const r of over) expect(r.at).toBeGreaterThan(slot);
      // answered "No": the planned slot is skipped, and the older session's window (already over) is all
      await skippedItem.setValue([slot]);
      expect(
        dueReminders({ ...ctx, skipped: [slot] }, friday).filter((r) => r.id.startsWith('window-over-')),
      ).toEqual([]);
    });

    test('SPF the morning after a logged session', async () => {
      await settingsItem.setValue({ ...settings, plan: { kind: 'none' } });
      const at = NOW - 16 * 3_600_000; // Sunday 20:00 UTC
      await sessionsItem.setValue([{ at, needleMm: 0.5 }]);
      const ctx = {
        settings,
        sessions: [{ at, needleMm: 0.5 }],
        skipped: [],
        recovery: toRecovery(settings, [{ at, needleMm: 0.5 }]),
        now: at + 1,
      };
      const spf = dueReminders(ctx, at + 1).find((r) => r.id === `spf-${at}`)!;
      expect(spf.at).toBeGreaterThan(at);
      expect(spf.at - at).toBeLessThan(36 * 3_600_000);
      await fire(spf.at);
      expect(notified()).toContainEqual([`spf-${at}`, expect.stringContaining('SPF')]);
    });
  });
});
