/**
 * The first-run welcome (issue 12), in place of the schedule form: opened on install at options.html#welcome
 * (entrypoints/background.ts) and by the popup's "Set up my rolling". Three answers - needle, last session
 * (or not yet), planned days or interval and time - saved at once; then the schedule form is back, with a
 * line saying it is saved.
 */
import { useState } from 'preact/hooks';
import type { Schedule } from '../../recovery/types';
import type { Settings } from '../../settings';
import { t } from '../i18n';
import { refusalText } from '../log-text';
import type { Updates } from '../store';
import { NeedleSelect } from '../needle-select';
import { MAX_INTERVAL_DAYS, MIN_INTERVAL_DAYS } from './limits';
import { PlanFields, type PlanKind } from './plan-fields';
import { TimeField } from './time-field';

export const WELCOME_HASH = '#welcome';

export function Welcome({
  settings,
  update,
  onDone,
}: {
  settings: Settings;
  update: Updates;
  onDone: () => void;
}) {
  const [needle, setNeedle] = useState(settings.needleMm);
  const [last, setLast] = useState<'not-yet' | 'on'>('not-yet');
  const [lastAt, setLastAt] = useState('');
  const [kind, setKind] = useState<PlanKind>(settings.plan.kind === 'none' ? 'weekdays' : settings.plan.kind);
  const [days, setDays] = useState<number[]>(settings.plan.kind === 'weekdays' ? settings.plan.days : []);
  const [every, setEvery] = useState(settings.plan.kind === 'interval' ? settings.plan.everyDays : 7);
  const [time, setTime] = useState(settings.time);
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    // datetime-local gives the wall time without a zone; Date reads it in the browser's zone.
    const at = last === 'on' ? new Date(lastAt).getTime() : null;
    if (at !== null && (!Number.isFinite(at) || at > Date.now())) {
      return setMessage(t('welcome_last_error'));
    }
    const everyDays = Math.min(MAX_INTERVAL_DAYS, Math.max(MIN_INTERVAL_DAYS, Math.round(every) || 7));
    const plan: Schedule['plan'] =
      kind === 'weekdays' && days.length
        ? { kind, days: [...days].sort((a, b) => a - b) }
        : kind === 'interval'
          ? { kind, everyDays, anchor: Date.now() }
          : { kind: 'none' };
    await update.patchSettings({ needleMm: needle, plan, time });
    if (at !== null) {
      const res = await update.logSession(at, needle);
      if (!res.ok && res.refused !== 'duplicate') return setMessage(refusalText(res.refused));
    }
    onDone();
  };

  return (
    // id "schedule": the page's "Your rolling" link leads here while the welcome stands in for the form.
    <section id="schedule" aria-labelledby="welcome-h" class="welcome">
      <h2 id="welcome-h">{t('welcome_heading')}</h2>
      <p class="muted">{t('welcome_intro')}</p>
      <div class="row">
        <label for="welcome-needle">{t('options_needle_label')}</label>
        <NeedleSelect id="welcome-needle" value={needle} onChange={setNeedle} />
      </div>
      <fieldset>
        <legend>{t('welcome_last_legend')}</legend>
        <label>
          <input
            type="radio"
            name="welcome-last"
            checked={last === 'not-yet'}
            onChange={() => setLast('not-yet')}
          />{' '}
          {t('welcome_last_not_yet')}
        </label>
        <label>
          <input type="radio" name="welcome-last" checked={last === 'on'} onChange={() => setLast('on')} />{' '}
          {t('welcome_last_on')}
        </label>
        {last === 'on' && (
          <div class="row indent">
            <label for="welcome-last-at">{t('welcome_last_input')}</label>
            <input
              id="welcome-last-at"
              type="datetime-local"
              value={lastAt}
              onInput={(e) => setLastAt(e.currentTarget.value)}
            />
          </div>
        )}
      </fieldset>
      <PlanFields
        name="welcome-plan"
        kind={kind}
        days={days}
        onKind={setKind}
        onDays={setDays}
        intervalId="welcome-interval"
        intervalInput={
          <input
            id="welcome-interval"
            class="narrow"
            type="number"
            min={MIN_INTERVAL_DAYS}
            max={MAX_INTERVAL_DAYS}
            value={every}
            onInput={(e) => setEvery(Number(e.currentTarget.value))}
          />
        }
      />
      <TimeField id="welcome-time" value={time} onSave={setTime} />
      <button type="button" onClick={save}>
        {t('welcome_save')}
      </button>
      {message && (
        <p role="alert" class="error">
          {message}
        </p>
      )}
    </section>
  );
}
