/**
 * The whole options page: a skip link past the header and its section links, then every section, each
 * with its heading. entrypoints/options/App.tsx only connects it to storage and the clock.
 */
import type { Session } from '../../recovery/types';
import type { Settings } from '../../settings';
import type { ShopReader } from '../../shops/types';
import type { RepairNote } from '../../storage';
import { t } from '../i18n';
import type { Updates } from '../store';
import { Privacy, Sources } from './about';
import { ExportImport } from './backup';
import { Repairs } from './repairs';
import { ScheduleForm } from './schedule';
import { Sessions } from './sessions';
import { SupportedShops } from './shops';
import { WindowTable } from './windows';
import type { ShelfProduct } from '../../shelf/types';
import { useEngine } from '../plan/engine';
import { PlanView } from '../plan/plan-view';
import { ShelfList } from '../shelf/shelf-list';

export interface OptionsPageProps {
  now: number;
  settings: Settings | undefined;
  sessions: Session[] | undefined;
  repairs: RepairNote[] | undefined;
  update: Updates;
  shops: readonly ShopReader[];
  /** The shelf (issue 12); undefined while loading. */
  shelf?: ShelfProduct[] | undefined;
}

export function OptionsPage({ now, settings, sessions, repairs, update, shops, shelf }: OptionsPageProps) {
  const analyze = useEngine(true);
  const sections = [
    { id: 'schedule', label: t('options_schedule_heading') },
    { id: 'sessions', label: t('options_sessions_heading') },
    { id: 'plan', label: t('plan_heading') },
    { id: 'shelf', label: t('shelf_heading') },
    { id: 'windows', label: t('options_windows_heading') },
    { id: 'shops', label: t('options_shops_heading') },
    { id: 'backup', label: t('options_backup_heading') },
    { id: 'sources', label: t('options_sources_heading') },
    { id: 'privacy', label: t('options_privacy_heading') },
  ];
  return (
    <>
      <a class="skip-link" href="#main">
        {t('options_skip_to_main')}
      </a>
      <header class="page-header">
        <h1>{t('options_heading')}</h1>
        <p class="muted">{t('options_intro')}</p>
        <nav aria-label={t('options_nav_label')}>
          <ul class="toc">
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {/* tabIndex -1: the skip link moves focus here, not only the scroll position. */}
      <main id="main" tabIndex={-1}>
        <Repairs notes={repairs} onDismiss={update.dismissRepairs} />
        {settings && sessions ? (
          <>
            <ScheduleForm settings={settings} now={now} update={update} />
            <Sessions settings={settings} sessions={sessions} now={now} update={update} />
            {shelf && (
              <>
                <section id="plan" aria-labelledby="plan-h">
                  <h2 id="plan-h">{t('plan_heading')}</h2>
                  {analyze ? (
                    <PlanView
                      shelf={shelf}
                      settings={settings}
                      sessions={sessions}
                      analyze={analyze}
                      now={now}
                    />
                  ) : (
                    <p class="muted">{t('options_loading')}</p>
                  )}
                </section>
                <ShelfList
                  shelf={shelf}
                  analyze={analyze}
                  settings={settings}
                  sessions={sessions}
                  now={now}
                  shopName={(id) => shops.find((s) => s.id === id)?.name ?? id}
                />
              </>
            )}
            <WindowTable settings={settings} update={update} />
          </>
        ) : (
          <p role="status" class="muted">
            {t('options_loading')}
          </p>
        )}
        <SupportedShops shops={shops} />
        {settings && sessions && shelf && (
          <ExportImport settings={settings} sessions={sessions} shelf={shelf} update={update} />
        )}
        <Sources />
        <Privacy />
      </main>
    </>
  );
}
