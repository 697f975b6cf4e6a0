/** The recovery-window table for one needle depth: defaults with their range and sources, editable hours. */
import { useState } from 'preact/hooks';
import { CATEGORIES } from '../../ingredients/lexicon';
import type { CategoryId } from '../../ingredients/types';
import { CATEGORY_IDS, DEFAULT_WINDOWS, effectiveWindow, formatHours, TIERS, tierFor } from '../../recovery';
import type { TierId } from '../../recovery/types';
import type { Settings } from '../../settings';
import type { Updates } from '../store';

export function WindowTable({ settings, update }: { settings: Settings; update: Updates }) {
  const [tier, setTier] = useState<TierId>(tierFor(settings.needleMm));
  const setOverride = (category: CategoryId, patch: { hold?: number; before?: number } | null) =>
    void (patch === null ? update.resetWindow(tier, category) : update.setWindow(tier, category, patch));
  const hoursInput = (value: number, label: string, onSet: (n: number) => void) => (
    <input
      type="number"
      class="narrow"
      min={0}
      max={1440}
      step={1}
      aria-label={label}
      value={value}
      onChange={(e) => {
        const n = Number(e.currentTarget.value);
        if (Number.isFinite(n) && n >= 0 && n <= 1440) onSet(Math.round(n));
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
