/** What the toolbar badge says for a tab: pure, so the rules are unit-tested without a browser. */
import { flaggedCategories } from '../ingredients';
import type { Analysis, CategoryId } from '../ingredients/types';
import type { Verdict } from '../recovery/types';

export const BADGE_COLORS = {
  hold: '#b71c1c',
  caution: '#9a5b00',
  clear: '#37474f',
  noList: '#616161',
} as const;

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * Categories that count on the badge: those with a high-severity finding. Low-severity ones (silica in a
 * blush, citric acid as a pH adjuster) are explained in the popup but would make the badge cry wolf on
 * most products: 4 of the 7 real saved product pages carry one.
 */
export function badgeCategories(analysis: Analysis): CategoryId[] {
  return flaggedCategories(analysis, ['high']);
}

export function badgeFor(
  result: { state: 'found' | 'no-list' | 'error'; productPage: boolean; analysis: Analysis | null } | null,
  verdict: Verdict | null,
): Badge {
  const base = 'Needle Safe';
  if (!result) return { text: '', color: BADGE_COLORS.clear, title: `${base}: click to check this page` };
  if (result.state !== 'found' || !result.analysis) {
    // A distinct mark only where a list was expected; elsewhere silence is the right answer.
    return result.productPage
      ? { text: '?', color: BADGE_COLORS.noList, title: `${base}: no ingredient list found on this page` }
      : { text: '', color: BADGE_COLORS.clear, title: `${base}: no ingredient list on this page` };
  }
  const n = badgeCategories(result.analysis).length;
  if (n === 0) return { text: '', color: BADGE_COLORS.clear, title: `${base}: nothing detected` };
  const state = verdict?.state ?? 'clear';
  const what = `${n} ${n === 1 ? 'category' : 'categories'} to watch`;
  const title =
    state === 'hold'
      ? `${base}: ${what}; hold after your last session`
      : state === 'caution'
        ? `${base}: ${what}; use with caution now`
        : `${base}: ${what}; fine outside your recovery windows`;
  return { text: String(n), color: BADGE_COLORS[state], title };
}
