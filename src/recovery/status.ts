import type { CategoryId, Finding, Severity } from '../ingredients/types';
import { describeCategories, formatClock, formatDayLong, formatNeedle, formatWindowLength } from './format';
import { nextSession } from './schedule';
import { tierFor } from './tiers';
import { HOUR, localTimeZone, wallTime } from './time';
import type {
  CategoryStatus,
  Overrides,
  RecoverySettings,
  RecoveryState,
  Reminder,
  Session,
  Status,
  TierId,
  Verdict,
  VerdictItem,
} from './types';
import { CATEGORY_IDS } from '../ingredients/categories';
import { effectiveWindow } from './windows';

interface AfterWindow {
  session: Session;
  end: number;
  hours: number;
  tier: TierId;
  overridden: boolean;
}

/**
 * The after-window of `category` that ends last among the sessions done at or before `now` and still running.
 * Each session uses the window of its own needle length. Windows are elapsed hours (72 h after 20:00 on the
 * night clocks go back ends at 19:00 local): skin heals by the hour, not by the wall clock.
 */
function afterWindow(
  category: CategoryId,
  sessions: readonly Session[],
  overrides: Overrides,
  now: number,
): AfterWindow | null {
  let best: AfterWindow | null = null;
  for (const session of sessions) {
    if (!(session.at <= now)) continue; // future sessions are planned ones (see nextSession); NaN never counts
    const tier = tierFor(session.needleMm);
    const w = effectiveWindow(category, tier, overrides);
    const end = session.at + w.hold * HOUR;
    if (end <= now) continue;
    if (best === null || end > best.end || (end === best.end && session.at > best.session.at)) {
      best = { session, end, hours: w.hold, tier, overridden: w.overridden };
    }
  }
  return best;
}

function statusOf(
  category: CategoryId,
  settings: RecoverySettings,
  next: Session | null,
  now: number,
): CategoryStatus {
  const overrides = settings.overrides ?? {};
  const after = afterWindow(category, settings.sessions, overrides, now);
  const pre = next ? effectiveWindow(category, tierFor(next.needleMm), overrides) : null;
  const preStart = next && pre && pre.before > 0 ? next.at - pre.before * HOUR : null;
  if (after) {
    // The pause before the next session starts before this window ends: usable only after that session.
    const chained = next !== null && preStart !== null && preStart <= after.end && next.at > after.end;
    return {
      category,
      status: 'hold',
      until: after.end,
      clearAt: chained ? next.at : after.end,
      session: after.session,
      reason: 'after',
      hours: after.hours,
      tier: after.tier,
      overridden: after.overridden,
    };
  }
  if (next && pre && preStart !== null && now >= preStart && now < next.at) {
    return {
      category,
      status: 'hold',
      until: next.at,
      clearAt: next.at,
      session: next,
      reason: 'before',
      hours: pre.before,
      tier: pre.tier,
      overridden: pre.overridden,
    };
  }
  const tier = tierFor(settings.schedule.needleMm);
  const w = effectiveWindow(category, tier, overrides);
  return {
    category,
    status: 'ok',
    until: null,
    clearAt: null,
    session: null,
    reason: null,
    hours: w.hold,
    tier,
    overridden: w.overridden,
  };
}

/**
 * Per category, in the order given: 'hold' inside the window after the session whose window ends last
 * (reason 'after'), else 'hold' inside the pause before the next session (reason 'before'), else 'ok'.
 * Sessions logged later than `now` are treated as planned sessions (they can start a pre-session pause) and
 * never as done. A planned session with a session logged up to 12 h before it counts as done.
 */
export function categoryStatus(
  categories: readonly CategoryId[],
  settings: RecoverySettings,
  now: number,
  timeZone: string = localTimeZone(),
): CategoryStatus[] {
  const next = nextSession(settings.schedule, settings.sessions, now, timeZone);
  return categories.map((c) => statusOf(c, settings, next, now));
}

const STATUS_RANK: Record<Status, number> = { hold: 0, caution: 1, ok: 2 };
const SEVERITY_RANK: Record<Severity, number> = { high: 0, low: 1, note: 2 };

function itemStatus(severity: Severity, categoryWindow: CategoryStatus): Status {
  if (categoryWindow.status !== 'hold') return 'ok';
  return severity === 'high' ? 'hold' : severity === 'low' ? 'caution' : 'ok';
}

/**
 * The product verdict: each finding against its category's window. high -> hold, low -> caution, note -> ok
 * (informational), and ok outside a window. Items: most serious first (hold, caution, ok), then the latest
 * `until`, then severity, then list position.
 */
