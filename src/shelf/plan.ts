/**
 * Tonight's plan: every shelf product with its state now, the 7-day timeline, and the reminders that name
 * products. Pure: findings come in (the pages and the background run the engine), `now` and the time zone are
 * parameters, the recovery model (src/recovery) answers every window question, so the plan, the popup's
 * verdicts and the badge never disagree.
 */
import type { CategoryId, Finding } from '../ingredients/types';
import { nextSession } from '../recovery/schedule';
import { recoveryState, REMINDER_HORIZON_DAYS, verdict } from '../recovery/status';
import { tierFor } from '../recovery/tiers';
import { DAY, HOUR, localTimeZone } from '../recovery/time';
import type { RecoverySettings, Session } from '../recovery/types';
import { MAX_OVERRIDE_HOURS } from '../recovery/limits';
import { effectiveWindow, makeupHours } from '../recovery/windows';

/** One product as the plan needs it: its findings (recomputed by the caller) and whether it is makeup. */
export interface PlanProduct {
  id: string;
  name: string;
  findings: readonly Finding[];
  makeup: boolean;
  /** Hydrating or calming ingredients it carries (soothingIn). */
  soothing: readonly string[];
}

/**
 * - fine: usable now, and no pause before the next session is due within it;
 * - pause: usable now, but a pre-session pause starts at `at` (before the session `session`);
 * - caution: only low-concern findings in a window: use with caution until `at`;
 * - hold: hold until `at` (a high finding in a window, or makeup inside its makeup window).
 */
export type PlanState = 'fine' | 'pause' | 'caution' | 'hold';

export type PlanCause = { kind: 'ingredient'; ingredient: string; category: CategoryId } | { kind: 'makeup' };

export interface PlanEntry {
  product: PlanProduct;
  state: PlanState;
  /** hold / caution: when it is usable again; pause: when the pause starts; fine: null. */
  at: number | null;
  /** What holds it (hold, caution, pause); null when fine. */
  cause: PlanCause | null;
  /** The session the state counts from ('after') or precedes ('before'); null when fine. */
  session: Session | null;
  reason: 'after' | 'before' | null;
  /** Usable now with hydrating or calming ingredients, after a session: listed first. */
  suggested: boolean;
  /**
   * fine: what a session would make it hold (its first high finding, else makeup), so "fine" is never a bare
   * green light on a product with something to hold (issue 12); null when a session holds nothing of it.
   */
  holdsAfter: PlanCause | null;
}

export interface Plan {
  /** Usable now (suggested first, then fine, then pauses by start), then the rest by when usable. */
  entries: PlanEntry[];
  /** True inside a window after a session (the time to suggest hydrating, calming products). */
  fresh: boolean;
  /** The next session (planned or logged ahead), if any. */
  nextSession: Session | null;
  at: number;
}

/** The makeup window still running at `now`: the latest end among the sessions done by then. */
export function makeupUntil(
  sessions: readonly Session[],
  now: number,
): { end: number; session: Session } | null {
  let best: { end: number; session: Session } | null = null;
  for (const s of sessions) {
    if (!(s.at <= now)) continue;
    const end = s.at + makeupHours(tierFor(s.needleMm)) * HOUR;
    if (end > now && (best === null || end > best.end)) best = { end, session: s };
  }
  return best;
}

/** When the earliest pre-session pause of `findings` (high ones: what the verdict holds) starts before `next`. */
function pauseStart(
  findings: readonly Finding[],
  next: Session,
  rs: RecoverySettings,
):
  | (PlanEntry['cause'] & {
      start: number;
    })
  | null {
  const tier = tierFor(next.needleMm);
  let best: { start: number; ingredient: string; category: CategoryId } | null = null;
  for (const f of findings) {
    if (f.severity !== 'high') continue;
    const before = effectiveWindow(f.category, tier, rs.overrides).before;
    if (before <= 0) continue;
    const start = next.at - before * HOUR;
    if (best === null || start < best.start) best = { start, ingredient: f.ingredient, category: f.category };
  }
  return best && { kind: 'ingredient', ...best };
}

