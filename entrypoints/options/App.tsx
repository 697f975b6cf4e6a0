import { useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '@/src/ingredients/categories';
import {
  DEFAULT_WINDOWS,
  effectiveWindow,
  formatHours,
  formatNeedle,
  formatUntil,
  MAX_INTERVAL_DAYS,
  MAX_OVERRIDE_HOURS,
  NEEDLE_STEPS,
  nextPlannedSession,
  recoveryState,
  removeSession,
  resetOverride,
  setOverride as setOverrideFor,
  SOURCES,
  TIERS,
  tierFor,
  TIME_OF_DAY,
} from '@/src/recovery';
import type { Session, TierId } from '@/src/recovery/types';
import { makeExport, parseImport, toRecovery, type Settings } from '@/src/settings';
import { logSession, repairsItem, sessionsItem, settingsItem } from '@/src/storage';
import { useNow, useSessions, useSettings, useStored } from '@/src/ui/hooks';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// The background watches both items and repaints badges and re-arms alarms on every change.
const saveSettings = (next: Settings) => settingsItem.setValue(next);
const saveSessions = (next: Session[]) => sessionsItem.setValue(next);

function Repairs() {
  const notes = useStored(repairsItem);
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
      <button type="button" class="secondary" onClick={() => repairsItem.setValue([])}>
        Dismiss
      </button>
    </section>
  );
}

function ScheduleForm({ settings, now }: { settings: Settings; now: number }) {
  const set = (patch: Partial<Settings>) => saveSettings({ ...settings, ...patch });
  const plan = settings.plan;
  const next = nextPlannedSession(settings, now);
  return (
    <section aria-labelledby="schedule-h">
      <h2 id="schedule-h">Your rolling</h2>
      <div class="row">
        <label for="needle">Needle length</label>
        <select
          id="needle"
          value={String(settings.needleMm)}
          onChange={(e) => set({ needleMm: Number(e.currentTarget.value) })}
        >
          {NEEDLE_STEPS.map((mm) => (
            <option key={mm} value={String(mm)}>
              {formatNeedle(mm)}
            </option>
          ))}
        </select>
        <span class="muted small">{TIERS.find((t) => t.id === tierFor(settings.needleMm))?.label}</span>
      </div>
      <fieldset>
        <legend>Planned sessions</legend>
        <label>
          <input
            type="radio"
            name="plan"
            checked={plan.kind === 'none'}
            onChange={() => set({ plan: { kind: 'none' } })}
          />{' '}
          No plan (I log sessions as I go)
        </label>
        <label>
          <input
            type="radio"
            name="plan"
            checked={plan.kind === 'weekdays'}
            onChange={() => set({ plan: { kind: 'weekdays', days: [] } })}
          />{' '}
          On these days
        </label>
        {plan.kind === 'weekdays' && (
          <div class="days" role="group" aria-label="Rolling days">
            {DAY_NAMES.map((name, d) => (
              <label key={d}>
                <input
                  type="checkbox"
                  checked={plan.days.includes(d)}
                  onChange={(e) =>
                    set({
                      plan: {
                        kind: 'weekdays',
                        days: e.currentTarget.checked
                          ? [...plan.days, d].sort((a, b) => a - b)
                          : plan.days.filter((x) => x !== d),
                      },
                    })
                  }
                />{' '}
                {name.slice(0, 3)}
              </label>
            ))}
          </div>
        )}
        <label>
          <input
            type="radio"
            name="plan"
            checked={plan.kind === 'interval'}
            onChange={() => set({ plan: { kind: 'interval', everyDays: 7, anchor: now } })}
          />{' '}
          Every
          <input
            type="number"
            class="narrow"
            aria-label="Days between sessions"
            min={1}
            max={MAX_INTERVAL_DAYS}
            value={plan.kind === 'interval' ? plan.everyDays : 7}
            disabled={plan.kind !== 'interval'}
            onChange={(e) => {
              const n = Math.round(Number(e.currentTarget.value));
              if (plan.kind === 'interval' && n >= 1 && n <= MAX_INTERVAL_DAYS)
                set({ plan: { ...plan, everyDays: n } });
            }}
          />
          days, starting today
        </label>
      </fieldset>
      <div class="row">
        <label for="time">Usual time</label>
        <input
          id="time"
          type="time"
          value={settings.time}
          onChange={(e) => TIME_OF_DAY.test(e.currentTarget.value) && set({ time: e.currentTarget.value })}
        />
      </div>
      <p class="muted">
        {next !== null ? `Next planned session: ${formatUntil(next, now)}.` : 'No session planned.'}
      </p>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.reminders}
          onChange={async (e) => {
            const on = e.currentTarget.checked;
            // Notifications are an optional permission, asked for only when reminders are switched on.
            const granted = !on || (await browser.permissions.request({ permissions: ['notifications'] }));
            await set({ reminders: on && granted });
          }}
        />{' '}
        Remind me to pause actives before a rolling night, and when a recovery window is over
      </label>
    </section>
  );
}

