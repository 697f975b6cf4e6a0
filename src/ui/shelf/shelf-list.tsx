/**
 * The shelf on the options page: add a product by pasting its list with a name, rename, tick makeup, check
 * again (the full verdict, recomputed now), remove. Findings are never stored: "check again" runs the current
 * engine on the stored text.
 */
import { useState } from 'preact/hooks';
import type { Session } from '../../recovery/types';
import { analyzeProduct, type Analyze } from '../../shelf/analyze';
import { MAX_PRODUCT_NAME, MAX_PRODUCT_TEXT, MAX_SHELF_PRODUCTS } from '../../shelf/limits';
import { isMakeup, type ShelfProduct } from '../../shelf/types';
import type { Settings } from '../../settings';
import { formatNumber, t } from '../i18n';
import { shelfUpdates } from '../store';
import { formatDate } from '../time-format';
import { VerdictView } from '../verdict-view';
import { addResultText, productName } from './names';
import '../plan/plan.css';

type Said = { ok: boolean; text: string } | null;

function AddByPaste({ count }: { count: number }) {
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [makeup, setMakeupTick] = useState(false);
  const [said, setSaid] = useState<Said>(null);
  const full = count >= MAX_SHELF_PRODUCTS;
  return (
    <form
      class="shelf-form shelf-add"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await shelfUpdates.add({
          name,
          shop: null,
          url: null,
          text,
          category: null,
          kinds: makeup ? ['makeup'] : [],
        });
        if (r.ok) {
          setName('');
          setText('');
          setMakeupTick(false);
        }
        setSaid(addResultText(r));
      }}
    >
      <label for="shelf-new-name">{t('shelf_name_label')}</label>
      <input
        id="shelf-new-name"
        type="text"
        value={name}
        maxLength={MAX_PRODUCT_NAME}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <label for="shelf-new-text">{t('shelf_paste_label')}</label>
      <textarea
        id="shelf-new-text"
        value={text}
        maxLength={MAX_PRODUCT_TEXT}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <label class="check">
        <input type="checkbox" checked={makeup} onChange={(e) => setMakeupTick(e.currentTarget.checked)} />{' '}
        {t('shelf_makeup_label')}
      </label>
      <button type="submit" disabled={full || !text.trim()}>
        {t('shelf_save')}
      </button>
      {(said || full) && (
        <p role={said?.ok ? 'status' : 'alert'} class={said?.ok ? 'ok' : 'error'}>
          {said?.text ?? t('shelf_full', formatNumber(MAX_SHELF_PRODUCTS))}
        </p>
      )}
    </form>
  );
}

function Row({
  p,
  n,
  analyze,
  settings,
  sessions,
  skipped,
  now,
  shopName,
}: {
  p: ShelfProduct;
  n: number;
  analyze: Analyze | null;
  settings: Settings;
  sessions: Session[];
  skipped: number[] | undefined;
  now: number;
  shopName: (id: string) => string;
}) {
  const [checking, setChecking] = useState(false);
  const id = `shelf-${p.id}`;
  return (
    <li class="shelf-row">
      <div class="row">
        <input
          type="text"
          class="shelf-name"
          aria-label={t('shelf_rename_label', formatNumber(n))}
          value={p.name}
          placeholder={t('shelf_unnamed')}
          maxLength={MAX_PRODUCT_NAME}
          onChange={(e) => void shelfUpdates.rename(p.id, e.currentTarget.value)}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={isMakeup(p)}
            onChange={(e) => void shelfUpdates.setMakeup(p.id, e.currentTarget.checked)}
          />{' '}
          {t('shelf_makeup_short')}
        </label>
        <button
          type="button"
          class="secondary"
          aria-expanded={checking}
          aria-controls={`${id}-check`}
          onClick={() => setChecking(!checking)}
        >
          {t('shelf_check')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-label={t('shelf_remove_label', productName(p.name))}
          onClick={() => void shelfUpdates.remove(p.id)}
        >
          {t('shelf_remove')}
        </button>
      </div>
      <p class="small muted">
        {[p.shop && shopName(p.shop), p.addedAt ? t('shelf_added_on', formatDate(p.addedAt)) : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {checking && (
        <div id={`${id}-check`}>
          {analyze ? (
            <VerdictView
              analysis={analyzeProduct(analyze, p)}
              title={productName(p.name)}
              now={now}
              user={{ settings, sessions, skipped }}
              level={2}
              draft={p}
              onShelf
            />
          ) : (
            <p class="muted">{t('options_loading')}</p>
          )}
        </div>
      )}
    </li>
  );
}

export function ShelfList({
  shelf,
  analyze,
  settings,
  sessions,
  skipped,
  now,
  shopName = (id) => id,
}: {
  shelf: readonly ShelfProduct[];
  analyze: Analyze | null;
  settings: Settings;
  sessions: Session[];
  /** Planned sessions answered "No" (undefined while loading: a re-check waits for it). */
  skipped: number[] | undefined;
  now: number;
  /** The shop's name for the id a page result gives (a selection's host stays as it is). */
  shopName?: (id: string) => string;
}) {
  return (
    <section id="shelf" class="shelf-section" aria-labelledby="shelf-h">
      <h2 id="shelf-h">{t('shelf_heading')}</h2>
      <p class="muted">{t('shelf_intro', formatNumber(shelf.length), formatNumber(MAX_SHELF_PRODUCTS))}</p>
      {shelf.length > 0 && (
        <ul class="shelf-list">
          {shelf.map((p, i) => (
            <Row
              key={p.id}
              p={p}
              n={i + 1}
              analyze={analyze}
              settings={settings}
              sessions={sessions}
              skipped={skipped}
              now={now}
              shopName={shopName}
            />
          ))}
        </ul>
      )}
      <h3>{t('shelf_add_heading')}</h3>
      <AddByPaste count={shelf.length} />
    </section>
  );
}