/** One product's state now (see PlanState). */
export function planEntry(
  product: PlanProduct,
  rs: RecoverySettings,
  now: number,
  next: Session | null,
  fresh: boolean,
  timeZone: string = localTimeZone(),
): PlanEntry {
  const v = verdict(product.findings, rs, now, timeZone);
  const makeup = product.makeup ? makeupUntil(rs.sessions, now) : null;
  const base = { product, suggested: false, holdsAfter: null };
  if (v.state === 'hold' || makeup) {
    const top =
      v.state === 'hold' ? v.items.find((i) => i.status === 'hold' && i.until === v.until) : undefined;
    if (top && v.until !== null && (!makeup || v.until >= makeup.end)) {
      const cause: PlanCause = {
        kind: 'ingredient',
        ingredient: top.finding.ingredient,
        category: top.finding.category,
      };
      return { ...base, state: 'hold', at: v.until, cause, session: top.session, reason: top.reason };
    }
    if (makeup)
      return {
        ...base,
        state: 'hold',
        at: makeup.end,
        cause: { kind: 'makeup' },
        session: makeup.session,
        reason: 'after',
      };
  }
  if (v.state === 'caution') {
    const top = v.items.find((i) => i.status === 'caution' && i.until === v.until) ?? v.items[0]!;
    const cause: PlanCause = {
      kind: 'ingredient',
      ingredient: top.finding.ingredient,
      category: top.finding.category,
    };
    return { ...base, state: 'caution', at: v.until, cause, session: top.session, reason: top.reason };
  }
  const pause = next ? pauseStart(product.findings, next, rs) : null;
  if (pause && next && pause.start > now) {
    const { start, ...cause } = pause;
    return { ...base, state: 'pause', at: start, cause, session: next, reason: 'before' };
  }
  const high = product.findings.find((f) => f.severity === 'high');
  const holdsAfter: PlanCause | null = high
    ? { kind: 'ingredient', ingredient: high.ingredient, category: high.category }
    : product.makeup
      ? { kind: 'makeup' }
      : null;
  return {
    ...base,
    state: 'fine',
    at: null,
    cause: null,
    session: null,
    reason: null,
    suggested: fresh && product.soothing.length > 0,
    holdsAfter,
  };
}

const GROUP: Record<PlanState, number> = { fine: 0, pause: 0, caution: 1, hold: 1 };

/**
 * The settings with only the sessions that can still matter at `now`: no window outlasts MAX_OVERRIDE_HOURS
 * (overrides are clamped to it, defaults are shorter), so older sessions hold nothing. The verdict walks the
 * log once per product: a 500-session log made a 300-product plan about 5 times slower.
 */
function live(rs: RecoverySettings, now: number): RecoverySettings {
  const from = now - MAX_OVERRIDE_HOURS * HOUR;
  return rs.sessions.every((s) => s.at > from)
    ? rs
    : { ...rs, sessions: rs.sessions.filter((s) => s.at > from) };
}

/** Every product's state now, sorted by when it is usable (see Plan.entries). */
export function tonightsPlan(
  products: readonly PlanProduct[],
  all: RecoverySettings,
  now: number,
  timeZone: string = localTimeZone(),
): Plan {
  const rs = live(all, now);
  const next = nextSession(rs.schedule, rs.sessions, now, timeZone);
  const fresh = recoveryState(rs, now, timeZone).state === 'fresh';
  const entries = products.map((p) => planEntry(p, rs, now, next, fresh, timeZone));
  const rank = (e: PlanEntry) => (e.suggested ? 0 : e.state === 'fine' ? 1 : 2);
  entries.sort(
    (a, b) =>
      GROUP[a.state] - GROUP[b.state] ||
      rank(a) - rank(b) ||
      (a.at ?? 0) - (b.at ?? 0) ||
      a.product.name.localeCompare(b.product.name),
  );
  return { entries, fresh, nextSession: next, at: now };
}

// ---- The 7-day timeline ---------------------------------------------------------------------------------

export const TIMELINE_DAYS = 7;

export interface Bar {
  start: number;
  end: number;
  kind: 'hold' | 'caution';
}

export interface TimelineSession extends Session {
  /** Not logged: a planned session (or one logged ahead), drawn as if it happens. */
  planned: boolean;
}

export interface Timeline {
  start: number;
  end: number;
  /** Sessions inside [start, end] (logged and planned). */
  sessions: TimelineSession[];
  rows: { id: string; name: string; bars: Bar[] }[];
}

