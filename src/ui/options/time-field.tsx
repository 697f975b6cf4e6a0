/**
 * The usual time of day of a rolling session, as the schedule form and the welcome form both ask it. A
 * type=time input: the browser shows it in its own locale's 12 or 24 hours, and its value is always "HH:MM";
 * only a complete, valid value (the stored format, TIME_OF_DAY) is passed on, so a half-typed time never
 * reaches the settings.
 */
import { TIME_OF_DAY } from '../../recovery/limits';
import { t } from '../i18n';

export function TimeField(props: { id: string; value: string; onSave(time: string): void }) {
  return (
    <div class="row">
      <label for={props.id}>{t('options_time_label')}</label>
      <input
        id={props.id}
        type="time"
        value={props.value}
        onChange={(e) => TIME_OF_DAY.test(e.currentTarget.value) && props.onSave(e.currentTarget.value)}
      />
    </div>
  );
}
