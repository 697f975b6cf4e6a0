/**
 * Reminders that name shelf products ("Rolling tomorrow at 20:00 - pause The Ordinary Retinol 1% tonight",
 * "Retinal window over - your serum is fine again") and the repaint when a makeup window ends. Kinds of their
 * own beside the recovery reminders of ./alarms.ts, which calls in here. Nothing is kept in the worker: each
 * alarm is re-armed from storage by ./alarms.ts schedule() (on install, on browser start-up, after every
 * alarm and on every change of settings, sessions or the shelf), so a stopped worker or a restarted browser
 * loses none.
 */
import { browser } from '#imports';
import { analyze } from '../ingredients';
import { wallTime } from '../recovery/time';
import type { RecoverySettings } from '../recovery/types';
import { planProducts } from '../shelf/analyze';
import { makeupUntil, shelfReminders, type ShelfReminder } from '../shelf/plan';
import { loadShelf } from '../storage';
import { formatList, t } from '../ui/i18n';
import { formatWhen, TONIGHT_FROM_HOUR, uiClock, type Clock } from '../ui/time-format';

export const SHELF_ALARM = 'shelf-reminder';
/** A makeup window ends: badges of makeup pages change, though the recovery state may not. */
export const MAKEUP_ALARM = 'makeup-over';
/** As in ./alarms.ts: Chrome may fire an alarm up to a minute late; a reminder due within this is shown. */
const SLACK_MS = 2 * 60_000;

async function upcoming(rs: RecoverySettings, from: number): Promise<ShelfReminder[]> {
  const shelf = await loadShelf(from);
  return shelf.length ? shelfReminders(planProducts(analyze, shelf), rs, from) : [];
}

/** Arms the makeup repaint and, when reminders are on, the next product reminder. */
export async function scheduleShelf(rs: RecoverySettings, remindersOn: boolean, now: number): Promise<void> {
  await browser.alarms.clear(MAKEUP_ALARM);
  const makeup = makeupUntil(rs.sessions, now);
  if (makeup) await browser.alarms.create(MAKEUP_ALARM, { when: makeup.end + 1000 });
  await browser.alarms.clear(SHELF_ALARM);
  if (!remindersOn) return;
  const next = (await upcoming(rs, now)).find((r) => r.at > now);
  if (next) await browser.alarms.create(SHELF_ALARM, { when: next.at });
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/** The notification text of one product reminder. */
export function shelfReminderText(r: ShelfReminder, clock: Clock = uiClock()): string {
  const products = formatList(r.products);
  if (r.kind === 'shelf-pause') {
    const evening = wallTime(r.at, clock.timeZone).hour >= TONIGHT_FROM_HOUR;
    const when = formatWhen(r.session.at, r.at, clock);
    return t(evening ? 'reminder_shelf_pause_tonight' : 'reminder_shelf_pause_now', when, products);
  }
  const what =
    r.cause?.kind === 'ingredient' ? capitalised(r.cause.ingredient) : t('reminder_shelf_makeup_window');
  return t('reminder_shelf_clear', what, products);
}

/** Shows the product reminders due now (the caller checked that reminders are on). */
export async function notifyShelf(rs: RecoverySettings, now: number): Promise<void> {
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const due = (await upcoming(rs, now - SLACK_MS)).filter((r) => r.at <= now + 1000 && r.at > now - SLACK_MS);
  for (const r of due) {
    await browser.notifications.create(`${r.kind}-${r.at}-${r.products.join('|').slice(0, 80)}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('ext_name'),
      message: shelfReminderText(r),
    });
  }
}