/** Sorted, merged intervals clipped to [lo, hi]. */
function merge(
  spans: { start: number; end: number }[],
  lo: number,
  hi: number,
): { start: number; end: number }[] {
  const clipped = spans
    .map((s) => ({ start: Math.max(lo, s.start), end: Math.min(hi, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of clipped) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The sessions that can hold something in [now, now + days]: logged ones, then each planned one. */
function timelineSessions(
  rs: RecoverySettings,
  now: number,
  end: number,
  timeZone: string,
): TimelineSession[] {
  const out: TimelineSession[] = live(rs, now)
    .sessions.filter((s) => s.at <= end)
    .map((s) => ({ at: s.at, needleMm: s.needleMm, planned: s.at > now }));
  let from = now;
  for (let i = 0; i < 64; i++) {
    const s = nextSession(rs.schedule, rs.sessions, from, timeZone);
    if (!s || s.at > end) break;
    if (!out.some((o) => o.at === s.at)) out.push({ ...s, planned: true });
    from = s.at + 1;
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * One row per product over the next `days`: when it waits, if every planned session happens. Each session
 * holds a finding's category for its window after (high findings: hold, low: caution), a planned one also for
 * the pause before it, and makeup for its makeup window; overlapping spans merge. The same windows as the
 * verdict, so the bar under "now" always agrees with the product's state.
 */
export function timeline(
  products: readonly PlanProduct[],
  rs: RecoverySettings,
  now: number,
  timeZone: string = localTimeZone(),
  days = TIMELINE_DAYS,
): Timeline {
  const end = now + days * DAY;
  const sessions = timelineSessions(rs, now, end, timeZone);
  const rows = products.map((p) => {
    const spans: Record<Bar['kind'], { start: number; end: number }[]> = { hold: [], caution: [] };
    for (const s of sessions) {
      const tier = tierFor(s.needleMm);
      for (const f of p.findings) {
        if (f.severity === 'note') continue;
        const w = effectiveWindow(f.category, tier, rs.overrides);
        const kind = f.severity === 'high' ? 'hold' : 'caution';
        spans[kind].push({ start: s.at, end: s.at + w.hold * HOUR });
        if (s.planned && w.before > 0) spans[kind].push({ start: s.at - w.before * HOUR, end: s.at });
      }
      if (p.makeup) spans.hold.push({ start: s.at, end: s.at + makeupHours(tier) * HOUR });
    }
    const bars: Bar[] = [
      ...merge(spans.caution, now, end).map((b) => ({ ...b, kind: 'caution' as const })),
      ...merge(spans.hold, now, end).map((b) => ({ ...b, kind: 'hold' as const })),
    ];
    return { id: p.id, name: p.name, bars };
  });
  return { start: now, end, sessions: sessions.filter((s) => s.at >= now - DAY && s.at <= end), rows };
}

// ---- Reminders that name products ---------------------------------------------------------------------

export interface ShelfReminder {
  at: number;
  /** 'shelf-pause': a pause starts before `session`; 'shelf-clear': `products` are fine again. */
  kind: 'shelf-pause' | 'shelf-clear';
  /** Product names, in shelf order. */
  products: string[];
  /** shelf-clear: what held it. */
  cause: PlanCause | null;
  session: Session;
}

/**
 * Upcoming reminders at or after `now`, sorted by time:
 * - 'shelf-pause' when the pause of one or more products starts before a session of the next 14 days (one per
 *   start time, naming the products): "Rolling tomorrow 20:00 - pause The Ordinary Retinol 1% tonight";
 * - 'shelf-clear' when a product held after a session is fine again (one per product): "Retinal window over -
 *   your serum is fine again". A hold that runs into the next session's pause has no such moment.
 */
export function shelfReminders(
  products: readonly PlanProduct[],
  all: RecoverySettings,
  now: number,
  timeZone: string = localTimeZone(),
): ShelfReminder[] {
  const rs = live(all, now);
  const out: ShelfReminder[] = [];
  const next = nextSession(rs.schedule, rs.sessions, now, timeZone);
  // Until when each product already waits: a pause that starts inside that wait is no news.
  const waitsUntil = new Map<string, number>();
  for (const p of products) {
    const e = planEntry(p, rs, now, next, false, timeZone);
    if ((e.state === 'hold' || e.state === 'caution') && e.at !== null) waitsUntil.set(p.id, e.at);
    if (e.state === 'hold' && e.reason === 'after' && e.at !== null && e.session && (!next || e.at < next.at))
      out.push({ at: e.at, kind: 'shelf-clear', products: [p.name], cause: e.cause, session: e.session });
  }
  const horizon = now + REMINDER_HORIZON_DAYS * DAY;
  let from = now;
  for (let i = 0; i < 16; i++) {
    const s = nextSession(rs.schedule, rs.sessions, from, timeZone);
    if (!s || s.at > horizon) break;
    const byStart = new Map<number, string[]>();
    for (const p of products) {
      const pause = pauseStart(p.findings, s, rs);
      if (!pause || pause.start < now || pause.start < (waitsUntil.get(p.id) ?? -Infinity)) continue;
      byStart.set(pause.start, [...(byStart.get(pause.start) ?? []), p.name]);
    }
    for (const [at, names] of byStart)
      out.push({ at, kind: 'shelf-pause', products: names, cause: null, session: s });
    from = s.at + 1;
  }
  return out.sort((a, b) => a.at - b.at || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
