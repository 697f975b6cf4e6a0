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
import { MarksSwitch } from './marks';
import { Repairs } from './repairs';
import { ScheduleForm } from './schedule';
import { Sessions } from './sessions';
import { SupportedShops } from './shops';
import { WindowTable } from './windows';

export interface OptionsPageProps {
  now: number;
  settings: Settings | undefined;
  sessions: Session[] | undefined;
  repairs: RepairNote[] | undefined;
  update: Updates;
  shops: readonly ShopReader[];
}

export function OptionsPage({ now, settings, sessions, repairs, update, shops }: OptionsPageProps) {
  const sections = [
    { id: 'schedule', label: t('options_schedule_heading') },
    { id: 'sessions', label: t('options_sessions_heading') },
    { id: 'windows', label: t('options_windows_heading') },
    { id: 'shops', label: t('options_shops_heading') },
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
        <Repairs notes={repairs} onDismiss={update.dismissRepairs} />
        {settings && sessions ? (
          <>
            <ScheduleForm settings={settings} now={now} update={update} />
            <Sessions settings={settings} sessions={sessions} now={now} update={update} />
            <WindowTable settings={settings} update={update} />
          </>
        ) : (
          <p role="status" class="muted">
            {t('options_loading')}
          </p>
        )}
        <SupportedShops shops={shops} />
        <MarksSwitch />
        {settings && sessions && <ExportImport settings={settings} sessions={sessions} update={update} />}
        <Sources />
        <Privacy />
      </main>
    </>
  );
}
