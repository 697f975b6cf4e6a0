/** Export to a JSON file and import from one (all or nothing, with a message either way). */
import { useState } from 'preact/hooks';
import type { Session } from '../../recovery/types';
import { makeExport, type Settings } from '../../settings';
import type { Updates } from '../store';

export function ExportImport({
  settings,
  sessions,
  update,
}: {
  settings: Settings;
  sessions: Session[];
  update: Updates;
}) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <section aria-labelledby="backup-h">
      <h2 id="backup-h">Export and import</h2>
      <button
        type="button"
        class="secondary"
        onClick={() => {
          const blob = new Blob([JSON.stringify(makeExport(settings, sessions, Date.now()), null, 2)], {
            type: 'application/json',
          });
          const a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = 'needle-safe-settings.json';
          a.click();
          setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
        }}
      >
        Export settings
      </button>{' '}
      <label class="file">
        Import settings{' '}
        <input
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (!file) return;
            const imported = await update.importBackup(await file.text());
            if (!imported.ok) return setMessage({ ok: false, text: imported.error });
            setMessage({ ok: true, text: `Imported settings and ${imported.sessions.length} sessions.` });
          }}
        />
      </label>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
