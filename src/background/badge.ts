/**
 * What the toolbar badge says for a tab. It is computed from the popup's own summary (src/ui/summary.ts), so
 * the badge and the popup headline cannot disagree: same state, same categories, and the tooltip is the
 * headline (with an absolute time, see below).
 *
 * Marks, chosen so the state does not rest on colour alone (WCAG 1.4.1):
 * - hold: the number of categories to hold now, on red ("2");
 * - caution: "!" on amber: nothing is to be held, so a number there would read as "2 to hold";
 * - clear (no window open), or no dates yet (nothing logged or planned): the number of categories a session
 *   would hold, on grey;
 * - nothing flagged: no mark; no list on a product page: "?" on grey; other pages: no mark.
 */
import type { Analysis } from '../ingredients/types';
import type { Verdict } from '../recovery/types';
import { formatNumber, t } from '../ui/i18n';
import { summarize, type Summary, type SummaryContext } from '../ui/summary';
import { withMakeup, type MakeupWait } from '../ui/plan/makeup';
import type { Clock } from '../ui/time-format';

export const BADGE_COLORS = {
  hold: '#b71c1c',
  caution: '#9a5b00',
  clear: '#37474f',
  noList: '#616161',
} as const;

/** The caution mark (see above). */
export const CAUTION_MARK = '!';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export interface BadgeInput {
  state: 'found' | 'no-list' | 'error';
  productPage: boolean;
  analysis: Analysis | null;
}

/** The badge text for a summary: also what the e2e suite expects from the engine's own analysis. */
export function badgeText(summary: Summary): string {
  if (summary.state === 'caution') return CAUTION_MARK;
  if (summary.state === 'nothing') return '';
  // a description, not a list: the no-list mark, as for a product page whose list was not found
  if (summary.state === 'described') return '?';
  return formatNumber(summary.categories.length + (summary.makeup ? 1 : 0));
}

/**
 * `verdict` is the verdict of `result.analysis` (null without an analysis); its `at` is the time the badge
 * speaks for. The tooltip uses the
 * headline with an absolute day and time: the badge is repainted when a window ends, not at midnight, so
 * "tomorrow" in a tooltip could turn false while it is shown.
 */
export function badgeFor(
  result: BadgeInput | null,
  verdict: Verdict | null,
  clock?: Clock,
  /** The schedule's part ("if you rolled at 20:00", no dates yet), as the popup's headline has it. */
  context: SummaryContext = {},
  makeup: MakeupWait | null = null,
): Badge {
  const title = (text: string) => t('badge_title', text);
  if (!result) return { text: '', color: BADGE_COLORS.clear, title: title(t('badge_click_to_check')) };
  if (result.state !== 'found' || !result.analysis || !verdict) {
    // A distinct mark only where a list was expected; elsewhere silence is the right answer.
    return result.productPage
      ? { text: '?', color: BADGE_COLORS.noList, title: title(t('badge_no_list')) }
      : { text: '', color: BADGE_COLORS.clear, title: title(t('badge_no_list_here')) };
  }
  const summary = withMakeup(
    summarize(result.analysis, verdict, verdict.at, clock, context),
    makeup,
    verdict.at,
    clock,
  );
  const color =
    summary.state === 'hold'
      ? BADGE_COLORS.hold
      : summary.state === 'caution'
        ? BADGE_COLORS.caution
        : summary.state === 'described'
          ? BADGE_COLORS.noList
          : BADGE_COLORS.clear;
  return { text: badgeText(summary), color, title: title(summary.headlineAbsolute) };
}
