/**
 * How often people usually roll at each needle length (docs/sources.md#rolling-frequency-by-needle): the
 * options page warns when a plan is more frequent, and logging warns (never blocks) when the last session at
 * the same depth was too recent. Gaps are counted in local calendar days, so a Saturday and a Monday session
 * are two days apart even across the spring-forward night (47 elapsed hours).
 */
import { tierFor } from './tiers';
import { localDay, localTimeZone } from './time';
import type { Schedule, Session, TierId } from './types';

/**
 * The fewest calendar days between two sessions at each depth, from the usual frequencies: 0.2-0.3 mm two or
 * three times a week and 0.5 mm one to three times a week (three a week means a day off between sessions:
 * Mon, Wed, Fri), 0.75-1.0 mm every 2-4 weeks (14 days), 1.5 mm every 3-6 weeks on the face (21 days).
 */
export const MIN_GAP_DAYS: Readonly<Record<TierId, number>> = {
  shallow: 2,
  medium: 2,
  deep: 14,
  'very-deep': 21,
};

/** The fewest days between two planned sessions; null when fewer than two sessions are planned. */
export function planGapDays(schedule: Schedule): number | null {
  const plan = schedule.plan;
  if (plan.kind === 'interval') return plan.everyDays;
  if (plan.kind !== 'weekdays' || plan.days.length === 0) return null;
  const days = [...new Set(plan.days)].sort((a, b) => a - b);
  // One day a week is 7 days apart from itself; otherwise the smallest gap, wrapping Saturday to Sunday.
  let gap = 7;
  for (let i = 0; i < days.length; i++) {
    const next = i + 1 < days.length ? days[i + 1]! : days[0]! + 7;
    gap = Math.min(gap, next - days[i]!);
  }
  return gap;
}

export interface PlanFrequencyWarning {
  tier: TierId;
  gapDays: number;
  minGapDays: number;
}

/** A warning when the plan rolls more often than usual for its needle; null when it does not. */
export function planFrequencyWarning(schedule: Schedule): PlanFrequencyWarning | null {
  const gapDays = planGapDays(schedule);
  const tier = tierFor(schedule.needleMm);
  const minGapDays = MIN_GAP_DAYS[tier];
  return gapDays !== null && gapDays < minGapDays ? { tier, gapDays, minGapDays } : null;
}

export interface LogFrequencyWarning {
  tier: TierId;
  /** The previous session at the same depth. */
  last: Session;
  daysSince: number;
  minGapDays: number;
}

/**
 * A warning when `session` comes fewer than MIN_GAP_DAYS calendar days after the latest earlier session at
 * the same depth tier; null when it does not (or there is none).
 */
export function logFrequencyWarning(
  sessions: readonly Session[],
  session: Session,
  timeZone: string = localTimeZone(),
): LogFrequencyWarning | null {
  const tier = tierFor(session.needleMm);
  let last: Session | null = null;
  for (const s of sessions) {
    if (s.at < session.at && tierFor(s.needleMm) === tier && (last === null || s.at > last.at)) last = s;
  }
  if (!last) return null;
  const daysSince = localDay(session.at, timeZone) - localDay(last.at, timeZone);
  const minGapDays = MIN_GAP_DAYS[tier];
  return daysSince < minGapDays ? { tier, last, daysSince, minGapDays } : null;
}
