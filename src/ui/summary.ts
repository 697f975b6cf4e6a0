/**
 * One product's answer in one place, for the popup headline and the toolbar badge alike, so they always say
 * the same thing: the state, how many categories it is about, until when, and the headline text.
 *
 * What counts, per state (the categories the headline is about, never all flagged ones):
 * - hold: categories with an ingredient to hold now (a high-severity finding inside its window);
 * - caution: categories with an ingredient to use with caution now (a low-severity finding in a window);
 * - clear: categories a session would make you hold (high-severity findings; no window is open);
 * - described: nothing found, and the text is a product description naming irritants in its sentences, not
 *   an ingredient list (src/ingredients/analyze.ts): no green "Nothing to hold" for a list never seen;
 * - nothing: no high-severity finding. Low-severity ones (silica in a blush, citric acid as a pH adjuster)
 *   are explained on the cards but would make the badge cry wolf: 4 of the 7 real saved product pages have one.
 */
import type { Analysis, CategoryId } from '../ingredients/types';
import type { Verdict } from '../recovery/types';
import { ALL_CATEGORIES, categoryPlural } from './categories';
import { formatList, formatNumber, t, tn } from './i18n';
import { localDay } from '../recovery/time';
import { formatTime, formatWhen, formatWhenAbsolute, uiClock, type Clock } from './time-format';

/**
 * 'no-dates': something would be held after a session, but with no session logged and none planned there is
 * no date to give (issue 12: a fresh install said a green "Nothing to hold now" on a retinal serum).
 */
export type SummaryState = 'hold' | 'caution' | 'clear' | 'no-dates' | 'described' | 'nothing';

/** What the schedule adds to a verdict (src/ui/verdict-view.ts userRecovery). */
export interface SummaryContext {
  /** The verdict assumes the planned session at this time was rolled (not answered yet). */
  ifRolledAt?: number | null;
  /** No session logged, none planned: no dates to give. */
  noDates?: boolean;
}

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

export function summarize(
  analysis: Analysis,
  v: Verdict,
  now: number,
  clock: Clock = uiClock(),
  context: SummaryContext = {},
): Summary {
  const list = (cats: readonly CategoryId[]) => formatList(cats.map(categoryPlural));
  const until = v.state === 'clear' ? null : v.until;
  // The latest end is the planned session itself (a pre-session pause): say so, or "Hold until Tue 21:51"
  // reads as "fine once you have rolled" (issue 12).
  const beforeSession = v.items.some((i) => i.until === until && i.reason === 'before' && i.status !== 'ok');
  // "If you rolled at 20:00" today; an earlier day's session, and the tooltip (which stays up past
  // midnight), name the day: "If you rolled on Tue, Dec 1, 8:00 PM".
  const ifRolled = (text: string, absolute: boolean): string => {
    const at = context.ifRolledAt;
    if (at == null) return text;
    const sameDay = localDay(at, clock.timeZone) === localDay(now, clock.timeZone);
    return sameDay && !absolute
      ? t('verdict_if_rolled', formatTime(at, clock), text)
      : t('verdict_if_rolled_on', formatWhenAbsolute(at, clock), text);
  };
  const headlines = (key: 'verdict_hold_until' | 'verdict_caution_until', fallback: string) => {
    if (until === null)
      return { headline: ifRolled(fallback, false), headlineAbsolute: ifRolled(fallback, true) };
    const k = beforeSession && key === 'verdict_hold_until' ? 'verdict_pause_for_session' : key;
    return {
      headline: ifRolled(t(k, formatWhen(until, now, clock)), false),
      headlineAbsolute: ifRolled(t(k, formatWhenAbsolute(until, clock)), true),
    };
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
    const detail = t('verdict_clear_detail', formatNumber(categories.length), list(categories));
    return context.noDates
      ? untimed('no-dates', categories, t('verdict_no_dates'), detail)
      : untimed('clear', categories, t('verdict_clear'), detail);
  }
  if (analysis.described?.length && analysis.findings.every((f) => f.severity === 'note')) {
    return untimed(
      'described',
      [],
      t('verdict_described'),
      t('verdict_described_detail', formatList(analysis.described)),
    );
  }
  return untimed(
    'nothing',
    [],
    t('verdict_nothing'),
    tn('verdict_nothing_detail', analysis.checked, list(ALL_CATEGORIES)),
  );
}

/** A verdict with no end time: the headline is the same with or without an absolute time. */
function untimed(state: SummaryState, categories: CategoryId[], headline: string, detail: string): Summary {
  return { state, categories, until: null, headline, headlineAbsolute: headline, detail };
}
