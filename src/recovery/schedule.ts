import { HOUR, localDay, localTimeZone, parseTime, wallToEpoch } from './time';
import { MAX_SESSIONS } from './limits';
import type { Schedule, Session } from './types';

/**
 * A planned session counts as done when a session was logged no more than this long before it (and not after
 * `now`): rolling at 19:30 instead of 20:00, or the evening before, must not start a pre-session pause.
 */
export const DONE_TOLERANCE_HOURS = 12;

function timeOf(schedule: Schedule): { hour: number; minute: number } {
  const t = parseTime(schedule.time);
  if (!t) throw new RangeError(`invalid schedule time "${schedule.time}" (expected HH:MM)`);
  return t;
}

/**
 * Epoch millis of the next planned session at or after `now`, or null when there is no plan (kind 'none', no
 * weekdays, an interval below 1 day). The time of day is local wall time in `timeZone`, so a "20:00" session
 * stays at 20:00 across daylight-saving changes. Throws RangeError for an invalid `schedule.time` or zone.
 */
export function nextPlannedSession(
  schedule: Schedule,
  now: number,
  timeZone: string = localTimeZone(),
): number | null {
  const plan = schedule.plan;
  if (plan.kind === 'none') return null;
  const { hour, minute } = timeOf(schedule);
  const today = localDay(now, timeZone);
  if (plan.kind === 'weekdays') {
    const days = new Set(plan.days.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
    if (days.size === 0) return null;
    // Today's slot may have passed: look 8 days ahead.
    for (let d = today; d <= today + 7; d++) {
      if (!days.has((((d + 4) % 7) + 7) % 7)) continue;
      const t = wallToEpoch(d, hour, minute, timeZone);
      if (t >= now) return t;
    }
    return null;
  }
  const every = plan.everyDays;
  if (!Number.isInteger(every) || every < 1 || !Number.isFinite(plan.anchor)) return null;
  const anchorDay = localDay(plan.anchor, timeZone);
  // No planned sessions before the anchor's day; from there every `every` calendar days.
  const k0 = Math.max(0, Math.floor((today - anchorDay) / every));
  for (let k = k0; k <= k0 + 2; k++) {
    const t = wallToEpoch(anchorDay + k * every, hour, minute, timeZone);
    if (t >= now) return t;
  }
  return null;
}

/**
 * The next session to prepare for, as of `now`: the earlier of the next planned session that is not already
 * done (see DONE_TOLERANCE_HOURS) and the earliest session logged in the future (logged future sessions are
 * treated as planned, with their own needle length). Null when there is neither.
 */
export function nextSession(
  schedule: Schedule,
  sessions: readonly Session[],
  now: number,
  timeZone: string = localTimeZone(),
): Session | null {
  const past = sessions.filter((s) => s.at <= now);
  let from = now;
  let planned: number | null = null;
  // A few iterations at most: each done slot moves on to the following one.
  for (let i = 0; i < 4; i++) {
    planned = nextPlannedSession(schedule, from, timeZone);
    if (planned === null) break;
    const p = planned;
    if (!past.some((s) => s.at >= p - DONE_TOLERANCE_HOURS * HOUR)) break;
    from = p + 1;
    planned = null;
  }
  let future: Session | null = null;
  for (const s of sessions) if (s.at > now && (future === null || s.at < future.at)) future = s;
  if (planned !== null && (future === null || planned < future.at))
    return { at: planned, needleMm: schedule.needleMm };
  return future;
}

function checkSession(s: Session): void {
  if (!Number.isFinite(s.at)) throw new RangeError('session time must be finite epoch millis');
  if (!Number.isFinite(s.needleMm) || s.needleMm <= 0)
    throw new RangeError('session needle length must be > 0 mm');
}

/**
 * A copy of `list` with `session` added: sorted by time (oldest first), a session at the same millisecond
 * replaced by the new one, and only the MAX_SESSIONS newest kept. Throws RangeError for an invalid session.
 */
export function addSession(
  list: readonly Session[],
  session: Session,
  max: number = MAX_SESSIONS,
): Session[] {
  checkSession(session);
  const out = list.filter((s) => s.at !== session.at);
  out.push({ at: session.at, needleMm: session.needleMm });
  out.sort((a, b) => a.at - b.at);
  return out.length > max ? out.slice(out.length - max) : out;
}

/** A copy of `list` without the session(s) at `at`. */
export function removeSession(list: readonly Session[], at: number): Session[] {
  return list.filter((s) => s.at !== at);
}
