/**
 * One card per flagged ingredient, each with one sentence that follows from its status and severity alone,
 * so a card never says two things ("fine now; hold 72 h" beside "caution rather than hold"):
 * - hold / caution inside a window: until when, counted from which session;
 * - outside every window: what a session would mean for it (hold, or use with caution);
 * - a note: never a reason to hold, and why it is only a note (the category's reason to hold is left out).
 */
import type { VerdictItem } from '../../recovery/types';
import { categoryLabel, categoryWhy } from '../categories';
import { ordinal, t } from '../i18n';
import { reasonText, sourceText } from '../reasons';
import { formatDuration, formatNeedle, formatWhen, uiClock, type Clock } from '../time-format';

export function cardSentence(item: VerdictItem, now: number, clock: Clock = uiClock()): string {
  const f = item.finding;
  if (f.severity === 'note') return t('card_note');
  const w = item.window;
  const duration = formatDuration(w.hours);
  if (item.status === 'ok' || w.until === null || !w.session) {
    return t(f.severity === 'high' ? 'card_ok_hold' : 'card_ok_caution', duration);
  }
  const hold = item.status === 'hold';
  const needle = formatNeedle(w.session.needleMm);
  if (w.reason === 'before') {
    return t(
      hold ? 'card_hold_before' : 'card_caution_before',
      needle,
      formatWhen(w.until, now, clock),
      duration,
    );
  }
  const clearAt = w.clearAt ?? w.until;
  if (clearAt > w.until) {
    const key = hold ? 'card_hold_after_then_pause' : 'card_caution_after_then_pause';
    return t(key, formatWhen(clearAt, now, clock), duration, needle);
  }
  return t(
    hold ? 'card_hold_after' : 'card_caution_after',
    formatWhen(w.until, now, clock),
    duration,
    needle,
  );
}

/** "Retinal (19th)", "Retinal (19th, Night Cream)": where it is in which list. */
export function cardTitle(item: VerdictItem): string {
  const f = item.finding;
  return `${f.ingredient} (${ordinal(f.position)}${f.list ? `, ${f.list}` : ''})`;
}

export function FindingCards({
  items,
  now,
  level,
  explainCautionAt,
}: {
  items: VerdictItem[];
  now: number;
  level: 1 | 2;
  /** Index of the card that carries the one-line "what caution means", if any. */
  explainCautionAt: number;
}) {
  if (!items.length) return null;
  const Title = level === 1 ? 'h2' : 'h3';
  const clock = uiClock();
  return (
    <ul class="cards" aria-label={t('popup_findings_label')}>
      {items.map((item, i) => {
        const f = item.finding;
        const tone = f.severity === 'note' ? 'note' : item.status;
        return (
          <li key={`${f.list ?? ''}-${f.position}-${f.rule}`} class={`card ${tone}`}>
            <div class="card-head">
              <Title class="card-title">{cardTitle(item)}</Title>
              <span class="tag">{categoryLabel(f.category)}</span>
            </div>
            <p class="sentence">{cardSentence(item, now, clock)}</p>
            {i === explainCautionAt && <p class="small explain">{t('verdict_caution_means')}</p>}
            <p class="small muted">
              {f.severity === 'note' ? t('card_why_note', reasonText(f)) : categoryWhy(f.category)}
              {f.match.kind === 'fuzzy' ? ` ${t('card_read_as', f.canonical)}` : ''}
            </p>
            {f.severity === 'low' && <p class="small muted">{t('card_why_caution', reasonText(f))}</p>}
            <p class="small muted">{t('card_source', sourceText(f))}</p>
          </li>
        );
      })}
    </ul>
  );
}
