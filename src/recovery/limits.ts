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

/**
 * Every stored or imported instant (a session, an interval anchor, a skipped session, the plan's start) must
 * lie in this range. Date can hold +-8.64e15 ms, but Intl.DateTimeFormat throws "RangeError: Invalid time
 * value" far earlier than a user could mean (year 275760), and an anchor near that end blanked the options
 * page (issue 12). 2000-2100 covers every real session and plan with room to spare.
 */
export const MIN_INSTANT = Date.UTC(2000, 0, 1);
export const MAX_INSTANT = Date.UTC(2100, 0, 1);

/** Two logged sessions closer than this are one session logged twice (issue 12: "within the same hour"). */
export const SAME_SESSION_MS = 3_600_000;

/**
 * A session "now" may be up to this far ahead of the clock that checks it (the popup's clock and the
 * background's can differ by a render); anything later is in the future and refused.
 */
export const FUTURE_SLACK_MS = 60_000;

/** A session logged from the popup can be undone from the popup for this long (issue 12). */
export const UNDO_MS = 60_000;

/** At most this many answered "No, I did not roll" planned sessions are kept (the newest). */
export const MAX_SKIPPED = 200;
