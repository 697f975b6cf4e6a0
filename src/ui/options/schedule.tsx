/**
 * "Your rolling": the needle length (the one needle control of the page: the window table below follows its
 * depth tier), planned sessions, usual time and reminders.
 */
import { nextPlannedSession, planFrequencyWarning, tierFor } from '../../recovery';
import { usualFrequency } from '../log-text';
import type { Settings } from '../../settings';
import { t } from '../i18n';
import type { SchedulePatch, Updates } from '../store';
import { formatNeedle, formatWhen } from '../time-format';
import { NeedleSelect } from '../needle-select';
import { MAX_INTERVAL_DAYS, MIN_INTERVAL_DAYS } from './limits';
import { NumberField } from './number-field';
import { PlanFields } from './plan-fields';
import { TimeField } from './time-field';
import { tierExplanation, tierRange } from './text';

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
      <PlanFields
        name="plan"
        kind={plan.kind}
        days={plan.kind === 'weekdays' ? plan.days : []}
        onKind={(kind) =>
          set({
            plan:
              kind === 'weekdays'
                ? { kind, days: [] }
                : kind === 'interval'
                  ? { kind, everyDays: DEFAULT_INTERVAL_DAYS, anchor: now }
                  : { kind },
          })
        }
        onDays={(days) => set({ plan: { kind: 'weekdays', days } })}
        intervalId="interval"
        intervalInput={
          plan.kind === 'interval' && (
            <NumberField
              id="interval"
              value={plan.everyDays}
              min={MIN_INTERVAL_DAYS}
              max={MAX_INTERVAL_DAYS}
              onSave={(n) => set({ plan: { ...plan, everyDays: n } })}
            />
          )
        }
      />
      {tooOften && (
        <p class="warning" id="frequency-warning">
          {t('options_frequency_warning', formatNeedle(settings.needleMm), usualFrequency(tooOften.tier))}
        </p>
      )}
      <TimeField id="time" value={settings.time} onSave={(time) => set({ time })} />
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
