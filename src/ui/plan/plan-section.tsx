/**
 * Tonight's plan in the popup: behind a button below the page's verdict, so the first view's headline stays
 * above the fold and the engine is loaded only when the plan is opened (`?view=plan` opens it at once).
 */
import { useState } from 'preact/hooks';
import { t, tn } from '../i18n';
import { useShelf } from '../store';
import type { UserData } from '../verdict-view';
import { useEngine } from './engine';
import { PlanView } from './plan-view';

export function PlanSection({
  now,
  user,
  openAtStart,
}: {
  now: number;
  user: UserData;
  openAtStart: boolean;
}) {
  const [open, setOpen] = useState(openAtStart);
  const shelf = useShelf();
  const analyze = useEngine(open);
  return (
    <section class="plan-section" aria-labelledby="plan-h">
      <h2 id="plan-h" class="visually-hidden">
        {t('plan_heading')}
      </h2>
      <button
        type="button"
        class="secondary"
        aria-expanded={open}
        aria-controls="plan-box"
        onClick={() => setOpen(!open)}
      >
        {shelf?.length ? tn('plan_toggle', shelf.length) : t('plan_toggle_empty')}
      </button>
      {open && (
        <div id="plan-box">
          {shelf && user.settings && user.sessions && user.skipped && analyze ? (
            <PlanView
              shelf={shelf}
              settings={user.settings}
              sessions={user.sessions}
              skipped={user.skipped}
              analyze={analyze}
              now={now}
            />
          ) : (
            <p class="muted">{t('popup_loading')}</p>
          )}
        </div>
      )}
    </section>
  );
}
