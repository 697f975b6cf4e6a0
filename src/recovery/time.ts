/**
 * Local wall time <-> epoch millis for an IANA time zone, with Intl.DateTimeFormat only (no date library).
 * Civil dates are handled as "day numbers" (days since 1970-01-01 in the proleptic Gregorian calendar), so
 * calendar arithmetic never goes through a time zone.
 */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The runtime's local IANA zone (the default wherever a `timeZone` parameter is optional). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone: a wrong zone must not silently become UTC.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local wall time of `ms` in `timeZone`. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const p = parts.find((x) => x.type === type);
    return p ? Number(p.value) : 0;
  };
  const era = parts.find((x) => x.type === 'era')?.value;
  let year = get('year');
  if (era === 'BC' || era === 'B') year = 1 - year;
  const month = get('month');
  const day = get('day');
  return {
    year,
    month,
    day,
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    weekday: weekdayOf(dayNumber(year, month, day)),
  };
}

/** Days since 1970-01-01 of a civil date (month 1-12; out-of-range days/months roll over). */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / DAY);
}

/** 0 = Sunday. */
export function weekdayOf(dayNum: number): number {
  return (((dayNum + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The local calendar day (day number) of `ms` in `timeZone`. */
export function localDay(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  return dayNumber(w.year, w.month, w.day);
}

/** UTC offset in millis at instant `ms` (local = UTC + offset), to the second. */
export function offsetAt(ms: number, timeZone: string): number {
  const t = Math.floor(ms / 1000) * 1000;
  const w = wallTime(t, timeZone);
  const asUtc = dayNumber(w.year, w.month, w.day) * DAY + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
  return asUtc - t;
}

/**
 * Epoch millis of local wall time `hour:minute` on day `dayNum` in `timeZone`.
 * - Ambiguous (the repeated hour when clocks go back): the first occurrence.
 * - Nonexistent (the skipped hour when clocks go forward): shifted forward by the gap, e.g. 02:30 on the
 *   spring-forward night in Berlin becomes 03:30 (as Temporal's 'compatible' disambiguation does).
 */
export function wallToEpoch(dayNum: number, hour: number, minute: number, timeZone: string): number {
  const naive = dayNum * DAY + (hour * 60 + minute) * 60_000;
  // Offsets in force around that wall time; zones change offset at most once within a day either side.
  const offsets = new Set([
    offsetAt(naive - DAY, timeZone),
    offsetAt(naive, timeZone),
    offsetAt(naive + DAY, timeZone),
  ]);
  let best: number | null = null;
  for (const o of offsets) {
    const t = naive - o;
    if (offsetAt(t, timeZone) === o && (best === null || t < best)) best = t;
  }
  if (best !== null) return best;
  // In a gap: interpret with the offset before the transition, which lands after the gap.
  return naive - offsetAt(naive - DAY, timeZone);
}

/** Parses "HH:MM" (00:00-23:59, one-digit hour allowed). Null when invalid. */
export function parseTime(time: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}
