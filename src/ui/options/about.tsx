/** The options page's fixed text: where the default windows come from, and what stays private. */
import { SOURCES } from '../../recovery';

export function Sources() {
  return (
    <section aria-labelledby="sources-h">
      <h2 id="sources-h">Sources</h2>
      <ul class="sources">
        {SOURCES.map((s) => (
          <li key={s.id}>
            <strong>{s.short}</strong>: {s.full} <span class="muted">{s.finding}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Privacy() {
  return (
    <section aria-labelledby="privacy-h">
      <h2 id="privacy-h">Privacy</h2>
      <p>
        Everything stays in your browser: your schedule syncs only through your browser's own sync, sessions
        stay on this device, and pages are read on this device. No analytics, no accounts, no network
        requests.
      </p>
    </section>
  );
}
