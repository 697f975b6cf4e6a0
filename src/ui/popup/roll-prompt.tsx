/**
 * The schedule's word of the moment, above the page's verdict: "Did you roll at 20:00?" after a planned
 * session nobody answered (Yes logs it at the planned time with the needle picked, No records it skipped),
 * and the morning after a session "Wear SPF today; mineral filters until 20:00".
 */
import { useState } from 'preact/hooks';
import { localDay, localTimeZone } from '../../recovery/time';
import type { SpfAdvice } from '../../recovery/spf';
import type { Session } from '../../recovery/types';
import { t } from '../i18n';
import { refusalText } from '../log-text';
import type { Updates } from '../store';
import { formatTime, formatWhen, formatWhenAbsolute } from '../time-format';
import { NeedleSelect } from '../needle-select';

/** "Did you roll at 20:00?" today, with the day otherwise. */
export function rollQuestion(at: number, now: number): string {
  const tz = localTimeZone();
  return localDay(at, tz) === localDay(now, tz)
    ? t('popup_did_you_roll_today', formatTime(at))
    : t('popup_did_you_roll_on', formatWhenAbsolute(at));
}

export function RollPrompt({
  pending,
  now,
  update,
}: {
  pending: Session;
  now: number;
  update: Pick<Updates, 'logSession' | 'skipPlanned'>;
}) {
  const [needle, setNeedle] = useState(pending.needleMm);
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <section class="prompt" aria-labelledby="roll-q">
      <h2 id="roll-q" class="prompt-q">
        {rollQuestion(pending.at, now)}
      </h2>
      <p class="small">{t('popup_did_you_roll_help')}</p>
      <div class="row">
        <label for="roll-needle">{t('popup_needle_label')}</label>
        <NeedleSelect id="roll-needle" value={needle} onChange={setNeedle} />
        <button
          type="button"
          onClick={async () => {
            const res = await update.logSession(pending.at, needle);
            setRefused(res.ok ? null : refusalText(res.refused));
          }}
        >
          {t('popup_roll_yes')}
        </button>
        <button type="button" class="secondary" onClick={() => update.skipPlanned(pending.at)}>
          {t('popup_roll_no')}
        </button>
      </div>
      {refused && (
        <p class="small" role="alert">
          {refused}
        </p>
      )}
    </section>
  );
}

export function SpfLine({ advice, now }: { advice: SpfAdvice; now: number }) {
  return (
    <p class="spf" role="note">
      {advice.mineralUntil === null
        ? t('popup_spf')
        : t('popup_spf_mineral', formatWhen(advice.mineralUntil, now))}
    </p>
  );
}