function Sessions({ settings, sessions, now }: { settings: Settings; sessions: Session[]; now: number }) {
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
      <button
        type="button"
        onClick={async () => {
          await logSession(Date.now());
        }}
      >
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
          void logSession(at);
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
                onClick={() => saveSessions(removeSession(sessions, s.at))}
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

function WindowTable({ settings }: { settings: Settings }) {
  const [tier, setTier] = useState<TierId>(tierFor(settings.needleMm));
  const setOverride = (category: CategoryId, patch: { hold?: number; before?: number } | null) => {
    const w = effectiveWindow(category, tier, settings.overrides);
    const overrides =
      patch === null
        ? resetOverride(settings.overrides, tier, category)
        : setOverrideFor(settings.overrides, tier, category, {
            hold: patch.hold ?? w.hold,
            before: patch.before ?? w.before,
          });
    void saveSettings({ ...settings, overrides });
  };
  const hoursInput = (value: number, label: string, onSet: (n: number) => void) => (
    <input
      type="number"
      class="narrow"
      min={0}
      max={MAX_OVERRIDE_HOURS}
      step={1}
      aria-label={label}
      value={value}
      onChange={(e) => {
        const n = Number(e.currentTarget.value);
        if (Number.isFinite(n) && n >= 0 && n <= MAX_OVERRIDE_HOURS) onSet(Math.round(n));
      }}
    />
  );
  return (
    <section aria-labelledby="windows-h">
      <h2 id="windows-h">Recovery windows</h2>
      <p class="muted">
        How long to hold each kind of ingredient after a session, and how long to pause it before one. The
        defaults are conservative; the range shows what published sources say.
      </p>
      <div class="row">
        <label for="tier">Needle depth</label>
        <select id="tier" value={tier} onChange={(e) => setTier(e.currentTarget.value as TierId)}>
          {TIERS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <p class="small muted">{TIERS.find((t) => t.id === tier)?.explanation}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Default (range)</th>
            <th scope="col">Hold after (h)</th>
            <th scope="col">Pause before (h)</th>
            <th scope="col">Sources</th>
            <th scope="col">
              <span class="visually-hidden">Reset</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {CATEGORY_IDS.map((c) => {
            const d = DEFAULT_WINDOWS[tier][c];
            const w = effectiveWindow(c, tier, settings.overrides);
            const label = CATEGORIES[c].label;
            return (
              <tr key={c} class={w.overridden ? 'overridden' : ''}>
                <th scope="row">{label}</th>
                <td>
                  {formatHours(d.typical)}{' '}
                  <span class="muted small">
                    ({formatHours(d.min)} to {formatHours(d.max)})
                  </span>
                  {d.note && <div class="small muted">{d.note}</div>}
                </td>
                <td>
                  {hoursInput(w.hold, `${label}: hours to hold after a session`, (n) =>
                    setOverride(c, { hold: n }),
                  )}
                </td>
                <td>
                  {hoursInput(w.before, `${label}: hours to pause before a session`, (n) =>
                    setOverride(c, { before: n }),
                  )}
                </td>
                <td class="small">{d.sources.join('; ')}</td>
                <td>
                  {w.overridden && (
                    <button type="button" class="secondary small" onClick={() => setOverride(c, null)}>
                      Reset to default
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function ExportImport({ settings, sessions }: { settings: Settings; sessions: Session[] }) {
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
            const parsed = parseImport(await file.text());
            if (!parsed.ok) return setMessage({ ok: false, text: parsed.error });
            await settingsItem.setValue(parsed.settings);
            await saveSessions(parsed.sessions);
            setMessage({ ok: true, text: `Imported settings and ${parsed.sessions.length} sessions.` });
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

export function App() {
  const now = useNow();
  const settings = useSettings();
  const sessions = useSessions();
  return (
    <main>
      <h1>Needle Safe</h1>
      <p class="muted">
        Tell us how you roll, and product pages will say what to hold and until when. Consumer guidance, not
        medical advice: when in doubt, ask a dermatologist.
      </p>
      <Repairs />
      {settings && sessions ? (
        <>
          <ScheduleForm settings={settings} now={now} />
          <Sessions settings={settings} sessions={sessions} now={now} />
          <WindowTable settings={settings} />
          <ExportImport settings={settings} sessions={sessions} />
        </>
      ) : (
        <p class="muted">Loading...</p>
      )}
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
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">Privacy</h2>
        <p>
          Everything stays in your browser: your schedule syncs only through your browser's own sync, sessions
          stay on this device, and pages are read on this device. No analytics, no accounts, no network
          requests.
        </p>
      </section>
    </main>
  );
}
