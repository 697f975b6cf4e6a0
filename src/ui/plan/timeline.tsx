/**
 * The 7-day timeline: one row per product, the times it waits as bars (hold red, caution amber), sessions as
 * marks (a solid line for a logged one, dashed for a planned one), midnights as faint lines. Plain CSS
 * positioned in percent of the week, so it takes the page's colours in light and dark. The picture is hidden
 * from screen readers; the list after it says the same in words.
 */
import { localDay, wallToEpoch } from '../../recovery/time';
import type { Bar, Timeline as TimelineData } from '../../shelf/plan';
import { t } from '../i18n';
import { formatWhen, uiClock } from '../time-format';
import { productName } from '../shelf/names';

const pct = (ms: number, tl: TimelineData): string =>
  `${(((ms - tl.start) / (tl.end - tl.start)) * 100).toFixed(3)}%`;

function midnights(tl: TimelineData, timeZone: string): number[] {
  const out: number[] = [];
  for (let d = localDay(tl.start, timeZone) + 1; ; d++) {
    const m = wallToEpoch(d, 0, 0, timeZone);
    if (m >= tl.end) return out;
    out.push(m);
  }
}

function barText(b: Bar, now: number): string {
  const clock = uiClock();
  const from = b.start <= now ? t('timeline_now') : formatWhen(b.start, now, clock);
  return t(
    b.kind === 'hold' ? 'timeline_bar_hold' : 'timeline_bar_caution',
    from,
    formatWhen(b.end, now, clock),
  );
}

export function Timeline({
  timeline: tl,
  now,
  heading: H,
}: {
  timeline: TimelineData;
  now: number;
  heading: 'h3' | 'h4';
}) {
  const clock = uiClock();
  const days = midnights(tl, clock.timeZone);
  const dayLabel = new Intl.DateTimeFormat(clock.locale, { weekday: 'short', timeZone: clock.timeZone });
  const marks = tl.sessions.filter((s) => s.at >= tl.start && s.at <= tl.end);
  return (
    <div class="timeline-box" role="group" aria-labelledby="timeline-h">
      <H id="timeline-h" class="plan-group">
        {t('timeline_heading')}
      </H>
      <div class="timeline" aria-hidden="true">
        <div class="tl-row tl-head">
          <span class="tl-name" />
          <span class="tl-track">
            {days.map((d) => (
              <span key={d} class="tl-day" style={{ left: pct(d, tl) }}>
                {dayLabel.format(d)}
              </span>
            ))}
          </span>
        </div>
        {tl.rows.map((r) => (
          <div key={r.id} class="tl-row">
            <span class="tl-name">{productName(r.name)}</span>
            <span class="tl-track">
              {days.map((d) => (
                <span key={d} class="tl-midnight" style={{ left: pct(d, tl) }} />
              ))}
              {r.bars.map((b) => (
                <span
                  key={`${b.kind}-${b.start}`}
                  class={`tl-bar ${b.kind}`}
                  style={{ left: pct(b.start, tl), width: `calc(${pct(b.end, tl)} - ${pct(b.start, tl)})` }}
                />
              ))}
              {marks.map((s) => (
                <span
                  key={s.at}
                  class={`tl-session${s.planned ? ' planned' : ''}`}
                  style={{ left: pct(s.at, tl) }}
                />
              ))}
            </span>
          </div>
        ))}
        <p class="tl-legend small">
          <span class="tl-key hold" /> {t('timeline_legend_hold')} <span class="tl-key caution" />{' '}
          {t('timeline_legend_caution')} <span class="tl-key session" /> {t('timeline_legend_session')}{' '}
          <span class="tl-key session planned" /> {t('timeline_legend_planned')}
        </p>
      </div>
      <ul class="visually-hidden">
        {marks.map((s) => (
          <li key={`s-${s.at}`}>
            {t(s.planned ? 'timeline_text_planned' : 'timeline_text_session', formatWhen(s.at, now, clock))}
          </li>
        ))}
        {tl.rows.map((r) => (
          <li key={r.id}>
            {productName(r.name)}:{' '}
            {r.bars.length
              ? r.bars
                  .slice()
                  .sort((a, b) => a.start - b.start)
                  .map((b) => barText(b, now))
                  .join('; ')
              : t('timeline_text_free')}
          </li>
        ))}
      </ul>
    </div>
  );
}
