/**
 * "Always check this site" on a page outside the shop list, and "Turn on again" when the user took the
 * site's permission back in the browser's own settings (issue 13). Calm in every outcome: a refusal says
 * nothing changed; a revoked permission is the headline's note with one button here, never an error.
 */
import { useState } from 'preact/hooks';
import { siteLabel, type Site } from '../../sites';
import { t } from '../i18n';
import { askForSite } from '../sites';

export function SiteAccess({
  origin,
  tabId,
  site,
}: {
  origin: string;
  tabId: number;
  site: Site | undefined;
}) {
  const [state, setState] = useState<'idle' | 'asking' | 'refused'>('idle');
  const host = siteLabel(origin);
  const removed = site?.access === 'removed';
  const onClick = () => {
    setState('asking');
    // No await before this call: the request must stay inside the click (src/ui/sites.ts).
    void askForSite(origin, tabId).then((answer) => setState(answer === 'refused' ? 'refused' : 'idle'));
  };
  return (
    <div class="site-access">
      {/* A removed site's headline says what happened (page-state.tsx); here only the way back. */}
      {!removed && <p class="small muted">{t('sites_always_help', host)}</p>}
      <button type="button" class="secondary" disabled={state === 'asking'} onClick={onClick}>
        {removed ? t('sites_turn_on_again') : t('sites_always')}
      </button>
      <p class="small muted" role="status">
        {state === 'asking' ? t('sites_asking') : state === 'refused' ? t('sites_refused') : ''}
      </p>
    </div>
  );
}
