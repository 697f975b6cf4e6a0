/**
 * What the popup shows for the current tab: its verdict, or a calm state with a heading of its own (no list
 * found, reading, a site outside the shop list with "Scan this page").
 */
import { useState } from 'preact/hooks';
import { sendMessage, type ScanError } from '../../messaging';
import { findSite, siteLabel, siteOf, type Site } from '../../sites';
import { samePage, type TabResult } from '../../storage';
import { t, type MessageKey } from '../i18n';
import { VerdictView, type UserData } from '../verdict-view';
import { Headline } from './headline';
import { SiteAccess } from './site-access';
import type { ShelfDraft } from '../../shelf/types';

/** The heading for a page result: the product's own name, else the page title the shop gave. */
export const productHeading = (result: TabResult): string => result.product?.name || result.title;

/** What the popup says for each way a scan can fail (the background answers with a code). */
const SCAN_ERRORS: Record<ScanError, MessageKey> = {
  unreadable: 'popup_scan_unreadable',
  changed: 'popup_scan_changed',
  refused: 'popup_scan_refused',
  'not-allowed': 'popup_scan_failed',
};

/** What "Add to my shelf" keeps of a page result: its name, shop, address, list and what the page said. */
export const pageDraft = (r: TabResult): ShelfDraft => ({
  name: productHeading(r),
  shop: r.shop,
  url: r.url,
  text: r.text ?? '',
  category: r.product?.category ?? null,
  kinds: r.product?.kinds ?? [],
});

export interface TabInfo {
  id: number;
  url: string | null;
}

export function PageState({
  tab,
  result,
  now,
  user,
  isShopHost,
  sites,
}: {
  tab: TabInfo | null;
  result: TabResult | null | undefined;
  now: number;
  user: UserData;
  isShopHost: (host: string) => boolean;
  /** The user's own sites (src/sites.ts); undefined while loading. */
  sites?: Site[] | undefined;
}) {
  const [scan, setScan] = useState<{ busy: boolean; error?: MessageKey }>({ busy: false });
  if (result === undefined) return <p class="muted">{t('popup_loading')}</p>;
  const fresh = result && (!tab?.url || samePage(result.url, tab.url)) ? result : null;
  if (fresh?.state === 'found' && fresh.analysis) {
    return (
      <VerdictView
        analysis={fresh.analysis}
        title={productHeading(fresh)}
        now={now}
        user={user}
        draft={pageDraft(fresh)}
      />
    );
  }
  if (fresh) {
    return (
      <section class="result">
        {productHeading(fresh) && <p class="product">{productHeading(fresh)}</p>}
        <Headline
          tone="neutral"
          text={fresh.state === 'error' ? t('popup_error_title') : t('popup_no_list_title')}
        />
        <p class="small muted">{t('popup_no_list_help')}</p>
      </section>
    );
  }
  const host = tab?.url ? safeHost(tab.url) : null;
  const origin = tab?.url ? siteOf(tab.url) : null;
  const site = findSite(sites ?? [], origin);
  const shopHost = host !== null && isShopHost(host);
  if (shopHost) {
    // Said while the shop finishes loading; the background answers "no list" within about 2 s of a quiet page.
    return (
      <Headline tone="neutral" text={t('popup_reading')}>
        <p class="detail">{t('popup_reading_help')}</p>
      </Headline>
    );
  }
  // A site the user turned on is read as its pages load; this one was not (loaded before, or not yet).
  // A site whose permission was taken back in the browser's settings says so, calmly, with one way back.
  const on = site?.access === 'granted';
  const removed = site?.access === 'removed';
  const title = on ? t('sites_on_title') : removed ? t('sites_removed_title') : t('popup_unsupported_title');
  const help = on
    ? t('sites_on_help')
    : removed
      ? t('sites_removed_help', siteLabel(site.origin))
      : t('popup_unsupported_help');
  return (
    <section class="result">
      <Headline tone="neutral" text={title}>
        <p class="detail">{help}</p>
      </Headline>
      <button
        type="button"
        disabled={!tab || scan.busy}
        onClick={async () => {
          if (!tab) return;
          setScan({ busy: true });
          const res = await sendMessage('scanTab', tab.id).catch(() => null);
          if (res?.ok) setScan({ busy: false });
          else setScan({ busy: false, error: res?.error ? SCAN_ERRORS[res.error] : 'popup_scan_failed' });
        }}
      >
        {t('popup_scan')}
      </button>
      {scan.error && (
        <p class="small muted" role="alert">
          {t(scan.error)}
        </p>
      )}
      {tab && origin && !shopHost && !on && sites !== undefined && (
        <SiteAccess origin={origin} tabId={tab.id} site={site} />
      )}
    </section>
  );
}

export function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
