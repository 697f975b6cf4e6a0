/**
 * Pure recovery model: schedule + sessions + now -> windows, "hold until", next session. No DOM, no
 * `browser`, no clock: `now` (epoch millis) and the IANA `timeZone` (default: the runtime's zone) are
 * parameters.
 *
 * Decisions, in one place:
 * - Windows are elapsed hours from the session (72 h after Thursday 20:00 on a DST night ends at 19:00 or
 *   21:00 local); planned sessions are local wall times (a "20:00" session stays at 20:00 across DST).
 * - Sessions logged later than `now` are treated as planned (they can start a pre-session pause), never as
 *   done.
 * - A planned slot with a session logged up to 12 h before it counts as done (DONE_TOLERANCE_HOURS).
 * - Planned slots that were not logged are not assumed done: only logged sessions start an after-window.
 * - Needle lengths between tiers go to the deeper tier; invalid lengths to the deepest.
 */
export * from './types';
export * from './limits';
export * from './tiers';
export * from './windows';
export * from './sources';
export * from './time';
export * from './schedule';
export * from './status';
export * from './format';
export * from './pending';
export * from './frequency';
export * from './spf';