export function verdict(
  findings: readonly Finding[],
  settings: RecoverySettings,
  now: number,
  timeZone: string = localTimeZone(),
): Verdict {
  const checked: CategoryId[] = [];
  for (const f of findings) if (!checked.includes(f.category)) checked.push(f.category);
  const windows = new Map(categoryStatus(checked, settings, now, timeZone).map((s) => [s.category, s]));
  const items: VerdictItem[] = findings.map((finding) => {
    const categoryWindow = windows.get(finding.category) as CategoryStatus;
    const status = itemStatus(finding.severity, categoryWindow);
    return {
      finding,
      status,
      until: status === 'ok' ? null : categoryWindow.clearAt,
      hours: categoryWindow.hours,
      session: categoryWindow.session,
      reason: categoryWindow.reason,
      window: categoryWindow,
    };
  });
  items.sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      (b.until ?? -Infinity) - (a.until ?? -Infinity) ||
      SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
      a.finding.position - b.finding.position,
  );
  const top = items[0]?.status ?? 'ok';
  const state = top === 'hold' ? 'hold' : top === 'caution' ? 'caution' : 'clear';
  let until: number | null = null;
  for (const it of items)
    if (it.status === top && it.until !== null && (until === null || it.until > until)) until = it.until;
  return { state, until: state === 'clear' ? null : until, items, checked, at: now };
}

function longestAfter(settings: RecoverySettings, now: number): AfterWindow | null {
  let best: AfterWindow | null = null;
  for (const c of CATEGORY_IDS) {
    const w = afterWindow(c, settings.sessions, settings.overrides ?? {}, now);
    if (w && (best === null || w.end > best.end)) best = w;
  }
  return best;
}

/** The longest pre-session pause (hours) of any category for a session with this needle. */
function longestBefore(needleMm: number, overrides: Overrides): number {
  const tier = tierFor(needleMm);
  return Math.max(0, ...CATEGORY_IDS.map((c) => effectiveWindow(c, tier, overrides).before));
}

/**
 * The overall state, whatever the product: 'fresh' inside the longest after-window of any category,
 * 'pre-session' inside the longest pre-session pause, else 'clear'; `nextChange` is when that changes next
 * (the end of the window, the planned session, the start of the next pause), for a browser alarm.
 */
export function recoveryState(
  settings: RecoverySettings,
  now: number,
  timeZone: string = localTimeZone(),
): RecoveryState {
  const next = nextSession(settings.schedule, settings.sessions, now, timeZone);
  const fresh = longestAfter(settings, now);
  if (fresh) return { state: 'fresh', nextChange: fresh.end, session: fresh.session, nextSession: next };
  if (!next) return { state: 'clear', nextChange: null, session: null, nextSession: null };
  const pauseStart = next.at - longestBefore(next.needleMm, settings.overrides ?? {}) * HOUR;
  if (now >= pauseStart && now < next.at) {
    return { state: 'pre-session', nextChange: next.at, session: next, nextSession: next };
  }
  return {
    state: 'clear',
    nextChange: pauseStart > now ? pauseStart : next.at,
    session: next,
    nextSession: next,
  };
}

/** Reminders look this far ahead. */
export const REMINDER_HORIZON_DAYS = 14;

function sessionWord(at: number, timeZone: string): string {
  const h = wallTime(at, timeZone).hour;
  return h >= 17 || h < 4 ? 'night' : 'day';
}

/**
 * Upcoming reminders at or after `now`, sorted by time:
 * - 'pause' when a pre-session pause starts, one per distinct start: "Rolling night Thursday: pause
 *   retinoids, acids and exfoliants from Tuesday 20:00" (for the sessions of the next 14 days);
 * - 'window-over' when the longest after-window of the latest session ends: "Your 72 h window after the 0.5
 *   mm session is over".
 */
export function reminders(
  settings: RecoverySettings,
  now: number,
  timeZone: string = localTimeZone(),
  locale = 'en-GB',
): Reminder[] {
  const out: Reminder[] = [];
  const overrides = settings.overrides ?? {};
  const fresh = longestAfter(settings, now);
  if (fresh) {
    const still = CATEGORY_IDS.filter((c) => {
      const w = afterWindow(c, settings.sessions, overrides, now);
      return w !== null && w.end === fresh.end;
    });
    out.push({
      at: fresh.end,
      kind: 'window-over',
      hours: fresh.hours,
      text: `Your ${formatWindowLength(fresh.hours)} window after the ${formatNeedle(fresh.session.needleMm)} session is over`,
      categories: still,
      session: fresh.session,
    });
  }
  const horizon = now + REMINDER_HORIZON_DAYS * 24 * HOUR;
  let from = now;
  for (let i = 0; i < 8; i++) {
    const s = nextSession(settings.schedule, settings.sessions, from, timeZone);
    if (!s || s.at > horizon) break;
    const tier = tierFor(s.needleMm);
    const byStart = new Map<number, CategoryId[]>();
    for (const c of CATEGORY_IDS) {
      const b = effectiveWindow(c, tier, overrides).before;
      if (b <= 0) continue;
      const start = s.at - b * HOUR;
      if (start < now) continue;
      byStart.set(start, [...(byStart.get(start) ?? []), c]);
    }
    for (const [start, categories] of byStart) {
      out.push({
        at: start,
        kind: 'pause',
        hours: (s.at - start) / HOUR,
        text: `Rolling ${sessionWord(s.at, timeZone)} ${formatDayLong(s.at, now, timeZone, locale)}: pause ${describeCategories(categories)} from ${formatDayLong(start, now, timeZone, locale)} ${formatClock(start, timeZone)}`,
        categories,
        session: s,
      });
    }
    from = s.at + 1;
  }
  out.sort((a, b) => a.at - b.at || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return out;
}
