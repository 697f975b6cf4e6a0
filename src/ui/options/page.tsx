/**
 * The whole options page: a skip link past the header and its section links, then every section, each
 * with its heading. entrypoints/options/App.tsx only connects it to storage and the clock.
 */
import type { Session } from '../../recovery/types';
import type { Settings } from '../../settings';
import type { ShopReader } from '../../shops/types';
import type { Site } from '../../sites';
import type { RepairNote } from '../../storage';
import { t } from '../i18n';
import type { Updates } from '../store';
import { Privacy, Sources } from './about';
import { ExportImport } from './backup';
import { MarksSwitch } from './marks';
import { Repairs } from './repairs';
import { ScheduleForm } from './schedule';
import { Sessions } from './sessions';
import { SupportedShops } from './shops';
import { YourSites } from './sites';
import { WindowTable } from './windows';
import { ErrorBoundary } from '../error-boundary';
import { Welcome, WELCOME_HASH } from './welcome';
import { useState } from 'preact/hooks';
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
  /** "Always check this site" (issue 13); undefined while loading. */
  sites?: Site[] | undefined;
  /** The shelf (issue 12); undefined while loading. */
  shelf?: ShelfProduct[] | undefined;
  /** Planned sessions answered "No" (issue 12); undefined while loading. */
  skipped?: number[] | undefined;
}

export function OptionsPage({
  now,
  settings,
  sessions,
  repairs,
  update,
  shops,
  sites,
  shelf,
  skipped,
}: OptionsPageProps) {
  // The first-run welcome (options.html#welcome) stands in for the schedule form until it is saved: one
  // set of needle, plan and time fields on the page, never two with the same labels.
  const [welcome, setWelcome] = useState<boolean | 'saved'>(() => location.hash === WELCOME_HASH);
  const analyze = useEngine(true);
  const sections = [
    { id: 'schedule', label: t('options_schedule_heading') },
    { id: 'sessions', label: t('options_sessions_heading') },
    { id: 'plan', label: t('plan_heading') },
    { id: 'shelf', label: t('shelf_heading') },
    { id: 'windows', label: t('options_windows_heading') },
    { id: 'shops', label: t('options_shops_heading') },
    { id: 'sites', label: t('sites_heading') },
    { id: 'marks', label: t('options_marks_heading') },
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
        <ErrorBoundary>
          <Repairs notes={repairs} onDismiss={update.dismissRepairs} />
        </ErrorBoundary>
        {/* One boundary per section: a view that throws shows a message, the others stay (issue 12). */}
        {settings && sessions ? (
          <>
            <ErrorBoundary>
              {welcome === true ? (
                <Welcome settings={settings} update={update} onDone={() => setWelcome('saved')} />
              ) : (
                <ScheduleForm settings={settings} now={now} update={update} welcomed={welcome === 'saved'} />
              )}
            </ErrorBoundary>
            <ErrorBoundary>
              <Sessions settings={settings} sessions={sessions} now={now} update={update} />
            </ErrorBoundary>
            {shelf && (
              <ErrorBoundary>
                <section id="plan" aria-labelledby="plan-h">
                  <h2 id="plan-h">{t('plan_heading')}</h2>
                  {analyze && skipped ? (
                    <PlanView
                      shelf={shelf}
                      settings={settings}
                      sessions={sessions}
                      skipped={skipped}
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
                  skipped={skipped}
                  now={now}
                  shopName={(id) => shops.find((s) => s.id === id)?.name ?? id}
                />
              </ErrorBoundary>
            )}
            <ErrorBoundary>
              <WindowTable settings={settings} update={update} />
            </ErrorBoundary>
          </>
        ) : (
          <p role="status" class="muted">
            {t('options_loading')}
          </p>
        )}
        <SupportedShops shops={shops} />
        <ErrorBoundary>
          <YourSites sites={sites} />
        </ErrorBoundary>
        <ErrorBoundary>
          <MarksSwitch />
        </ErrorBoundary>
        {settings && sessions && shelf && (
          <ErrorBoundary>
            <ExportImport settings={settings} sessions={sessions} shelf={shelf} update={update} />
          </ErrorBoundary>
        )}
        <Sources />
        <Privacy />
      </main>
    </>
  );
}
