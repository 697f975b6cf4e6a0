/** Settings that were damaged in storage and repaired on their own, shown until dismissed. */
import type { RepairNote } from '../../storage';

export function Repairs({ notes, onDismiss }: { notes: RepairNote[] | undefined; onDismiss: () => void }) {
  if (!notes?.length) return null;
  return (
    <section class="notice" role="alert">
      <h2>Some saved settings were damaged and have been repaired</h2>
      <ul>
        {notes.map((n) => (
          <li key={n.at}>
            {new Date(n.at).toLocaleString()}: {n.fields.join(', ')} (reset to the default; everything else
            kept)
          </li>
        ))}
      </ul>
      <button type="button" class="secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
