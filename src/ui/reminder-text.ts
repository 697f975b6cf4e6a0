/**
 * The schedule's reminders (src/recovery/status.ts) in the user's language: the pure module keeps the
 * facts (when, which categories, which session); the words and the date format come from the catalogue.
 */
import type { Reminder } from '../recovery/types';
import { categoryPlural } from './categories';
import { formatList, t } from './i18n';
import { formatDuration, formatNeedle, formatWhen, uiClock, type Clock } from './time-format';

export function scheduleReminderText(r: Reminder, clock: Clock = uiClock()): string {
  if (r.kind === 'window-over')
    return t('reminder_window_over', formatDuration(r.hours), formatNeedle(r.session.needleMm));
  // Shown at the pause's start: the session is named relative to then ("tomorrow at 20:00").
  return t(
    'reminder_pause',
    formatWhen(r.session.at, r.at, clock),
    formatList(r.categories.map(categoryPlural)),
  );
}
