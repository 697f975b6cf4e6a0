/**
 * Keeps the badge colour and reminders on time without the popup being opened: one alarm at the next change
 * of the recovery state (a window ends, a pre-session pause starts) and one at the next reminder.
 */
import { browser } from '#imports';
import { recoveryState, reminders } from '../recovery';
import { toRecovery } from '../settings';
import { loadSessions, loadSettings } from '../storage';
import { repaintAll } from './tabs';
import { notifyShelf, scheduleShelf, SHELF_ALARM } from './shelf-reminders';

export const RECOVERY_ALARM = 'recovery-change';
export const REMINDER_ALARM = 'reminder';
/** Alarms may fire up to a minute late in Chrome; a reminder due within this slack is shown. */
const SLACK_MS = 2 * 60_000;

export async function schedule(now = Date.now()): Promise<void> {
  const [settings, sessions] = await Promise.all([loadSettings(now), loadSessions(now)]);
  const rs = toRecovery(settings, sessions);
  const state = recoveryState(rs, now);
  await browser.alarms.clear(RECOVERY_ALARM);
  // +1 s so the state has really changed when the alarm fires.
  if (state.nextChange && state.nextChange > now) {
    await browser.alarms.create(RECOVERY_ALARM, { when: state.nextChange + 1000 });
  }
  await browser.alarms.clear(REMINDER_ALARM);
  if (settings.reminders) {
    const next = reminders(rs, now).find((r) => r.at > now);
    if (next) await browser.alarms.create(REMINDER_ALARM, { when: next.at });
  }
  await scheduleShelf(rs, settings.reminders, now); // product reminders and makeup repaints (issue 12)
}

/**
 * Repaints every badge and re-arms the alarms. Refreshes run one after another: two storage writes in a row
 * (settings, then sessions) start two refreshes, and the slower first one must not re-arm the alarm from the
 * state it read before the second write. (Only a promise is kept here, no state: the worker may stop.)
 */
let queue: Promise<void> = Promise.resolve();
export function refreshAll(now?: number): Promise<void> {
  queue = queue
    .then(async () => {
      const at = now ?? Date.now();
      await repaintAll(at);
      await schedule(at);
    })
    .catch((e: unknown) => console.error('Needle Safe: refresh failed', e));
  return queue;
}

export async function onAlarm(name: string, now = Date.now()): Promise<void> {
  if (name === REMINDER_ALARM) {
    const [settings, sessions] = await Promise.all([loadSettings(now), loadSessions(now)]);
    // The permission may have been withdrawn in the browser's settings since reminders were switched on.
    if (settings.reminders && (await browser.permissions.contains({ permissions: ['notifications'] }))) {
      const due = reminders(toRecovery(settings, sessions), now - SLACK_MS).filter(
        (r) => r.at <= now + 1000 && r.at > now - SLACK_MS,
      );
      for (const r of due) {
        await browser.notifications.create(`${r.kind}-${r.at}`, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: 'Needle Safe',
          message: r.text,
        });
      }
    }
  }
  if (name === SHELF_ALARM) {
    const [settings, sessions] = await Promise.all([loadSettings(now), loadSessions(now)]);
    if (settings.reminders) await notifyShelf(toRecovery(settings, sessions), now);
  }
  await refreshAll(now);
}
