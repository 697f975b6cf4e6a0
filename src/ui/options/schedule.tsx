/** "Your rolling": needle length, planned sessions, usual time and reminders. */
import { formatNeedle, formatUntil, NEEDLE_STEPS, nextPlannedSession, TIERS, tierFor } from '../../recovery';
import type { Settings } from '../../settings';
import type { SchedulePatch, Updates } from '../store';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function ScheduleForm({
  settings,
  now,
  update,
}: {
  settings: Settings;
  now: number;
  update: Updates;
}) {
  const set = (patch: SchedulePatch) => update.patchSettings(patch);
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
            max={60}
            value={plan.kind === 'interval' ? plan.everyDays : 7}
            disabled={plan.kind !== 'interval'}
            onChange={(e) => {
              const n = Math.round(Number(e.currentTarget.value));
              if (plan.kind === 'interval' && n >= 1 && n <= 60) set({ plan: { ...plan, everyDays: n } });
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
          onChange={(e) => /^\d\d:\d\d$/.test(e.currentTarget.value) && set({ time: e.currentTarget.value })}
        />
      </div>
      <p class="muted">
        {next !== null ? `Next planned session: ${formatUntil(next, now)}.` : 'No session planned.'}
      </p>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.reminders}
          onChange={(e) => update.setReminders(e.currentTarget.checked)}
        />{' '}
        Remind me to pause actives before a rolling night, and when a recovery window is over
      </label>
    </section>
  );
}
