/**
 * The recovery-window table for the depth of the needle chosen above (one needle control: issue 11 had a
 * separate "Needle depth" select here): defaults with their range, note and sources, editable hours.
 */
import { CATEGORY_IDS, type CategoryId } from '../../ingredients/categories';
import { DEFAULT_WINDOWS, effectiveWindow, tierFor } from '../../recovery';
import type { Settings } from '../../settings';
import { t } from '../i18n';
import type { Updates } from '../store';
import { formatDuration, formatNeedle } from '../time-format';
import { MAX_OVERRIDE_HOURS, MIN_OVERRIDE_HOURS } from './limits';
import { NumberField } from './number-field';
import { categoryLabel } from '../categories';
import { noteText, sourceLabel, tierRange } from './text';

export function WindowTable({ settings, update }: { settings: Settings; update: Updates }) {
  const tier = tierFor(settings.needleMm);
  const save = (category: CategoryId, hours: { hold?: number; before?: number }) =>
    void update.setWindow(tier, category, hours);
  return (
    <section id="windows" aria-labelledby="windows-h">
      <h2 id="windows-h">{t('options_windows_heading')}</h2>
      <p class="muted">{t('options_windows_intro')}</p>
      <p>
        {t('options_windows_for', formatNeedle(settings.needleMm), tierRange(tier))}{' '}
        <a href="#needle">{t('options_windows_change_needle')}</a>
      </p>
      {/* A focusable, named region: at 320 px the table scrolls inside it, never the page. */}
      <div class="table-scroll" role="region" aria-labelledby="windows-caption" tabIndex={0}>
        <table>
          <caption id="windows-caption" class="visually-hidden">
            {t('options_windows_caption', tierRange(tier))}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('options_windows_col_category')}</th>
              <th scope="col">{t('options_windows_col_default')}</th>
              <th scope="col">{t('options_windows_col_hold')}</th>
              <th scope="col">{t('options_windows_col_before')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('options_windows_col_reset')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {CATEGORY_IDS.map((c) => {
              const d = DEFAULT_WINDOWS[tier][c];
              const w = effectiveWindow(c, tier, settings.overrides);
              const name = categoryLabel(c);
              return (
                <tr key={c} class={w.overridden ? 'overridden' : ''}>
                  <th scope="row">{name}</th>
                  <td>
                    {t(
                      'options_windows_default',
                      formatDuration(d.typical),
                      formatDuration(d.min),
                      formatDuration(d.max),
                    )}
                    {d.note && <div class="small muted">{noteText(d.note)}</div>}
                    <div class="small muted">
                      {t('options_windows_sources', d.sources.map(sourceLabel).join('; '))}
                    </div>
                  </td>
                  <td>
                    <NumberField
                      id={`hold-${c}`}
                      value={w.hold}
                      min={MIN_OVERRIDE_HOURS}
                      max={MAX_OVERRIDE_HOURS}
                      label={t('options_windows_hold_label', name)}
                      onSave={(n) => save(c, { hold: n })}
                    />
                  </td>
                  <td>
                    <NumberField
                      id={`before-${c}`}
                      value={w.before}
                      min={MIN_OVERRIDE_HOURS}
                      max={MAX_OVERRIDE_HOURS}
                      label={t('options_windows_before_label', name)}
                      onSave={(n) => save(c, { before: n })}
                    />
                  </td>
                  <td>
                    {w.overridden && (
                      <button
                        type="button"
                        class="secondary small"
                        aria-label={t('options_windows_reset_label', name)}
                        onClick={() => void update.resetWindow(tier, c)}
                      >
                        {t('options_windows_reset')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
