import { CATEGORIES, type CategoryId } from '../ingredients/categories';
import { localDay, localTimeZone, wallTime } from './time';
import type { CategoryStatus, Status } from './types';

const pad = (n: number): string => String(n).padStart(2, '0');

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function part(
  ms: number,
  timeZone: string,
  locale: string,
  opts: Intl.DateTimeFormatOptions,
  type: string,
): string {
  const key = `${locale}|${timeZone}|${JSON.stringify(opts)}`;
  let f = dateFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...opts, timeZone });
    dateFormatters.set(key, f);
  }
  return f.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? '';
}

/** "20:00": local 24-hour wall time. */
export function formatClock(ms: number, timeZone: string = localTimeZone()): string {
  const w = wallTime(ms, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "Thu" / "Thursday" within today and the next 6 local days, else with the date ("Thu 4 Dec"). */
function dayLabel(
  ms: number,
  now: number,
  timeZone: string,
  locale: string,
  width: 'short' | 'long',
): string {
  const weekday = part(ms, timeZone, locale, { weekday: width }, 'weekday');
  const diff = localDay(ms, timeZone) - localDay(now, timeZone);
  if (diff >= 0 && diff <= 6) return weekday;
  const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: width };
  return `${weekday} ${part(ms, timeZone, locale, opts, 'day')} ${part(ms, timeZone, locale, opts, 'month')}`;
}

/**
 * When something ends, for the popup: "Thu 20:00" when it falls on today or one of the next 6 local calendar
 * days, else "Thu 4 Dec 20:00" (also for past times). Always weekday + 24-hour time, so the style never
 * changes with distance; the locale only translates the weekday and month names.
 */
export function formatUntil(
  ms: number,
  now: number,
  timeZone: string = localTimeZone(),
  locale = 'en-GB',
): string {
  return `${dayLabel(ms, now, timeZone, locale, 'short')} ${formatClock(ms, timeZone)}`;
}

/** "Thursday", or "Thursday 4 December" beyond the next 6 days (for reminder texts). */
export function formatDayLong(
  ms: number,
  now: number,
  timeZone: string = localTimeZone(),
  locale = 'en-GB',
): string {
  return dayLabel(ms, now, timeZone, locale, 'long');
}

const round1 = (h: number): number => Math.round(h * 10) / 10;

/** "24 h", "72 h", "5 days": whole days from 96 h up, hours below. */
export function formatHours(h: number): string {
  if (h >= 96 && h % 24 === 0) return `${h / 24} days`;
  return `${round1(h)} h`;
}

/** As formatHours, as an adjective: "72 h", "5-day". */
export function formatWindowLength(h: number): string {
  if (h >= 96 && h % 24 === 0) return `${h / 24}-day`;
  return `${round1(h)} h`;
}

/** "0.5 mm", "0.25 mm", "1.0 mm": at least one decimal, at most two. */
export function formatNeedle(mm: number): string {
  const fixed = (Math.round(mm * 100) / 100).toFixed(2);
  return `${fixed.endsWith('0') ? fixed.slice(0, -1) : fixed} mm`;
}

const GROUPS: { label: string; members: CategoryId[] }[] = [
  { label: 'acids', members: ['aha', 'bha', 'pha', 'azelaic-acid'] },
  { label: 'exfoliants', members: ['physical-exfoliant', 'enzyme'] },
];

/** "retinoids, acids and exfoliants": complete groups collapse to one word; order follows `categories`. */
export function describeCategories(categories: readonly CategoryId[]): string {
  const words: string[] = [];
  for (const c of categories) {
    const group = GROUPS.find((g) => g.members.includes(c) && g.members.every((m) => categories.includes(m)));
    const word = group ? group.label : CATEGORIES[c].sentence;
    if (!words.includes(word)) words.push(word);
  }
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * One line for the popup, e.g. "hold until Thu 20:00, 72 h after your 0.5 mm session", "use with caution
 * until Thu 20:00, ...", "pause until your 0.5 mm session Thu 20:00 (48 h before)", "ok now". `status` is the
 * item's status (verdict) or the window's own.
 */
export function describeStatus(
  status: Status,
  categoryWindow: CategoryStatus,
  now: number,
  timeZone: string = localTimeZone(),
  locale = 'en-GB',
): string {
  if (
    status === 'ok' ||
    categoryWindow.status === 'ok' ||
    categoryWindow.until === null ||
    !categoryWindow.session
  )
    return 'ok now';
  const verb = status === 'hold' ? 'hold' : 'use with caution';
  const needle = formatNeedle(categoryWindow.session.needleMm);
  if (categoryWindow.reason === 'before') {
    return `${status === 'hold' ? 'pause' : 'use with caution'} until your ${needle} session ${formatUntil(categoryWindow.until, now, timeZone, locale)} (${formatHours(categoryWindow.hours)} before)`;
  }
  const after = `${formatHours(categoryWindow.hours)} after your ${needle} session`;
  const clearAt = categoryWindow.clearAt ?? categoryWindow.until;
  if (clearAt > categoryWindow.until) {
    return `${verb} until ${formatUntil(clearAt, now, timeZone, locale)}: ${after}, then the pause before your next session`;
  }
  return `${verb} until ${formatUntil(categoryWindow.until, now, timeZone, locale)}, ${after}`;
}
