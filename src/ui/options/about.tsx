/** The options page's fixed text: where the default windows come from, and what stays private. */
import { SOURCES } from '../../recovery';
import { t } from '../i18n';
import { sourceFinding, sourceFull, sourceShort } from './text';

export function Sources() {
  return (
    <section id="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">{t('options_sources_heading')}</h2>
      <ul class="sources">
        {SOURCES.map((s) => (
          <li key={s.id}>
            <strong>{sourceShort(s)}</strong>: {sourceFull(s)} <span class="muted">{sourceFinding(s)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Privacy() {
  return (
    <section id="privacy" aria-labelledby="privacy-h">
      <h2 id="privacy-h">{t('options_privacy_heading')}</h2>
      <p>{t('options_privacy_text')}</p>
    </section>
  );
}
