import type { CategoryId, Finding } from '../ingredients/types';

/** Needle-depth tiers; see src/recovery/tiers.ts for the mapping from millimetres. */
export type TierId = 'shallow' | 'medium' | 'deep' | 'very-deep';

export interface TierInfo {
  id: TierId;
  /** Short label for the options page, e.g. "up to 0.3 mm". */
  label: string;
  /** Needle lengths in this tier are > overMm and <= upToMm (mm). */
  overMm: number;
  upToMm: number;
  /** One or two sentences for the user: what this depth does to the skin and why the windows are what they are. */
  explanation: string;
}

/** Hours. */
export interface WindowRange {
  min: number;
  typical: number;
  max: number;
}

export interface WindowDefault extends WindowRange {
  /** Hours before a planned session to pause this category (0 = no pre-session pause). */
  before: number;
  /**
   * Short citations; full references in SOURCES (src/recovery/sources.ts), each with the docs/sources.md
   * entry it rests on (`ref`).
   */
  sources: string[];
  /** Optional remark shown next to the numbers (e.g. prescription retinoids). */
  note?: string;
}

/** User override for one category in one tier: the hours to hold (typical) and to pause before. */
export interface WindowOverride {
  hold: number;
  before?: number;
}

/** Overrides by tier, then category. Missing entries use DEFAULT_WINDOWS. */
export type Overrides = Partial<Record<TierId, Partial<Record<CategoryId, WindowOverride>>>>;

/** The window actually used for one category in one tier. */
export interface EffectiveWindow {
  category: CategoryId;
  tier: TierId;
  /** Hours to hold after a session. */
  hold: number;
  /** Hours to pause before a planned session. */
  before: number;
  /** True when the user's override changed `hold` or `before`. */
  overridden: boolean;
  /** The default behind it (min / typical / max and sources), for display. */
  default: WindowDefault;
}

export interface Schedule {
  /** Needle length in mm, 0.2-2.0, used for planned sessions. */
  needleMm: number;
  /**
   * 'weekdays' uses `days` (0 = Sunday); 'interval' uses `everyDays` from the local calendar day of `anchor`
   * (epoch millis; only its date counts, the time of day comes from `time`; no planned sessions before it).
   */
  plan:
    | { kind: 'weekdays'; days: number[] }
    | { kind: 'interval'; everyDays: number; anchor: number }
    | { kind: 'none' };
  /** Usual time of day "HH:MM" (local wall time, 24 h). */
  time: string;
  /**
   * Epoch millis when the plan or its time was last set. Planned sessions before it are never asked about
   * ("Did you roll?", src/recovery/pending.ts): a plan made at 21:00 did not plan that evening's 20:00.
   */
  since?: number;
}

/** A session actually done. */
export interface Session {
  /** Epoch millis. */
  at: number;
  needleMm: number;
}

export interface RecoverySettings {
  schedule: Schedule;
  /** Logged sessions (see addSession). Sessions later than `now` are treated as planned. */
  sessions: Session[];
  overrides: Overrides;
}

export type Status = 'hold' | 'caution' | 'ok';

export interface CategoryStatus {
  category: CategoryId;
  /** 'hold' or 'ok' (categoryStatus never says 'caution'; verdict does, for low-severity findings). */
  status: Status;
  /** Epoch millis when the current cause ends (the after-window, or the planned session); null when ok. */
  until: number | null;
  /**
   * Epoch millis when the category can actually be used again: `until`, or the next session when its
   * pre-session pause starts before (or when) the current after-window ends. Null when ok.
   */
  clearAt: number | null;
  /** The session the window counts from (or the planned session it precedes). */
  session: Session | null;
  /** 'after' a done session, or 'before' a planned one. */
  reason: 'after' | 'before' | null;
  /**
   * Hours of the current cause (hold hours for 'after', pause hours for 'before'). When ok: the hold hours a
   * session with the schedule's needle would start, for display ("72 h after your next session").
   */
  hours: number;
  /** Tier of `session` (or of the schedule's needle when ok). */
  tier: TierId;
  /** True when a user override set `hours`. */
  overridden: boolean;
}

export interface VerdictItem {
  finding: Finding;
  /** high -> hold, low -> caution, note -> ok (informational); always ok outside a window. */
  status: Status;
  /** When the product is fine again for this finding (the category's clearAt); null when ok. */
  until: number | null;
  hours: number;
  session: Session | null;
  reason: 'after' | 'before' | null;
  /** The category status behind this item. */
  window: CategoryStatus;
}

export interface Verdict {
  state: 'hold' | 'caution' | 'clear';
  /** The latest end among the items of the top state (holds, or cautions when there is no hold); null when clear. */
  until: number | null;
  /** Most serious first: hold, caution, ok; then latest `until`; then list position. */
  items: VerdictItem[];
  /** The categories checked against the windows (distinct, in findings order). */
  checked: CategoryId[];
  /** The `now` the verdict was computed for. */
  at: number;
}

export type RecoveryStateKind = 'fresh' | 'pre-session' | 'clear';

export interface RecoveryState {
  state: RecoveryStateKind;
  /** Epoch millis when `state` changes next (schedule an alarm then); null when nothing is planned. */
  nextChange: number | null;
  /** The session the state refers to: the done one ('fresh') or the next one ('pre-session', 'clear'). */
  session: Session | null;
  /** The next session (planned, or logged in the future), if any. */
  nextSession: Session | null;
}

export interface Reminder {
  /** Epoch millis when to show it. */
  at: number;
  kind: 'pause' | 'window-over';
  /**
   * English, for logs and the pure tests (which pin the days and hours across DST with it); what a user
   * reads is worded from the fields below through the catalogues (src/ui/reminder-text.ts).
   */
  text: string;
  /** 'window-over': the window's length in hours; 'pause': how long before the session the pause starts. */
  hours: number;
  categories: CategoryId[];
  session: Session;
}
