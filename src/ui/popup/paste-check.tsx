/**
 * "Check another ingredient list", behind a toggle so the page's own verdict stays above the fold. The
 * engine (the rules, fuse.js, the harmless list: most of the popup's code) is imported only when the box is
 * opened, so it is not on the path to the popup's first paint.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../ingredients/types';
import { t } from '../i18n';
import { VerdictView, type UserData } from '../verdict-view';

type Engine = typeof import('../../ingredients');

export function PasteCheck({
  now,
  user,
  openWhen = false,
}: {
  now: number;
  user: UserData;
  /** Open the box (once) when this turns true: on a page with no list, pasting one is the next step. */
  openWhen?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<{ analysis: Analysis; text: string } | null>(null);
  const engine = useRef<Promise<Engine> | null>(null);
  const load = (): Promise<Engine> => (engine.current ??= import('../../ingredients'));
  useEffect(() => {
    if (openWhen) setOpen(true);
  }, [openWhen]);
  return (
    <section class="paste">
      <button
        type="button"
        class="secondary"
        aria-expanded={open}
        aria-controls="paste-box"
        onClick={() => {
          setOpen(!open);
          // Start loading while the user pastes; the Check button awaits the same promise.
          void load();
        }}
      >
        {t('popup_paste_toggle')}
      </button>
      {open && (
        <div id="paste-box">
          <label for="paste">{t('popup_paste_label')}</label>
          <textarea
            id="paste"
            value={text}
            maxLength={50_000}
            placeholder={t('popup_paste_placeholder')}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button
            type="button"
            disabled={!text.trim()}
            onClick={async () => setChecked({ analysis: (await load()).analyze(text), text })}
          >
            {t('popup_check')}
          </button>
          {checked && (
            <VerdictView
              analysis={checked.analysis}
              title={t('popup_pasted_title')}
              now={now}
              user={user}
              level={2}
              draft={{ name: '', shop: null, url: null, text: checked.text, category: null, kinds: [] }}
            />
          )}
        </div>
      )}
    </section>
  );
}
