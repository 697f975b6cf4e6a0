/**
 * The limits of what the user can set, declared once: the recovery model, the settings validation
 * (src/settings.ts) and the options page all read them from here.
 */

/** Needle lengths the schedule accepts, in mm: the shortest and longest sold for home rollers and pens. */
export const MIN_NEEDLE_MM = 0.2;
export const MAX_NEEDLE_MM = 2.0;

/** The session log keeps at most this many sessions (the newest). */
export const MAX_SESSIONS = 500;

/** Longest interval plan ("every N days"), in days. */
export const MAX_INTERVAL_DAYS = 60;

/** Window overrides above this are clamped by the model and refused by the settings (60 days, in hours). */
export const MAX_OVERRIDE_HOURS = 24 * 60;

/**
 * The stored time of day: "HH:MM", 24 h, two-digit hour. parseTime() (time.ts) also reads a one-digit hour,
 * for schedules built in code; what is stored and imported must match this.
 */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
