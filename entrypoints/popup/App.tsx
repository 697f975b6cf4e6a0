import { useEffect, useState } from 'preact/hooks';
import { samePage, selectionItem, type TabResult } from '@/src/storage';
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

function LogNow({ log }: { log: (at: number) => Promise<void> }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      class="secondary"
      onClick={async () => {
        await log(Date.now());
        setDone(true);
      }}
    >
      {done ? t('popup_session_logged') : t('popup_log_session')}
    </button>
  );
}

/** The shop page the popup is about shows no list: then pasting one is the next step, so the box opens. */
function noListHere(tab: TabInfo | null | undefined, result: TabResult | null | undefined): boolean {
  if (!result || result.state === 'found') return false;
  return !tab?.url || samePage(result.url, tab.url);
}

export function App() {
  const now = useNow();
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const view = params.get('view');
  useEffect(() => {
    currentTab().then(setTab, () => setTab(null));
  }, []);
  const result = useTabResult(tab === undefined ? undefined : (tab?.id ?? null));
  const selection = useStored(selectionItem);
  const { settings, sessions, update } = useStore();
  const user = { settings, sessions };

  return (
    <main>
      <header>
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span class="brand">{t('ext_name')}</span>
        <a class="small" href="/options.html" target="_blank">
          {t('popup_settings_link')}
        </a>
      </header>
      {view === 'selection' ? (
        <SelectionView
          selection={selection}
          at={params.has('at') ? Number(params.get('at')) : null}
          now={now}
          user={user}
        />
      ) : (
        <PageState tab={tab ?? null} result={result} now={now} user={user} isShopHost={isShopHost} />
      )}
      <PasteCheck now={now} user={user} openWhen={view !== 'selection' && noListHere(tab, result)} />
      <PlanSection now={now} user={user} openAtStart={view === 'plan'} />
      <footer>
        <LogNow log={update.logSession} />
        <p class="small muted">{t('popup_disclaimer')}</p>
      </footer>
    </main>
  );
}
