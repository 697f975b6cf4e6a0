/**
 * "Your rolling": the needle length (the one needle control of the page: the window table below follows its
 * depth tier), planned sessions, usual time and reminders.
 */
import { nextPlannedSession, planFrequencyWarning, tierFor } from '../../recovery';
import { usualFrequency } from '../log-text';
import type { Settings } from '../../settings';
import { displayLocale, t } from '../i18n';
import type { SchedulePatch, Updates } from '../store';
import { formatNeedle, formatWhen } from '../time-format';
import { NeedleSelect } from '../needle-select';
import { MAX_INTERVAL_DAYS, MIN_INTERVAL_DAYS } from './limits';
import { NumberField } from './number-field';
import { tierExplanation, tierRange } from './text';
import { weekdays } from './weekdays';

/** The interval a new "every N days" plan starts with: weekly, the usual home-rolling rhythm. */
const DEFAULT_INTERVAL_DAYS = 7;

export function ScheduleForm({
  settings,
  now,
  update,
  welcomed = false,
}: {
  settings: Settings;
  now: number;
  update: Updates;
  /** Just saved from the welcome: say so at the top. */
  welcomed?: boolean;
}) {
  const set = (patch: SchedulePatch) => update.patchSettings(patch);
  const plan = settings.plan;
  const next = nextPlannedSession(settings, now);
  const tier = tierFor(settings.needleMm);
  const tooOften = planFrequencyWarning(settings);
  return (
    <section id="schedule" aria-labelledby="schedule-h">
      <h2 id="schedule-h">{t('options_schedule_heading')}</h2>
      {welcomed && (
        <p role="status" class="ok">
          {t('welcome_saved')}
        </p>
      )}
      <div class="row">
        <label for="needle">{t('options_needle_label')}</label>
        <NeedleSelect
          id="needle"
          describedBy="needle-tier"
          value={settings.needleMm}
          onChange={(mm) => set({ needleMm: mm })}
        />
      </div>
      <p id="needle-tier" class="small muted">
        <strong>{tierRange(tier)}</strong>: {tierExplanation(tier)}
      </p>
      <fieldset>
        <legend>{t('options_plan_legend')}</legend>
        <label>
          <input
            type="radio"
            name="plan"
            checked={plan.kind === 'none'}
            onChange={() => set({ plan: { kind: 'none' } })}
          />{' '}
          {t('options_plan_none')}
        </label>
        <label>
          <input
            type="radio"
            name="plan"
            checked={plan.kind === 'weekdays'}
            onChange={() => set({ plan: { kind: 'weekdays', days: [] } })}
          />{' '}
          {t('options_plan_weekdays')}
        </label>
        {plan.kind === 'weekdays' && (
          <div class="days" role="group" aria-label={t('options_plan_days_group')}>
            {weekdays(displayLocale().locale).map(({ day, short, long }) => (
              <label key={day} title={long}>
                <input
                  type="checkbox"
                  checked={plan.days.includes(day)}
                  onChange={(e) =>
                    set({
                      plan: {
                        kind: 'weekdays',
                        days: e.currentTarget.checked
                          ? [...plan.days, day].sort((a, b) => a - b)
                          : plan.days.filter((x) => x !== day),
                      },
                    })
                  }
                />{' '}
                {short}
              </label>
            ))}
          </div>
        )}
        <label>
          <input
            type="radio"
            name="plan"
            checked={plan.kind === 'interval'}
            onChange={() =>
              set({ plan: { kind: 'interval', everyDays: DEFAULT_INTERVAL_DAYS, anchor: now } })
            }
          />{' '}
          {t('options_plan_interval')}
        </label>
        {plan.kind === 'interval' && (
          <div class="row indent">
            <label for="interval">{t('options_plan_interval_days')}</label>
            <NumberField
              id="interval"
              value={plan.everyDays}
              min={MIN_INTERVAL_DAYS}
              max={MAX_INTERVAL_DAYS}
              onSave={(n) => set({ plan: { ...plan, everyDays: n } })}
            />
          </div>
        )}
      </fieldset>
      {tooOften && (
        <p class="warning" id="frequency-warning">
          {t('options_frequency_warning', formatNeedle(settings.needleMm), usualFrequency(tooOften.tier))}
        </p>
      )}
      <div class="row">
        <label for="time">{t('options_time_label')}</label>
        {/* type=time: the browser shows it in its own locale's 12 or 24 hours; the value is always HH:MM. */}
        <input
          id="time"
          type="time"
          value={settings.time}
          onChange={(e) => /^\d\d:\d\d$/.test(e.currentTarget.value) && set({ time: e.currentTarget.value })}
        />
      </div>
      <p class="muted">
        {next !== null ? t('options_next_session', formatWhen(next, now)) : t('options_no_session_planned')}
      </p>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.reminders}
          onChange={(e) => update.setReminders(e.currentTarget.checked)}
        />{' '}
        {t('options_reminders')}
      </label>
      <p class="small muted">{t('options_reminders_also')}</p>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.checklist}
          onChange={(e) => update.setChecklist(e.currentTarget.checked)}
        />{' '}
        {t('options_checklist')}
      </label>
    </section>
  );
}
