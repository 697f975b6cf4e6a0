/**
 * What the popup shows for the current tab: its verdict, or a calm state with a heading of its own (no list
 * found, reading, a site outside the shop list with "Scan this page").
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '../../messaging';
import { samePage, type TabResult } from '../../storage';
import { t } from '../i18n';
import { VerdictView, type UserData } from '../verdict-view';
import { Headline } from './headline';
import type { ShelfDraft } from '../../shelf/types';

/** The heading for a page result: the product's own name, else the page title the shop gave. */
export const productHeading = (result: TabResult): string => result.product?.name || result.title;

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
}: {
  tab: TabInfo | null;
  result: TabResult | null | undefined;
  now: number;
  user: UserData;
  isShopHost: (host: string) => boolean;
}) {
  const [scan, setScan] = useState<{ busy: boolean; error?: string }>({ busy: false });
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
  if (host && isShopHost(host)) {
    // Said while the shop finishes loading; the background answers "no list" within about 2 s of a quiet page.
    return (
      <Headline tone="neutral" text={t('popup_reading')}>
        <p class="detail">{t('popup_reading_help')}</p>
      </Headline>
    );
  }
  return (
    <section class="result">
      <Headline tone="neutral" text={t('popup_unsupported_title')}>
        <p class="detail">{t('popup_unsupported_help')}</p>
      </Headline>
      <button
        type="button"
        disabled={!tab || scan.busy}
        onClick={async () => {
          if (!tab) return;
          setScan({ busy: true });
          const res = await sendMessage('scanTab', tab.id).catch(() => ({
            ok: false,
            error: t('popup_scan_failed'),
          }));
          setScan({ busy: false, ...(res.ok ? {} : { error: res.error }) });
        }}
      >
        {t('popup_scan')}
      </button>
      {scan.error && (
        <p class="small muted" role="alert">
          {scan.error}
        </p>
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
