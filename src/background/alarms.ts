/**
 * Keeps the badge colour and reminders on time without the popup being opened: one alarm at the next change
 * of the recovery state (a window ends, a pre-session pause starts, a planned session passes and is to be
 * asked about) and one at the next reminder of any kind.
 *
 * Reminders are a list of kinds (REMINDER_KINDS), each saying when its next ones are due and what they say;
 * the alarm is armed at the earliest, and when it fires every kind is asked again what is due now, from what
 * is stored then (an answered "Did you roll?" is not asked any more). A new kind is one more entry.
 */
import { browser } from '#imports';
import {
  HOUR,
  longestHold,
  nextPlannedSession,
  pendingSession,
  recoveryState,
  reminders,
  spfAdvice,
  spfReminderAt,
  withPending,
} from '../recovery';
import type { RecoverySettings, Session } from '../recovery/types';
import { toRecovery, type Settings } from '../settings';
import { loadSessions, loadSettings, loadSkipped } from '../storage';
import { t } from '../ui/i18n';
import { scheduleReminderText } from '../ui/reminder-text';
import { formatTime, formatWhen } from '../ui/time-format';
import { repaintAll } from './tabs';
import { notifyShelf, scheduleShelf, SHELF_ALARM } from './shelf-reminders';

export const RECOVERY_ALARM = 'recovery-change';
export const REMINDER_ALARM = 'reminder';
/** Alarms may fire up to a minute late in Chrome; a reminder due within this slack is shown. */
const SLACK_MS = 2 * 60_000;
/**
 * "Did you roll?" is notified this long after the planned time: asked at the time itself it would come
 * while the user is rolling (the popup asks from the planned time on, when it is opened).
 */
export const ASK_AFTER_MS = HOUR;

export interface ReminderContext {
  settings: Settings;
  sessions: Session[];
  skipped: number[];
  /** The log as stored (no pending session assumed). */
  recovery: RecoverySettings;
  now: number;
}

/**
 * The schedule as verdicts see it (src/ui/user-recovery.ts, the popup and the badge): the log plus the
 * unanswered planned session as if rolled, so no reminder says "over" or "fine again" early.
 */
const asVerdictsSee = (ctx: ReminderContext): RecoverySettings =>
  withPending(ctx.recovery, pendingSession(ctx.recovery, ctx.skipped, ctx.now));

export interface DueReminder {
  /** Notification id: unique per reminder, so a repeated alarm does not show it twice. */
  id: string;
  at: number;
  message: string;
}

export interface ReminderKind {
  kind: string;
  /** The reminders of this kind due at or after `from`, as far as they are known at `ctx.now`. */
  upcoming(ctx: ReminderContext, from: number): DueReminder[];
}

export const REMINDER_KINDS: readonly ReminderKind[] = [
  {
    // Pre-session pauses and "window over" (src/recovery/status.ts reminders).
    kind: 'schedule',
    upcoming: (ctx, from) =>
      reminders(asVerdictsSee(ctx), from).map((r) => ({
        id: `${r.kind}-${r.at}`,
        at: r.at,
        message: scheduleReminderText(r),
      })),
  },
  {
    // The planned session now asked about, or the next planned one (asked about if still unanswered then).
    kind: 'did-you-roll',
    upcoming: (ctx, from) => {
      const pending = pendingSession(ctx.recovery, ctx.skipped, ctx.now);
      // Slots up to now are the pending one or answered; later ones are asked about when their time comes.
      const next = nextPlannedSession(ctx.settings, ctx.now + 1);
      const slots = [pending?.at, next].filter((s): s is number => s != null && s + ASK_AFTER_MS >= from);
      return slots.map((at) => ({
        id: `did-you-roll-${at}`,
        at: at + ASK_AFTER_MS,
        message: t('notify_did_you_roll', formatTime(at)),
      }));
    },
  },
  {
    // The morning after the latest logged session: SPF, and mineral filters while chemical ones are held.
    kind: 'spf',
    upcoming: (ctx, from) => {
      let last: Session | null = null;
      for (const s of ctx.sessions) if (s.at <= ctx.now && (last === null || s.at > last.at)) last = s;
      if (!last) return [];
      const at = spfReminderAt(last);
      if (at < from) return [];
      const advice = spfAdvice(ctx.sessions, ctx.settings.overrides, at);
      const message =
        advice?.mineralUntil != null
          ? t('popup_spf_mineral', formatWhen(advice.mineralUntil, at))
          : t('popup_spf');
      return [{ id: `spf-${last.at}`, at, message }];
    },
  },
];

async function context(now: number): Promise<ReminderContext> {
  const [settings, sessions, skipped] = await Promise.all([
    loadSettings(now),
    loadSessions(now),
    loadSkipped(now),
  ]);
  return { settings, sessions, skipped, recovery: toRecovery(settings, sessions), now };
}

/** Every kind's reminders due at or after `from`, earliest first. */
export function dueReminders(ctx: ReminderContext, from: number): DueReminder[] {
  return REMINDER_KINDS.flatMap((k) => k.upcoming(ctx, from)).sort((a, b) => a.at - b.at);
}

export async function schedule(now = Date.now()): Promise<void> {
  const ctx = await context(now);
  // Verdicts assume the unanswered planned session was rolled (src/ui/verdict-view.tsx), so its windows
  // count; and the question itself ends when the longest window it would start ends.
  const pending = pendingSession(ctx.recovery, ctx.skipped, now);
  const state = recoveryState(withPending(ctx.recovery, pending), now);
  const pendingEnd = pending
    ? pending.at + longestHold(pending.needleMm, ctx.settings.overrides) * HOUR
    : null;
  const changes = [state.nextChange, pendingEnd].filter((c): c is number => c !== null && c > now);
  await browser.alarms.clear(RECOVERY_ALARM);
  // +1 s so the state has really changed when the alarm fires.
  if (changes.length) await browser.alarms.create(RECOVERY_ALARM, { when: Math.min(...changes) + 1000 });
  await browser.alarms.clear(REMINDER_ALARM);
  if (ctx.settings.reminders) {
    const next = dueReminders(ctx, now + 1)[0];
    if (next) await browser.alarms.create(REMINDER_ALARM, { when: next.at });
  }
  // product reminders and makeup repaints (issue 12), from the schedule as verdicts see it (pending rolled)
  await scheduleShelf(withPending(ctx.recovery, pending), ctx.settings.reminders, now);
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
    const ctx = await context(now);
    // The permission may have been withdrawn in the browser's settings since reminders were switched on.
    if (ctx.settings.reminders && (await browser.permissions.contains({ permissions: ['notifications'] }))) {
      const due = dueReminders(ctx, now - SLACK_MS).filter(
        (r) => r.at <= now + 1000 && r.at > now - SLACK_MS,
      );
      for (const r of due) {
        await browser.notifications.create(r.id, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: t('ext_name'),
          message: r.message,
        });
      }
    }
  }
  if (name === SHELF_ALARM) {
    const ctx = await context(now);
    if (ctx.settings.reminders) await notifyShelf(asVerdictsSee(ctx), now);
  }
  await refreshAll(now);
}
