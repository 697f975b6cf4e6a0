/** Settings that were damaged in storage and repaired on their own, shown until dismissed. */
import type { RepairNote } from '../../storage';
import { t } from '../i18n';
import { repairsText } from '../repair-text';
import { formatDateTime } from '../time-format';

export function Repairs({ notes, onDismiss }: { notes: RepairNote[] | undefined; onDismiss: () => void }) {
  if (!notes?.length) return null;
  return (
    <section class="notice" role="alert" aria-labelledby="repairs-h">
      <h2 id="repairs-h">{t('options_repairs_heading')}</h2>
      <ul>
        {notes.map((n) => (
          <li key={n.at}>{t('options_repairs_item', formatDateTime(n.at), repairsText(n.fields))}</li>
        ))}
      </ul>
      <button type="button" class="secondary" onClick={onDismiss}>
        {t('options_repairs_dismiss')}
      </button>
    </section>
  );
}
