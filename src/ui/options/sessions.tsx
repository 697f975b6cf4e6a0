/** The session log: the current recovery state, "Log a session now", a past session, the history. */
import { useState } from 'preact/hooks';
import { formatNeedle, formatUntil, recoveryState } from '../../recovery';
import type { Session } from '../../recovery/types';
import { toRecovery, type Settings } from '../../settings';
import type { Updates } from '../store';

export function Sessions({
  settings,
  sessions,
  now,
  update,
}: {
  settings: Settings;
  sessions: Session[];
  now: number;
  update: Updates;
}) {
  const [past, setPast] = useState('');
  const [error, setError] = useState('');
  const state = recoveryState(toRecovery(settings, sessions), now);
  return (
    <section aria-labelledby="sessions-h">
      <h2 id="sessions-h">Sessions</h2>
      <p class="muted">
        {state.state === 'fresh' && state.nextChange
          ? `Your skin is in a recovery window until ${formatUntil(state.nextChange, now)}.`
          : state.state === 'pre-session' && state.nextChange
            ? `Pause before your next session (${formatUntil(state.nextChange, now)}).`
            : 'No recovery window right now.'}
      </p>
      <button type="button" onClick={() => update.logSession(Date.now())}>
        Log a session now
      </button>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const at = new Date(past).getTime();
          if (!Number.isFinite(at)) return setError('Enter a date and time.');
          if (at > Date.now()) return setError('That time is in the future; plan sessions above instead.');
          setError('');
          setPast('');
          void update.logSession(at);
        }}
      >
        <label for="past">Add a past session</label>
        <input id="past" type="datetime-local" value={past} onInput={(e) => setPast(e.currentTarget.value)} />
        <button type="submit" class="secondary">
          Add
        </button>
        {error && (
          <span role="alert" class="error">
            {error}
          </span>
        )}
      </form>
      {sessions.length ? (
        <ul class="history" aria-label="Session history">
          {[...sessions].reverse().map((s) => (
            <li key={s.at}>
              {new Date(s.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })},{' '}
              {formatNeedle(s.needleMm)}{' '}
              <button
                type="button"
                class="secondary small"
                aria-label={`Delete the session of ${new Date(s.at).toLocaleString()}`}
                onClick={() => update.deleteSession(s.at)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No sessions logged yet.</p>
      )}
    </section>
  );
}
