import type { CategoryId } from '../ingredients/types';

/** Needle-depth tiers; see src/recovery/windows.ts for the mapping from millimetres. */
export type TierId = 'shallow' | 'medium' | 'deep' | 'very-deep';

/** Hours. */
export interface WindowRange {
  min: number;
  typical: number;
  max: number;
}

export interface WindowDefault extends WindowRange {
  /** Hours before a planned session to pause this category (0 = no pre-session pause). */
  before: number;
  sources: string[];
}

/** User override for one category in one tier: the hours to hold (typical) and to pause before. */
export interface WindowOverride {
  hold: number;
  before?: number;
}

export interface Schedule {
  /** Needle length in mm, 0.2-2.0. */
  needleMm: number;
  /** 'weekdays' uses `days` (0 = Sunday); 'interval' uses `everyDays` from `anchor`. */
  plan:
    | { kind: 'weekdays'; days: number[] }
    | { kind: 'interval'; everyDays: number; anchor: number }
    | { kind: 'none' };
  /** Usual time of day "HH:MM" (local). */
  time: string;
}

/** A session actually done. */
export interface Session {
  /** Epoch millis. */
  at: number;
  needleMm: number;
}

export type Status = 'hold' | 'caution' | 'ok';

export interface CategoryStatus {
  category: CategoryId;
  status: Status;
  /** Epoch millis when the hold or caution ends; null when ok. */
  until: number | null;
  /** The session the window counts from (or the planned session it precedes). */
  session: Session | null;
  /** 'after' a done session, or 'before' a planned one. */
  reason: 'after' | 'before' | null;
  hours: number;
}
