/**
 * Tonight's plan: every shelf product with its state now, grouped (usable tonight, then waiting) and sorted by
 * when it is usable (src/shelf/plan.ts), then the 7-day timeline. Shared by the popup and the options page.
 */
import { useMemo } from 'preact/hooks';
import type { Session } from '../../recovery/types';
import { planProducts, type Analyze } from '../../shelf/analyze';
import { tonightsPlan, timeline, type PlanCause, type PlanEntry } from '../../shelf/plan';
import type { ShelfProduct } from '../../shelf/types';
import type { Settings } from '../../settings';
import { userRecovery } from '../user-recovery';
import { categoryLabel } from '../categories';
import { formatList, t } from '../i18n';
import { formatWeekday, formatWhen, uiClock } from '../time-format';
import { productName } from '../shelf/names';
import { Timeline } from './timeline';
import './plan.css';

function causeText(c: PlanCause | null): string {
  if (!c) return '';
  if (c.kind === 'makeup') return t('plan_cause_makeup');
  // The ingredient as the list writes it, lower-cased as in running text ("retinal"); the category if empty.
  return c.ingredient.toLowerCase() || categoryLabel(c.category);
}
const cause = (e: PlanEntry): string => causeText(e.cause);

/**
 * "Fine tonight", "Hold until Thu 20:00 - retinal", "Pause from Fri 20:00 - Sunday's session". A fine product
 * that a session would hold says until when it is fine: "Fine until Sunday's session - parfum", or without a
 * planned session "Fine until you roll - retinal".
 */
export function stateText(e: PlanEntry, now: number, next: Session | null): string {
  const clock = uiClock();
  switch (e.state) {
    case 'fine':
      if (!e.holdsAfter) return t('plan_fine');
      return next
        ? t('plan_fine_until_session', formatWeekday(next.at, clock), causeText(e.holdsAfter))
        : t('plan_fine_until_roll', causeText(e.holdsAfter));
    case 'hold':
      return e.reason === 'before'
        ? t('plan_hold_before', formatWhen(e.at!, now, clock), cause(e))
        : t('plan_hold_until', formatWhen(e.at!, now, clock), cause(e));
    case 'caution':
      return t('plan_caution_until', formatWhen(e.at!, now, clock), cause(e));
    case 'pause':
      return t('plan_pause_from', formatWhen(e.at!, now, clock), formatWeekday(e.session!.at, clock));
  }
}

function Entry({ e, now, next }: { e: PlanEntry; now: number; next: Session | null }) {
  return (
    <li class={`plan-entry ${e.state}${e.holdsAfter ? ' holds-after' : ''}`}>
      <span class="plan-name">{productName(e.product.name)}</span>
      <span class="plan-state">{stateText(e, now, next)}</span>
      {e.suggested && (
        <span class="plan-suggest small">{t('plan_suggested', formatList([...e.product.soothing]))}</span>
      )}
    </li>
  );
}

export function PlanView({
  shelf,
  settings,
  sessions,
  skipped,
  analyze,
  now,
  level = 2,
}: {
  shelf: readonly ShelfProduct[];
  settings: Settings;
  sessions: Session[];
  /** Planned sessions answered "No": an unanswered one counts as rolled, as in the popup's verdict. */
  skipped: readonly number[];
  analyze: Analyze;
  now: number;
  /** Heading level of the group headings' parent section (2 in the popup, 2 on the options page). */
  level?: 2 | 3;
}) {
  // Findings are recomputed whenever the shelf changes, never stored (issue 12).
  const products = useMemo(() => planProducts(analyze, shelf), [analyze, shelf]);
  const rs = userRecovery(settings, sessions, skipped, now).recovery;
  const plan = tonightsPlan(products, rs, now);
  const tl = timeline(products, rs, now);
  const usable = plan.entries.filter((e) => e.state === 'fine' || e.state === 'pause');
  const waiting = plan.entries.filter((e) => e.state === 'hold' || e.state === 'caution');
  const H = level === 2 ? 'h3' : 'h4';
  if (!shelf.length) return <p class="muted">{t('plan_empty')}</p>;
  return (
    <div class="plan">
      {usable.length > 0 && (
        <>
          <H class="plan-group">{t('plan_group_usable')}</H>
          <ul class="plan-list">
            {usable.map((e) => (
              <Entry key={e.product.id} e={e} now={now} next={plan.nextSession} />
            ))}
          </ul>
        </>
      )}
      {waiting.length > 0 && (
        <>
          <H class="plan-group">{t('plan_group_waiting')}</H>
          <ul class="plan-list">
            {waiting.map((e) => (
              <Entry key={e.product.id} e={e} now={now} next={plan.nextSession} />
            ))}
          </ul>
        </>
      )}
      <Timeline timeline={tl} now={now} heading={H} />
    </div>
  );
}
