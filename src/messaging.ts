/**
 * The typed message protocol between the content script, the extension pages and the background.
 * Every handler checks `sender` (see entrypoints/background.ts): web pages cannot reach these at all (no
 * externally_connectable), and content-script messages are only accepted from the top frame of a tab.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface PageReport {
  url: string;
  title: string;
  shop: string | null;
  text: string | null;
  via: string | null;
  productPage: boolean;
}

interface Protocol {
  /** Content script -> background: what the page holds (text may be null: no list). */
  pageScanned(report: PageReport): void;
  /** Popup -> background: read this tab now through activeTab + scripting (unsupported sites). */
  scanTab(tabId: number): { ok: boolean; error?: string };
  /** Extension pages -> background: recompute badges and alarms after settings or sessions changed. */
  refresh(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
