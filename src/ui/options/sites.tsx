/**
 * The sites the user turned on with "Always check this site" (issue 13), each with Remove (which also gives
 * the permission back to the browser) and, when the permission was taken back in the browser's own
 * settings, a calm note with "Turn on again". The list is the background's (src/background/sites.ts): this
 * view only shows it and sends the user's clicks.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '../../messaging';
import { siteLabel, type Site } from '../../sites';
import { t } from '../i18n';
import { askForSite } from '../sites';
import { formatDate } from '../time-format';

function SiteRow({ site }: { site: Site }) {
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  const host = siteLabel(site.origin);
  const removed = site.access === 'removed';
  const run = (job: Promise<unknown>) => {
    setBusy(true);
    void job.finally(() => setBusy(false));
  };
  return (
    <li class={removed ? 'site removed' : 'site'}>
      <div>
        <strong>{host}</strong> <span class="muted small">{t('sites_added', formatDate(site.addedAt))}</span>
        {removed && <p class="small site-note">{t('sites_removed_note')}</p>}
        {removed && refused && (
          <p class="small muted" role="status">
            {t('sites_refused')}
          </p>
        )}
      </div>
      <div class="site-actions">
        {removed && (
          <button
            type="button"
            disabled={busy}
            aria-label={t('sites_turn_on_again_label', host)}
            // No await before the request: it must stay inside the click (src/ui/sites.ts).
            onClick={() => {
              setRefused(false);
              run(askForSite(site.origin, null).then((answer) => setRefused(answer === 'refused')));
            }}
          >
            {t('sites_turn_on_again')}
          </button>
        )}
        <button
          type="button"
          class="secondary"
          disabled={busy}
          aria-label={t('sites_remove_label', host)}
          onClick={() => run(sendMessage('removeSite', site.origin).catch(() => null))}
        >
          {t('sites_remove')}
        </button>
      </div>
    </li>
  );
}

export function YourSites({ sites }: { sites: Site[] | undefined }) {
  return (
    <section id="sites" aria-labelledby="sites-h">
      <h2 id="sites-h">{t('sites_heading')}</h2>
      <p class="muted">{t('sites_intro')}</p>
      {sites === undefined ? null : sites.length ? (
        <ul class="sites">
          {sites.map((s) => (
            <SiteRow key={s.origin} site={s} />
          ))}
        </ul>
      ) : (
        <p class="muted small">{t('sites_empty')}</p>
      )}
    </section>
  );
}
