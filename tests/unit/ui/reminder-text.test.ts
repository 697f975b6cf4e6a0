import { beforeEach, describe, expect, test } from 'vitest';
import { reminders } from '../../../src/recovery';
import type { RecoverySettings } from '../../../src/recovery/types';
import { scheduleReminderText } from '../../../src/ui/reminder-text';
import { useCatalogue } from './fake-i18n';

// A weekly Thursday 20:00 plan at 0.5 mm and a session on Monday 16 Nov 2026 at 20:00, all in UTC.
const NOW = Date.UTC(2026, 10, 17, 12, 0);
const settings: RecoverySettings = {
  schedule: { needleMm: 0.5, plan: { kind: 'weekdays', days: [4] }, time: '20:00' },
  sessions: [{ at: Date.UTC(2026, 10, 16, 20, 0), needleMm: 0.5 }],
  overrides: {},
};
const en = { locale: 'en-GB', hourCycle: 'h23' as const, timeZone: 'UTC' };
const de = { locale: 'de-DE', hourCycle: 'h23' as const, timeZone: 'UTC' };

beforeEach(() => useCatalogue('en', 'en-GB'));

describe('schedule reminders in the user language', () => {
  const due = reminders(settings, NOW, 'UTC');
  const windowOver = due.find((r) => r.kind === 'window-over')!;
  const pause = due.find((r) => r.kind === 'pause')!;

  test('the window that ends names its length and the needle', () => {
    expect(scheduleReminderText(windowOver, en)).toBe(
      `Your ${windowOver.hours} h window after the 0.5 mm session is over`,
    );
    useCatalogue('de', 'de-DE');
    expect(scheduleReminderText(windowOver, de)).toBe(
      `Dein ${windowOver.hours} Std.-Zeitfenster nach der 0,5 mm-Session ist vorbei`,
    );
  });

  test('a pause names the session relative to its start and what to pause', () => {
    const text = scheduleReminderText(pause, en);
    expect(text).toMatch(/^Rolling .*20:00: pause .+ from now$/);
    expect(text).toContain('retinoids');
    expect(pause.hours).toBe((pause.session.at - pause.at) / 3_600_000);
    useCatalogue('de', 'de-DE');
    expect(scheduleReminderText(pause, de)).toMatch(/^Rollen .*20:00 - .*Retinoide.* ab jetzt pausieren$/);
  });
});
