/**
 * The planned-sessions fields - none, some weekdays, every N days - once for the two forms that ask them: the
 * schedule form, which saves each change (src/ui/options/schedule.tsx), and the first-run welcome, which
 * keeps a draft until its Save (./welcome.tsx). Each passes its own interval input, since that is where the
 * two differ (a field saved when committed, or a draft number).
 */
import type { ComponentChildren } from 'preact';
import type { Schedule } from '../../recovery/types';
import { displayLocale, t } from '../i18n';
import { weekdays } from './weekdays';

export type PlanKind = Schedule['plan']['kind'];

export function PlanFields({
  name,
  kind,
  days,
  onKind,
  onDays,
  intervalId,
  intervalInput,
}: {
  /** The radio group's name: unique on the page. */
  name: string;
  kind: PlanKind;
  /** The chosen weekdays (0 = Sunday), for the weekdays plan. */
  days: readonly number[];
  onKind: (kind: PlanKind) => void;
  /** The new weekdays, sorted. */
  onDays: (days: number[]) => void;
  /** The id of the interval's input, for its label. */
  intervalId: string;
  intervalInput: ComponentChildren;
}) {
  const radio = (k: PlanKind, label: string) => (
    <label>
      <input type="radio" name={name} checked={kind === k} onChange={() => onKind(k)} /> {label}
    </label>
  );
  return (
    <fieldset>
      <legend>{t('options_plan_legend')}</legend>
      {radio('none', t('options_plan_none'))}
      {radio('weekdays', t('options_plan_weekdays'))}
      {kind === 'weekdays' && (
        <div class="days" role="group" aria-label={t('options_plan_days_group')}>
          {weekdays(displayLocale().locale).map(({ day, short, long }) => (
            <label key={day} title={long}>
              <input
                type="checkbox"
                checked={days.includes(day)}
                onChange={(e) =>
                  onDays(
                    e.currentTarget.checked
                      ? [...days, day].sort((a, b) => a - b)
                      : days.filter((d) => d !== day),
                  )
                }
              />{' '}
              {short}
            </label>
          ))}
        </div>
      )}
      {radio('interval', t('options_plan_interval'))}
      {kind === 'interval' && (
        <div class="row indent">
          <label for={intervalId}>{t('options_plan_interval_days')}</label>
          {intervalInput}
        </div>
      )}
    </fieldset>
  );
}
