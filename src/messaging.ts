/**
 * The typed message protocol between the content script, the extension pages and the background.
 *
 * A dozen lines over runtime messaging instead of @webext-core/messaging: that library added 3 kB to the
 * content script, which runs on every shop page and has a size budget (tests/e2e/extension.test.ts).
 * Listeners answer through `sendResponse` + `return true`, which both Chrome and Firefox (and WXT's
 * fakeBrowser in tests) accept.
 * Every handler checks `sender` (see src/background/senders.ts); web pages cannot reach these at all
 * (no externally_connectable).
 */
import { browser } from '#imports';
import type { SiteAnswer } from './background/sites';
import type { ProductSignals } from './shops/read/product';

/**
 * What a listener is told about who sent a message: the fields of runtime.MessageSender the handlers check
 * (src/background/senders.ts), so those checks are unit-tested with plain objects.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface PageReport {
  /** The page's URL when it was read (after the navigation committed), fragment included. */
  url: string;
  title: string;
  shop: string | null;
  text: string | null;
  via: string | null;
  productPage: boolean;
  /** What the page says about its product (src/shops/read/product.ts); null when it could not be read. */
  product: ProductSignals | null;
  /**
   * Order of reports from one document: `doc` names the content script's run in that document, `seq`
   * counts its reports. The background never lets a report land after a later one of the same document.
   * Absent on one-off scans (scan.content.ts).
   */
  doc?: string;
  seq?: number;
  /**
   * Read by the shop content script's own light readers (src/content/read.ts): `shop` is not filled in and
   * `productPage` is the page's own signals only; the background completes it (src/background/full-read.ts).
   */
  light?: true;
}

/**
 * What the background did with a report: stored; not about the tab's committed URL (the tab is elsewhere,
 * or the browser has not told the background of this navigation yet); or older than what it holds.
 */
export type StoreAnswer = 'stored' | 'not-current' | 'older';

/**
 * Why a scan failed, as a code: the popup says it in its own language (src/ui/popup/page-state.tsx).
 * unreadable: the script ran but returned no page; changed: the tab navigated while it was read;
 * refused: the browser does not allow injection here; not-allowed: the sender is not an extension page.
 */
export type ScanError = 'unreadable' | 'changed' | 'refused' | 'not-allowed';

interface Protocol {
  /** Content script -> background: what the page holds (text may be null: no list). */
  pageScanned: { data: PageReport; result: StoreAnswer };
  /** Popup -> background: read this tab now through activeTab + scripting (unsupported sites). */
  scanTab: { data: number; result: { ok: boolean; error?: ScanError } };
  /** Popup/options -> background: asking the browser for this site now; tabId: the page to read once granted. */
  wantSite: { data: { origin: string; tabId: number | null }; result: SiteAnswer };
  /** Popup/options -> background: the browser answered (a refusal drops the request; a grant completes it). */
  siteAnswered: { data: { origin: string; granted: boolean }; result: SiteAnswer };
  /** Options -> background: remove the site (registration and permission too). */
  removeSite: { data: string; result: null };
  /** Marks chip -> background: open the popup for this tab (data: the page's URL); false if not allowed. */
  openPopup: { data: string; result: boolean };
}

type Type = keyof Protocol;
const NS = 'needle-safe';

interface Envelope<K extends Type = Type> {
  ns: typeof NS;
  type: K;
  data: Protocol[K]['data'];
}
type Reply<K extends Type> = { ok: true; result: Protocol[K]['result'] } | { ok: false; error: string };

function isEnvelope(m: unknown): m is Envelope {
  return (
    typeof m === 'object' &&
    m !== null &&
    (m as Envelope).ns === NS &&
    typeof (m as Envelope).type === 'string'
  );
}

export async function sendMessage<K extends Type>(
  type: K,
  data: Protocol[K]['data'],
): Promise<Protocol[K]['result']> {
  const envelope: Envelope<K> = { ns: NS, type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`no handler answered ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

export function onMessage<K extends Type>(
  type: K,
  handler: (message: {
    data: Protocol[K]['data'];
    sender: SenderLike;
  }) => Protocol[K]['result'] | Promise<Protocol[K]['result']>,
): void {
  browser.runtime.onMessage.addListener(((
    message: unknown,
    sender: SenderLike,
    sendResponse: (r: Reply<K>) => void,
  ) => {
    if (!isEnvelope(message) || message.type !== type) return undefined;
    Promise.resolve()
      .then(() => handler({ data: message.data as Protocol[K]['data'], sender }))
      .then(
        (result) => sendResponse({ ok: true, result }),
        (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    return true;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
