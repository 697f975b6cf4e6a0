/**
 * Makeup waits its own window after a session even when its list flags nothing (docs/sources.md#makeup-window).
 * The popup headline and the badge both go through withMakeup, so they keep saying the same thing.
 */
import type { ProductKind } from '../../ingredients/types';
import { tierFor } from '../../recovery/tiers';
import type { Session } from '../../recovery/types';
import { makeupHours } from '../../recovery/windows';
import { makeupUntil } from '../../shelf/plan';
import { t } from '../i18n';
import type { Summary } from '../summary';
import {
  formatDuration,
  formatNeedle,
  formatWhen,
  formatWhenAbsolute,
  uiClock,
  type Clock,
} from '../time-format';

export interface MakeupWait {
  end: number;
  session: Session;
}

/** The makeup window running at `now` for a product of these kinds; null when it is not makeup or none runs. */
export function makeupWait(
  kinds: readonly ProductKind[] | null | undefined,
  sessions: readonly Session[],
  now: number,
): MakeupWait | null {
  return kinds?.includes('makeup') ? makeupUntil(sessions, now) : null;
}

/** "Makeup waits 24 h after your 0.5 mm session." */
export const makeupDetail = (w: MakeupWait): string =>
  t(
    'makeup_wait_detail',
    formatDuration(makeupHours(tierFor(w.session.needleMm))),
    formatNeedle(w.session.needleMm),
  );

/**
 * The summary with the makeup window in it: unchanged when there is none; a hold that already lasts as long
 * counts it as one more thing held; otherwise the headline becomes "Hold until <end of the makeup window>".
 */
export function withMakeup(
  summary: Summary,
  wait: MakeupWait | null,
  now: number,
  clock: Clock = uiClock(),
): Summary {
  if (!wait) return summary;
  if (summary.state === 'hold' && summary.until !== null && summary.until >= wait.end)
    return { ...summary, makeup: wait.end };
  const held = summary.state === 'hold';
  return {
    state: 'hold',
    categories: held ? summary.categories : [],
    until: wait.end,
    makeup: wait.end,
    headline: t('verdict_hold_until', formatWhen(wait.end, now, clock)),
    headlineAbsolute: t('verdict_hold_until', formatWhenAbsolute(wait.end, clock)),
    detail: held ? `${makeupDetail(wait)} ${summary.detail}` : makeupDetail(wait),
  };
}
