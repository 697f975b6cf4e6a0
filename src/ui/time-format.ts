/**
 * Dates, times, durations and needle lengths for every extension page and the badge, through Intl in the
 * display locale (./i18n.ts: the browser's locale, so 12 or 24 hours as it says). Calendar days are counted
 * in the given IANA zone with src/recovery/time.ts, so "tomorrow" stays right on a DST night. Every function
 * takes an explicit Clock for tests; pages use uiClock().
 */
import { localDay, localTimeZone, wallTime } from '../recovery/time';
import { displayLocale, formatNumber, t, tn, type DisplayLocale } from './i18n';

export interface Clock extends DisplayLocale {
  timeZone: string;
}

export function uiClock(): Clock {
  return { ...displayLocale(), timeZone: localTimeZone() };
}

/**
 * "Tonight" from 18:00: the hour the evening starts in both catalogues' usage ("this evening" /
 * "heute Abend"); a 20:00 session's windows end at evening times, which is where the word helps most.
 */
export const TONIGHT_FROM_HOUR = 18;

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(clock: Clock, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${clock.locale}|${clock.hourCycle}|${clock.timeZone}|${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) {
    // The hour cycle is forced only where it differs from the locale's own: forcing it also changes ICU's
    // pattern ("08:00" becomes "8:00" in en-GB and de).
    const own = new Intl.DateTimeFormat(clock.locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    const force = opts.hour !== undefined || opts.timeStyle !== undefined ? clock.hourCycle !== own : false;
    f = new Intl.DateTimeFormat(clock.locale, {
      ...opts,
      ...(force ? { hourCycle: clock.hourCycle } : {}),
      timeZone: clock.timeZone,
    });
    formatters.set(key, f);
  }
  return f;
}

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/**
 * "20:00" or "8:00 PM", as the locale says. timeStyle rather than TIME: ICU's pattern for a bare
 * hour+minute drops the leading zero in en-GB and de ("8:00"), which its weekday+time pattern and every
 * clock in those locales keep ("08:00").
 */
export function formatTime(ms: number, clock: Clock = uiClock()): string {
  return dateFormat(clock, { timeStyle: 'short' }).format(ms);
}

/**
 * When something ends, relative to `now`: "tonight at 8:00 PM", "today at 14:00", "tomorrow at 08:00"
 * where true; a weekday within the next 6 days ("Fri 8:00 PM", "Fr., 20:00"); beyond that, or in the past
 * before today, with the date ("Fri, Dec 4, 8:00 PM"). Intl composes weekday, date and time in the
 * locale's own order and punctuation.
 */
export function formatWhen(ms: number, now: number, clock: Clock = uiClock()): string {
  const diff = localDay(ms, clock.timeZone) - localDay(now, clock.timeZone);
  const time = formatTime(ms, clock);
  if (diff === 0) {
    const evening = wallTime(ms, clock.timeZone).hour >= TONIGHT_FROM_HOUR && ms >= now;
    return evening ? t('time_tonight_at', time) : t('time_today_at', time);
  }
  if (diff === 1) return t('time_tomorrow_at', time);
  if (diff > 1 && diff <= 6) return dateFormat(clock, { weekday: 'short', ...TIME }).format(ms);
  return formatWhenAbsolute(ms, clock);
}

/**
 * Weekday, date and time, true whenever it is read: "Fri, Dec 4, 8:00 PM" / "Fr., 4. Dez., 20:00". For texts
 * that stay up while the day changes (the toolbar tooltip is repainted when a window ends, not at midnight).
 */
export function formatWhenAbsolute(ms: number, clock: Clock = uiClock()): string {
  return dateFormat(clock, { weekday: 'short', day: 'numeric', month: 'short', ...TIME }).format(ms);
}

/** A calendar date with the year, for logs and backups: "Dec 4, 2026" / "04.12.2026". */
export function formatDate(ms: number, clock: Clock = uiClock()): string {
  return dateFormat(clock, { dateStyle: 'medium' }).format(ms);
}

/** A date and time with the year: "Dec 4, 2026, 8:00 PM" / "04.12.2026, 20:00". */
export function formatDateTime(ms: number, clock: Clock = uiClock()): string {
  return dateFormat(clock, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** "72 h", "5 days" ("72 Std.", "5 Tage"): whole days from 96 h up, the shared research's own style. */
export function formatDuration(hours: number): string {
  if (hours >= 96 && hours % 24 === 0) return tn('time_days', hours / 24);
  return t('time_hours', formatNumber(Math.round(hours * 10) / 10));
}

/** "0.5 mm", "0,25 mm", "1.0 mm": at least one decimal, at most two, in the locale's digits. */
export function formatNeedle(mm: number): string {
  return formatNumber(mm, {
    style: 'unit',
    unit: 'millimeter',
    unitDisplay: 'short',
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
  });
}

/** The weekday in full, "Sunday" / "Sonntag": which session a pause is for ("Sunday's session"). */
export function formatWeekday(ms: number, clock: Clock = uiClock()): string {
  return dateFormat(clock, { weekday: 'long' }).format(ms);
}
