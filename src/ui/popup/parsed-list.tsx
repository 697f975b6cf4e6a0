/** The full parsed list on demand, flagged items marked. Page text is only ever rendered as text nodes. */
import { useState } from 'preact/hooks';
import type { Analysis } from '../../ingredients/types';
import { t } from '../i18n';

export function ParsedList({ analysis }: { analysis: Analysis }) {
  const [open, setOpen] = useState(false);
  // every occurrence of a flagged ingredient: a merged finding names the others in `also`
  const flagged = new Set(
    analysis.findings
      .filter((f) => f.severity !== 'note')
      .flatMap((f) => [f, ...(f.also ?? [])].map((o) => `${o.list}|${o.position}`)),
  );
  return (
    <div class="parsed">
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(open ? 'popup_hide_list' : 'popup_show_list', analysis.checked)}
      </button>
      {open &&
        analysis.lists.map((list) => (
          <div key={list.label ?? ''}>
            {list.label && <p class="small list-label">{list.label}</p>}
            <ol class="small">
              {list.items.map((item) => (
                <li
                  key={item.position}
                  class={flagged.has(`${list.label}|${item.position}`) ? 'flagged' : ''}
                >
                  {item.name}
                  {item.mayContain ? ` (${t('popup_may_contain')})` : ''}
                </li>
              ))}
            </ol>
          </div>
        ))}
    </div>
  );
}
