import { useEffect, useState } from 'preact/hooks';
import { analyze } from '@/src/ingredients';
import type { Analysis } from '@/src/ingredients/types';
import { sendMessage } from '@/src/messaging';
import { verdict } from '@/src/recovery';
import type { Session } from '@/src/recovery/types';
import { toRecovery, type Settings } from '@/src/settings';
import { shopForHost } from '@/src/shops';
import { samePage, selectionItem, type TabResult } from '@/src/storage';
import { useNow, useStored, useTabResult } from '@/src/ui/hooks';
import { useStore } from '@/src/ui/store';
import { FindingList, Headline, ParsedList } from '@/src/ui/verdict-view';
import { productHeading, Reading, SelectionView } from './states';

interface TabInfo {
  id: number;
  url: string | null;
}

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

/** The user's settings and session log, which every verdict depends on; undefined while loading. */
interface UserData {
  settings: Settings | undefined;
  sessions: Session[] | undefined;
}

function Result({
  analysis,
  title,
  now,
  user,
}: {
  analysis: Analysis;
  title?: string;
  now: number;
  user: UserData;
}) {
  const { settings, sessions } = user;
  if (!settings || !sessions) return null;
  const v = verdict(analysis.findings, toRecovery(settings, sessions), now);
  return (
    <section aria-label="Verdict">
      {title && <h1 class="product">{title}</h1>}
      <Headline verdict={v} analysis={analysis} now={now} />
      <FindingList verdict={v} now={now} />
      <ParsedList analysis={analysis} />
    </section>
  );
}

function PasteCheck({ initial = '', now, user }: { initial?: string; now: number; user: UserData }) {
  const [text, setText] = useState(initial);
  const [checked, setChecked] = useState<Analysis | null>(initial ? analyze(initial) : null);
  return (
    <section class="paste" aria-label="Check any ingredient list">
      <label for="paste">Paste an ingredient list to check it</label>
      <textarea
        id="paste"
        value={text}
        maxLength={50_000}
        placeholder="Water, Glycerin, Retinol, ..."
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="button" disabled={!text.trim()} onClick={() => setChecked(analyze(text))}>
        Check
      </button>
      {checked && <Result analysis={checked} now={now} user={user} />}
    </section>
  );
}

function PageState({
  tab,
  result,
  now,
  user,
}: {
  tab: TabInfo | null;
  result: TabResult | null | undefined;
  now: number;
  user: UserData;
}) {
  const [scan, setScan] = useState<{ busy: boolean; error?: string }>({ busy: false });
  if (result === undefined) return <p class="muted">Loading...</p>;
  const fresh = result && (!tab?.url || samePage(result.url, tab.url)) ? result : null;
  if (fresh?.state === 'found' && fresh.analysis) {
    return <Result analysis={fresh.analysis} title={productHeading(fresh)} now={now} user={user} />;
  }
  if (fresh) {
    return (
      <section>
        <h1 class="product">{productHeading(fresh)}</h1>
        <p class="verdict caution" role="status">
          {fresh.state === 'error'
            ? 'This list could not be checked.'
            : 'No ingredient list found on this page.'}
        </p>
        <p class="small muted">
          Some product pages do not show their ingredients. Paste the list below, or select it on the page and
          choose "Check selected ingredients" from the right-click menu.
        </p>
      </section>
    );
  }
  const host = tab?.url ? safeHost(tab.url) : null;
  if (host && shopForHost(host)) return <Reading />;
  return (
    <section>
      <p>This site is not in the shop list, so Needle Safe has not read it.</p>
      <button
        type="button"
        disabled={!tab || scan.busy}
        onClick={async () => {
          if (!tab) return;
          setScan({ busy: true });
          const res = await sendMessage('scanTab', tab.id).catch(() => ({
            ok: false,
            error: 'Could not scan.',
          }));
          setScan({ busy: false, ...(res.ok ? {} : { error: res.error }) });
        }}
      >
        Scan this page
      </button>
      {scan.error && <p class="small muted">{scan.error}</p>}
    </section>
  );
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

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
      {done ? 'Session logged' : 'Log a session now'}
    </button>
  );
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
        <span class="brand">Needle Safe</span>
        <a class="small" href="/options.html" target="_blank">
          Schedule &amp; settings
        </a>
      </header>
      {view === 'selection' ? (
        <SelectionView
          selection={selection}
          at={params.has('at') ? Number(params.get('at')) : null}
          render={(analysis) => <Result analysis={analysis} title="Selected text" now={now} user={user} />}
        />
      ) : (
        <PageState tab={tab ?? null} result={result} now={now} user={user} />
      )}
      <PasteCheck now={now} user={user} />
      <footer>
        <LogNow log={update.logSession} />
        <p class="small muted">Consumer guidance, not medical advice. Nothing leaves your browser.</p>
      </footer>
    </main>
  );
}
