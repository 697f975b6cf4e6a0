/**
 * Weekday names and order for the planned-days checkboxes, from Intl in the display locale (no day names in
 * the catalogues: the browser has them for every language). Days keep the schedule's numbering, 0 = Sunday.
 */

/** A Sunday (4 January 2026, noon UTC): day d of the week is this plus d days. */
const SUNDAY = Date.UTC(2026, 0, 4, 12);
const DAY_MS = 86_400_000;

export interface Weekday {
  /** 0 = Sunday ... 6 = Saturday, as stored in the plan. */
  day: number;
  short: string;
  long: string;
}

/**
 * The week as the locale starts it: Intl.Locale's week info where the browser has it (Chrome 99+), else
 * ISO 8601's Monday (Firefox has no week info yet).
 */
export function weekdays(locale: string): Weekday[] {
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const first = firstDayOfWeek(locale);
  return Array.from({ length: 7 }, (_, i) => {
    const day = (first + i) % 7;
    const at = SUNDAY + day * DAY_MS;
    return { day, short: short.format(at), long: long.format(at) };
  });
}

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/** 0 = Sunday ... 6 = Saturday. Intl numbers Monday 1 ... Sunday 7. */
export function firstDayOfWeek(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & WeekInfoLocale;
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info && Number.isInteger(info.firstDay)) return info.firstDay % 7;
  } catch {
    // An unparsable locale: fall through to ISO.
  }
  return 1;
}
