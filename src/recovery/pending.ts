/**
 * "Did you roll?": the planned session whose time has passed without a logged session and without an answer.
 * Until it is answered, verdicts can say what holds *if* the user rolled (withPending). Pure: `now` and the
 * zone are parameters.
 */
import { CATEGORY_IDS } from '../ingredients/categories';
import { FUTURE_SLACK_MS, MAX_INSTANT, MIN_INSTANT, SAME_SESSION_MS } from './limits';
import { DONE_TOLERANCE_HOURS, nextPlannedSession } from './schedule';
import { tierFor } from './tiers';
import { HOUR, localTimeZone } from './time';
import type { Overrides, RecoverySettings, Schedule, Session } from './types';
import { effectiveWindow } from './windows';

/** Planned session times in [from, to], oldest first (at most `max`, a bound for broken input). */
export function plannedSlots(
  schedule: Schedule,
  from: number,
  to: number,
  timeZone: string = localTimeZone(),
  max = 64,
): number[] {
  const out: number[] = [];
  let t = from;
  while (out.length < max) {
    const next = nextPlannedSession(schedule, t, timeZone);
    if (next === null || next > to) break;
    out.push(next);
    t = next + 1;
  }
  return out;
}

/** The longest after-window (hours) a session with this needle starts, any category. */
export function longestHold(needleMm: number, overrides: Overrides = {}): number {
  const tier = tierFor(needleMm);
  return Math.max(0, ...CATEGORY_IDS.map((c) => effectiveWindow(c, tier, overrides).hold));
}

/**
 * The planned session to ask about, or null. Only the latest planned slot at or before `now` is considered
 * (once a later slot is done or answered, an older one changes nothing the user still needs to know), and only
 * while the answer still changes a verdict: until the longest after-window such a session would start has
 * ended. It is not asked about when
 * - a session was logged from DONE_TOLERANCE_HOURS before it up to `now` (rolled early, or late and logged),
 * - the user answered "No" (`skipped` holds its time),
 * - it lies before `schedule.since` (the plan did not exist yet).
 * The needle is the schedule's: "Yes" logs it with that night's needle unless the user picks another.
 */
export function pendingSession(
  settings: RecoverySettings,
  skipped: readonly number[],
  now: number,
  timeZone: string = localTimeZone(),
): Session | null {
  const { schedule, sessions, overrides } = settings;
  const hold = longestHold(schedule.needleMm, overrides);
  const from = Math.max(now - hold * HOUR, schedule.since ?? -Infinity);
  if (!(from <= now)) return null;
  const slots = plannedSlots(schedule, from, now, timeZone);
  const at = slots[slots.length - 1];
  if (at === undefined || at + hold * HOUR <= now) return null;
  if (skipped.includes(at)) return null;
  if (sessions.some((s) => s.at >= at - DONE_TOLERANCE_HOURS * HOUR && s.at <= now)) return null;
  return { at, needleMm: schedule.needleMm };
}

/** The settings as they are if the pending session was rolled: for "if you rolled" verdicts. */
export function withPending(settings: RecoverySettings, pending: Session | null): RecoverySettings {
  return pending ? { ...settings, sessions: [...settings.sessions, pending] } : settings;
}

/** Why a session cannot be logged; null when it can. */
export type LogRefusal = 'future' | 'duplicate' | 'out-of-range';

/**
 * Logging is refused calmly (issue 12) when the time is in the future (plan those instead), outside the
 * range every stored instant must keep, or within SAME_SESSION_MS of a logged session (the same session
 * logged twice: a double click, the popup and the options page).
 */
export function checkLog(sessions: readonly Session[], at: number, now: number): LogRefusal | null {
  if (!Number.isFinite(at) || at < MIN_INSTANT || at > MAX_INSTANT) return 'out-of-range';
  if (at > now + FUTURE_SLACK_MS) return 'future';
  if (sessions.some((s) => Math.abs(s.at - at) < SAME_SESSION_MS)) return 'duplicate';
  return null;
}
