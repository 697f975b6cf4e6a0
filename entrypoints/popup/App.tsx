import { useLayoutEffect, useState } from 'preact/hooks';
import { spfAdvice } from '@/src/recovery/spf';
import { ErrorBoundary } from '@/src/ui/error-boundary';
import { LogSession } from '@/src/ui/log-session';
import { RollPrompt, SpfLine } from '@/src/ui/popup/roll-prompt';
import { userRecovery } from '@/src/ui/user-recovery';
import { samePage, selectionItem, sitesItem, type TabResult } from '@/src/storage';
import { useNow, useStored, useTabResult } from '@/src/ui/hooks';
import { t } from '@/src/ui/i18n';
import { PageState, type TabInfo } from '@/src/ui/popup/page-state';
import { PasteCheck } from '@/src/ui/popup/paste-check';
import { PlanSection } from '@/src/ui/plan/plan-section';
import { SelectionView } from '@/src/ui/popup/selection-view';
import { shopHostTest } from '@/src/ui/popup/shop-hosts';
import { useStore } from '@/src/ui/store';

const params = new URLSearchParams(location.search);

async function currentTab(): Promise<TabInfo | null> {
  const fromQuery = Number(params.get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const t = await browser.tabs.get(fromQuery).catch(() => null);
    return { id: fromQuery, url: t?.url ?? null };
  }
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id !== undefined ? { id: t.id, url: t.url ?? null } : null;
}

// Firefox MV2 lists host patterns under `permissions`, Chrome MV3 under `host_permissions`.
const manifest = browser.runtime.getManifest();
const isShopHost = shopHostTest([...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])]);

/** The shop page the popup is about shows no list: then pasting one is the next step, so the box opens. */
function noListHere(tab: TabInfo | null | undefined, result: TabResult | null | undefined): boolean {
  if (!result || result.state === 'found') return false;
  return !tab?.url || samePage(result.url, tab.url);
}

export function App() {
  const now = useNow();
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const view = params.get('view');
  // A layout effect: the tab query starts with the first render, not a frame later (src/ui/hooks.ts).
  useLayoutEffect(() => {
    currentTab().then(setTab, () => setTab(null));
  }, []);
  const result = useTabResult(tab === undefined ? undefined : (tab?.id ?? null));
  const selection = useStored(selectionItem);
  const sites = useStored(sitesItem);
  const { settings, sessions, skipped, update } = useStore();
  const user = { settings, sessions, skipped };
  const pending =
    settings && sessions && skipped ? userRecovery(settings, sessions, skipped, now).pending : null;
  const spf = settings && sessions ? spfAdvice(sessions, settings.overrides, now) : null;

  return (
    <main>
      <header>
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span class="brand">{t('ext_name')}</span>
        <a class="small" href="/options.html" target="_blank">
          {t('popup_settings_link')}
        </a>
      </header>
      <ErrorBoundary>
        {pending && <RollPrompt pending={pending} now={now} update={update} />}
        {spf && <SpfLine advice={spf} now={now} />}
      </ErrorBoundary>
      <ErrorBoundary>
        {view === 'selection' ? (
          <SelectionView
            selection={selection}
            at={params.has('at') ? Number(params.get('at')) : null}
            now={now}
            user={user}
          />
        ) : (
          <PageState
            tab={tab ?? null}
            result={result}
            now={now}
            user={user}
            isShopHost={isShopHost}
            sites={sites}
          />
        )}
      </ErrorBoundary>
      <ErrorBoundary>
        <PasteCheck now={now} user={user} openWhen={view !== 'selection' && noListHere(tab, result)} />
      </ErrorBoundary>
      <ErrorBoundary>
        <PlanSection now={now} user={user} openAtStart={view === 'plan'} />
      </ErrorBoundary>
      <footer>
        {settings && (
          <ErrorBoundary>
            <LogSession needleMm={settings.needleMm} checklist={settings.checklist} update={update} />
          </ErrorBoundary>
        )}
        <p class="small muted">{t('popup_disclaimer')}</p>
      </footer>
    </main>
  );
}
