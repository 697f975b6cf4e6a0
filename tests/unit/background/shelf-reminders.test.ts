import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onAlarm, schedule } from '../../../src/background/alarms';
import { MAKEUP_ALARM, SHELF_ALARM, shelfReminderText } from '../../../src/background/shelf-reminders';
import type { Settings } from '../../../src/settings';
import type { ShelfReminder } from '../../../src/shelf/plan';
import type { ShelfProduct } from '../../../src/shelf/types';
import { sessionsItem, settingsItem, shelfItem } from '../../../src/storage';
import { useCatalogue } from '../ui/fake-i18n';

// Monday 16 Nov 2026 at noon and the planned Thursday 20:00, in the runner's own zone (the background reads
// the browser's zone); the text tests below pass a UTC clock.
const NOW = new Date(2026, 10, 16, 12, 0).getTime();
const LOCAL_THURSDAY_2000 = new Date(2026, 10, 19, 20, 0).getTime();
const THURSDAY_2000 = Date.UTC(2026, 10, 19, 20, 0);
const settings: Settings = {
  needleMm: 0.5,
  plan: { kind: 'weekdays', days: [4] },
  time: '20:00',
  overrides: {},
  reminders: true,
  checklist: true,
};
const product = (over: Partial<ShelfProduct>): ShelfProduct => ({
  id: 'p1',
  name: 'The Ordinary Retinol 1%',
  shop: null,
  url: null,
  text: 'Squalane, Caprylic/Capric Triglyceride, Retinol',
  addedAt: 1,
  category: null,
  kinds: [],
  ...over,
});

beforeEach(() => {
  fakeBrowser.reset();
  useCatalogue('en', 'en-GB');
});

describe('product reminders (alarms)', () => {
  test('armed at the pause start before the planned session, and armed again after the alarms are lost', async () => {
    await settingsItem.setValue(settings);
    await shelfItem.setValue([product({})]);
    await schedule(NOW);
    const pauseStart = LOCAL_THURSDAY_2000 - 48 * 3_600_000; // Tuesday 20:00 (no DST change in between)
    expect((await fakeBrowser.alarms.get(SHELF_ALARM))?.scheduledTime).toBe(pauseStart);
    // A browser restart may drop alarms; onStartup calls schedule(), which reads everything from storage.
    await fakeBrowser.alarms.clearAll();
    await schedule(NOW + 60_000);
    expect((await fakeBrowser.alarms.get(SHELF_ALARM))?.scheduledTime).toBe(pauseStart);
  });

  test('none with reminders off or an empty shelf; a makeup repaint only inside a makeup window', async () => {
    await settingsItem.setValue({ ...settings, reminders: false });
    await shelfItem.setValue([product({})]);
    await schedule(NOW);
    expect(await fakeBrowser.alarms.get(SHELF_ALARM)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(MAKEUP_ALARM)).toBeUndefined();
    await settingsItem.setValue(settings);
    await shelfItem.setValue([]);
    await sessionsItem.setValue([{ at: NOW - 3_600_000, needleMm: 0.5 }]);
    await schedule(NOW);
    expect(await fakeBrowser.alarms.get(SHELF_ALARM)).toBeUndefined();
    // 24 h makeup window at 0.5 mm, +1 s so the window has really ended when it fires.
    expect((await fakeBrowser.alarms.get(MAKEUP_ALARM))?.scheduledTime).toBe(
      NOW - 3_600_000 + 24 * 3_600_000 + 1000,
    );
  });

  test('the alarm shows a notification that names the product', async () => {
    await settingsItem.setValue(settings);
    await shelfItem.setValue([product({})]);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('' as never);
    const at = LOCAL_THURSDAY_2000 - 48 * 3_600_000;
    await onAlarm(SHELF_ALARM, at + 30_000);
    expect(create).toHaveBeenCalledTimes(1);
    expect((create.mock.calls[0]![1] as unknown as { message: string }).message).toBe(
      'Rolling Thu 20:00 - pause The Ordinary Retinol 1% tonight',
    );
  });
});

describe('shelfReminderText', () => {
  const clock = { locale: 'en-GB', hourCycle: 'h23' as const, timeZone: 'UTC' };
  const session = { at: THURSDAY_2000, needleMm: 0.5 };
  test.each<[ShelfReminder, string]>([
    [
      { at: THURSDAY_2000 - 24 * 3_600_000, kind: 'shelf-pause', products: ['A', 'B'], cause: null, session },
      'Rolling tomorrow at 20:00 - pause A and B tonight',
    ],
    [
      { at: Date.UTC(2026, 10, 18, 9), kind: 'shelf-pause', products: ['A'], cause: null, session },
      'Rolling tomorrow at 20:00 - pause A from now',
    ],
    [
      {
        at: THURSDAY_2000,
        kind: 'shelf-clear',
        products: ['your serum'],
        cause: { kind: 'ingredient', ingredient: 'RETINAL', category: 'retinoid' },
        session,
      },
      'Retinal window over - your serum is fine again',
    ],
    [
      { at: THURSDAY_2000, kind: 'shelf-clear', products: ['Skin Tint'], cause: { kind: 'makeup' }, session },
      'Makeup window over - Skin Tint is fine again',
    ],
  ])('%#: %s', (r, text) => expect(shelfReminderText(r, clock)).toBe(text));
});
