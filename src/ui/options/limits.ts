/**
 * The limits the options page's inputs enforce, taken from where the settings validation keeps them, so a
 * value the page accepts is one storage accepts (tests/unit/ui/options/limits.test.ts checks each against
 * repairSettings). The maxima are declared once in src/recovery/limits.ts; the minima
 * are the page's own floors (no negative hours, at least one day between sessions).
 */
export { MAX_OVERRIDE_HOURS } from '../../recovery';

export const MIN_OVERRIDE_HOURS = 0;
export const MIN_INTERVAL_DAYS = 1;
export { MAX_INTERVAL_DAYS } from '../../recovery';
