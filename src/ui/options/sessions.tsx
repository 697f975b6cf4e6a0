/**
 * The session log: the current recovery state, "Log a session now" (the popup's, with its checklist and
 * Undo; the needle is the schedule's), a past session, the history.
 */
import { useState } from 'preact/hooks';
import { recoveryState } from '../../recovery';
import type { Session } from '../../recovery/types';
import { toRecovery, type Settings } from '../../settings';
import { t } from '../i18n';
import { LogSession } from '../log-session';
import { logWarningText, refusalText } from '../log-text';
import type { LogResult } from '../../storage';
import type { Updates } from '../store';
import { formatDateTime, formatNeedle, formatWhen } from '../time-format';

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
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  // A past session's refusal (same hour, future) or frequency warning, said once under its form.
  const said = (res: LogResult) =>
    setAnswer(
      res.ok
        ? res.warning
          ? { ok: false, text: logWarningText(res.warning, Date.now()) }
          : null
        : { ok: false, text: refusalText(res.refused) },
    );
  const state = recoveryState(toRecovery(settings, sessions), now);
  return (
    <section id="sessions" aria-labelledby="sessions-h">
      <h2 id="sessions-h">{t('options_sessions_heading')}</h2>
      <p class="muted">
        {state.state === 'fresh' && state.nextChange
          ? t('options_state_recovering', formatWhen(state.nextChange, now))
          : state.state === 'pre-session' && state.nextChange
            ? t('options_state_pre_session', formatWhen(state.nextChange, now))
            : t('options_state_clear')}
      </p>
      <LogSession
        needleMm={settings.needleMm}
        checklist={settings.checklist}
        update={update}
        headingLevel={3}
        pickNeedle={false}
      />
      <form
        class="row"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // datetime-local gives the wall time without a zone; Date reads it in the browser's zone.
          const at = new Date(past).getTime();
          if (!past || !Number.isFinite(at)) return setError(t('options_past_error_empty'));
          if (at > Date.now()) return setError(t('options_past_error_future'));
          setError('');
          setPast('');
          void update.logSession(at).then(said);
        }}
      >
        <label for="past">{t('options_past_label')}</label>
        {/* datetime-local: the browser shows its own locale's date order and 12 or 24 hours. */}
        <input
          id="past"
          type="datetime-local"
          value={past}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'past-error' : undefined}
          onInput={(e) => setPast(e.currentTarget.value)}
        />
        <button type="submit" class="secondary">
          {t('options_past_add')}
        </button>
        {error && (
          <span id="past-error" role="alert" class="field-error">
            {error}
          </span>
        )}
      </form>
      {answer && (
        <p role="status" class="warning">
          {answer.text}
        </p>
      )}
      {sessions.length ? (
        <ul class="history" aria-label={t('options_history_label')}>
          {[...sessions].reverse().map((s) => {
            const when = formatDateTime(s.at);
            return (
              <li key={s.at}>
                {t('options_history_item', when, formatNeedle(s.needleMm))}{' '}
                <button
                  type="button"
                  class="secondary small"
                  aria-label={t('options_history_delete_label', when)}
                  onClick={() => update.deleteSession(s.at)}
                >
                  {t('options_history_delete')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{t('options_history_empty')}</p>
      )}
    </section>
  );
}
