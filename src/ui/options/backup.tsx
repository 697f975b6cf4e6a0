/** Export to a JSON file and import from one (all or nothing, with a message either way). */
import { useState } from 'preact/hooks';
import type { Session } from '../../recovery/types';
import { makeExport, type Settings } from '../../settings';
import { t, tn } from '../i18n';
import { importErrorText } from '../repair-text';
import type { Updates } from '../store';
import { withShelf } from '../../shelf/repair';
import type { ShelfProduct } from '../../shelf/types';

type Message = { ok: true; text: string } | { ok: false; text: string; detail: string };

export function ExportImport({
  settings,
  sessions,
  shelf,
  update,
}: {
  settings: Settings;
  sessions: Session[];
  shelf: readonly ShelfProduct[];
  update: Updates;
}) {
  const [message, setMessage] = useState<Message | null>(null);
  return (
    <section id="backup" aria-labelledby="backup-h">
      <h2 id="backup-h">{t('options_backup_heading')}</h2>
      <div class="row">
        <button
          type="button"
          class="secondary"
          onClick={() => {
            const blob = new Blob(
              [JSON.stringify(withShelf(makeExport(settings, sessions, Date.now()), shelf), null, 2)],
              {
                type: 'application/json',
              },
            );
            const a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = 'needle-safe-settings.json';
            a.click();
            setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
          }}
        >
          {t('options_backup_export')}
        </button>
        <label class="file">
          {t('options_backup_import')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              const imported = await update.importBackup(await file.text());
              if (!imported.ok)
                return setMessage({
                  ok: false,
                  text: t('options_backup_failed'),
                  detail: importErrorText(imported.error),
                });
              setMessage({ ok: true, text: tn('options_backup_imported', imported.sessions.length) });
            }}
          />
        </label>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>
          {message.text}
          {!message.ok && <span> {message.detail}</span>}
        </p>
      )}
    </section>
  );
}
