/**
 * "Add to my shelf" under any checked product (shop page, Scan this page, paste, selection). Behind a button so
 * the verdict stays the first thing read; opened, it asks only for the name (prefilled from the page) and
 * whether the product is makeup (ticked when the page says so).
 */
import { useState } from 'preact/hooks';
import { MAX_PRODUCT_NAME } from '../../shelf/limits';
import { isMakeup, type ShelfDraft } from '../../shelf/types';
import { t } from '../i18n';
import { addResultText } from './names';
import { shelfUpdates } from '../store';
import '../plan/plan.css';

type Said = { ok: boolean; text: string };

export function AddToShelf({ draft, idBase }: { draft: ShelfDraft; idBase: string }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(draft.name);
  const [makeup, setMakeupTick] = useState(isMakeup(draft));
  const [said, setSaid] = useState<Said | null>(null);
  const formId = `${idBase}-shelf`;
  const add = async () => {
    const kinds = makeup
      ? [...new Set([...draft.kinds, 'makeup' as const])]
      : draft.kinds.filter((k) => k !== 'makeup');
    const r = await shelfUpdates.add({ ...draft, name, kinds });
    if (r.ok) setOpen(false);
    setSaid(addResultText(r));
  };
  return (
    <div class="add-shelf">
      {!open && !said?.ok && (
        <button
          type="button"
          class="secondary"
          aria-controls={formId}
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          {t('shelf_add')}
        </button>
      )}
      {open && (
        <form
          id={formId}
          class="shelf-form"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <label for={`${formId}-name`}>{t('shelf_name_label')}</label>
          <input
            id={`${formId}-name`}
            type="text"
            value={name}
            maxLength={MAX_PRODUCT_NAME}
            placeholder={t('shelf_name_placeholder')}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <label class="check">
            <input
              type="checkbox"
              checked={makeup}
              onChange={(e) => setMakeupTick(e.currentTarget.checked)}
            />{' '}
            {t('shelf_makeup_label')}
          </label>
          <button type="submit">{t('shelf_save')}</button>
        </form>
      )}
      {said && (
        <p role={said.ok ? 'status' : 'alert'} class={`small ${said.ok ? 'ok' : 'error'}`}>
          {said.text}
        </p>
      )}
    </div>
  );
}
