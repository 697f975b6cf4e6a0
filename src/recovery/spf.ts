/**
 * The morning after a session: wear SPF (docs/sources.md#spf-morning-after, after
 * docs/sources.md#seed-article-dos-and-donts: "roll at night ... use SPF the next morning"), and only mineral filters while the chemical-filter window of that session runs
 * (docs/sources.md#aftercare-dermatologist-qa: mineral filters first, for 24-48 h). Pure: `now` and the zone
 * are parameters.
 */
import { tierFor } from './tiers';
import { HOUR, localDay, localTimeZone, wallTime, wallToEpoch } from './time';
import type { Overrides, Session } from './types';
import { effectiveWindow } from './windows';

/**
 * A session before this hour belongs to the evening before (rolling at 00:30 is that night's session), the
 * same border as the "night" of the reminder texts (status.ts).
 */
export const NIGHT_ENDS_HOUR = 4;

/** The SPF reminder is shown at this local hour on the morning after. */
export const SPF_REMINDER_HOUR = 8;

/** The local calendar day of the morning after `session`. */
export function morningAfterDay(session: Session, timeZone: string = localTimeZone()): number {
  const evening =
    localDay(session.at, timeZone) - (wallTime(session.at, timeZone).hour < NIGHT_ENDS_HOUR ? 1 : 0);
  return evening + 1;
}

export interface SpfAdvice {
  session: Session;
  /** When chemical filters are fine again (null when that window has already ended). */
  mineralUntil: number | null;
}

/**
 * The advice for the whole local day after the latest session done by `now`; null on other days (and when
 * no session was done). Sessions later than `now` are planned ones and never count.
 */
export function spfAdvice(
  sessions: readonly Session[],
  overrides: Overrides,
  now: number,
  timeZone: string = localTimeZone(),
): SpfAdvice | null {
  let last: Session | null = null;
  for (const s of sessions) if (s.at <= now && (last === null || s.at > last.at)) last = s;
  if (!last || morningAfterDay(last, timeZone) !== localDay(now, timeZone)) return null;
  const end = last.at + effectiveWindow('chemical-sunscreen', tierFor(last.needleMm), overrides).hold * HOUR;
  return { session: last, mineralUntil: end > now ? end : null };
}

/** When the SPF reminder for `session` is due: SPF_REMINDER_HOUR local time on the morning after. */
export function spfReminderAt(session: Session, timeZone: string = localTimeZone()): number {
  return wallToEpoch(morningAfterDay(session, timeZone), SPF_REMINDER_HOUR, 0, timeZone);
}
