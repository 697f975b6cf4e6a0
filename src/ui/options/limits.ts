/**
 * The limits the options page's inputs enforce, taken from where the settings validation keeps them, so a
 * value the page accepts is one storage accepts (tests/unit/ui/options/limits.test.ts checks each against
 * repairSettings). The interval limit has no named constant on this branch (settings.ts checks the literal
 * 60), so it is named here once and tested against settings.ts; the shared limits module
 * (src/recovery/limits.ts, MAX_INTERVAL_DAYS) replaces it when it lands.
 */
export { MAX_OVERRIDE_HOURS } from '../../recovery';

export const MIN_OVERRIDE_HOURS = 0;
export const MIN_INTERVAL_DAYS = 1;
export const MAX_INTERVAL_DAYS = 60;
