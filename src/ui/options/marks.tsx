/** Marks on shop pages on or off (issue 13): one switch, saved at once. */
import { t } from '../i18n';
import { setMarks, useMarksPref } from '../marks-pref';

export function MarksSwitch() {
  const pref = useMarksPref();
  return (
    <section id="marks" aria-labelledby="marks-h">
      <h2 id="marks-h">{t('options_marks_heading')}</h2>
      <p class="muted">{t('options_marks_intro')}</p>
      {pref && (
        <label class="row">
          <input
            type="checkbox"
            id="marks-on"
            checked={pref.on}
            onChange={(e) => void setMarks(e.currentTarget.checked)}
          />{' '}
          {t('options_marks_label')}
        </label>
      )}
    </section>
  );
}
