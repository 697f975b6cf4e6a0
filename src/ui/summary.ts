/**
 * One product's answer in one place, for the popup headline and the toolbar badge alike, so they always say
 * the same thing: the state, how many categories it is about, until when, and the headline text.
 *
 * What counts, per state (the categories the headline is about, never all flagged ones):
 * - hold: categories with an ingredient to hold now (a high-severity finding inside its window);
 * - caution: categories with an ingredient to use with caution now (a low-severity finding in a window);
 * - clear: categories a session would make you hold (high-severity findings; no window is open);
 * - nothing: no high-severity finding. Low-severity ones (silica in a blush, citric acid as a pH adjuster)
 *   are explained on the cards but would make the badge cry wolf: 4 of the 7 real saved product pages have one.
 */
import type { Analysis, CategoryId } from '../ingredients/types';
import type { Verdict } from '../recovery/types';
import { ALL_CATEGORIES, categoryPlural } from './categories';
import { formatList, formatNumber, t, tn } from './i18n';
import { formatWhen, formatWhenAbsolute, uiClock, type Clock } from './time-format';

export type SummaryState = 'hold' | 'caution' | 'clear' | 'nothing';

export interface Summary {
  state: SummaryState;
  /** The categories the headline is about (see above), in verdict order. */
  categories: CategoryId[];
  /** When the state ends (hold, caution); null otherwise. */
  until: number | null;
  /** "Hold until tonight at 8:00 PM", "Nothing to hold". */
  headline: string;
  /** The same with an absolute time, for text that stays up past midnight (the toolbar tooltip). */
  headlineAbsolute: string;
  /** "2 to hold now: retinoids and fragrance", "24 ingredients checked for ...". */
  detail: string;
  /** Makeup held too, until then (src/ui/plan/makeup.ts): one more thing on hold. */
  makeup?: number;
}

function distinct(cats: CategoryId[]): CategoryId[] {
  return [...new Set(cats)];
}

export function summarize(analysis: Analysis, v: Verdict, now: number, clock: Clock = uiClock()): Summary {
  const list = (cats: readonly CategoryId[]) => formatList(cats.map(categoryPlural));
  const until = v.state === 'clear' ? null : v.until;
  const headlines = (key: 'verdict_hold_until' | 'verdict_caution_until', fallback: string) =>
    until === null
      ? { headline: fallback, headlineAbsolute: fallback }
      : {
          headline: t(key, formatWhen(until, now, clock)),
          headlineAbsolute: t(key, formatWhenAbsolute(until, clock)),
        };
  if (v.state === 'hold' || v.state === 'caution') {
    const categories = distinct(v.items.filter((i) => i.status === v.state).map((i) => i.finding.category));
    const n = formatNumber(categories.length);
    return v.state === 'hold'
      ? {
          state: 'hold',
          categories,
          until,
          ...headlines('verdict_hold_until', t('verdict_hold_now')),
          detail: t('verdict_hold_detail', n, list(categories)),
        }
      : {
          state: 'caution',
          categories,
          until,
          ...headlines('verdict_caution_until', t('verdict_caution_now')),
          detail: t('verdict_caution_detail', n, list(categories)),
        };
  }
  const categories = distinct(analysis.findings.filter((f) => f.severity === 'high').map((f) => f.category));
  if (categories.length) {
    const headline = t('verdict_clear');
    return {
      state: 'clear',
      categories,
      until: null,
      headline,
      headlineAbsolute: headline,
      detail: t('verdict_clear_detail', formatNumber(categories.length), list(categories)),
    };
  }
  const headline = t('verdict_nothing');
  return {
    state: 'nothing',
    categories: [],
    until: null,
    headline,
    headlineAbsolute: headline,
    detail: tn('verdict_nothing_detail', analysis.checked, list(ALL_CATEGORIES)),
  };
}
