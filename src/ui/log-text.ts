/** What logging a session answered, in words: a calm refusal, or the frequency warning. */
import type { LogFrequencyWarning } from '../recovery/frequency';
import type { LogRefusal } from '../recovery/pending';
import type { TierId } from '../recovery/types';
import { t, type MessageKey } from './i18n';
import { formatNeedle, formatWhen } from './time-format';

const REFUSALS: Record<LogRefusal, MessageKey> = {
  duplicate: 'log_refused_duplicate',
  future: 'log_refused_future',
  'out-of-range': 'log_refused_range',
};

export const refusalText = (r: LogRefusal): string => t(REFUSALS[r]);

/** The usual frequency at a depth (docs/sources.md#rolling-frequency-by-needle). */
const USUAL: Record<TierId, MessageKey> = {
  shallow: 'frequency_usual_shallow',
  medium: 'frequency_usual_medium',
  deep: 'frequency_usual_deep',
  'very-deep': 'frequency_usual_very_deep',
};

export const usualFrequency = (tier: TierId): string => t(USUAL[tier]);

export function logWarningText(w: LogFrequencyWarning, now: number): string {
  return t(
    'log_frequency_warning',
    formatNeedle(w.last.needleMm),
    formatWhen(w.last.at, now),
    usualFrequency(w.tier),
  );
}
