/** The "Check selected ingredients" context-menu item: works on any page, needs no host permission. */
import { browser } from '#imports';
import { analyze } from '../ingredients';
import { selectionItem } from '../storage';
import { t } from '../ui/i18n';
import { toolbarButton } from './tabs';

export const MENU_ID = 'check-selection';
/** Context-menu selections are capped by Chrome too; this keeps storage small. */
const MAX_SELECTION = 20_000;

export function createMenus(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      // In the browser's language when the item is made (install, update, browser start).
      title: t('menu_check_selection'),
      contexts: ['selection'],
    }),
  );
}

/**
 * The popup page that shows the check made at `at`: the popup shows that check and no other (an older one
 * may still be stored while this one is written).
 */
export const selectionView = (at: number): string => `/popup.html?view=selection&at=${at}`;

/** Where the menu was used. */
export interface MenuTab {
  id?: number;
  windowId?: number;
  url?: string;
}

function defaultPopup(): string {
  const m = browser.runtime.getManifest() as { action?: { default_popup?: string } } & {
    browser_action?: { default_popup?: string };
  };
  return m.action?.default_popup ?? m.browser_action?.default_popup ?? 'popup.html';
}

/**
 * Checks the selection and shows it in the popup. openPopup() opens whatever popup the toolbar button has,
 * so the button is first pointed at the selection view for this tab (issue 10: without it the popup showed
 * the page state), then pointed back once the popup is open. Both calls are made before anything is awaited:
 * Firefox counts only the synchronous part of a menu click as user input, and Chrome runs one extension's API
 * calls in the order made. Where openPopup is missing or refused, the view opens in a tab.
 */
export async function checkSelection(
  text: string,
  tab: MenuTab | undefined,
  now = Date.now(),
): Promise<void> {
  const view = selectionView(now);
  const button = toolbarButton();
  const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
  let opened: Promise<unknown>;
  try {
    const pointed = tabId !== undefined ? button.setPopup({ tabId, popup: view }) : Promise.resolve();
    const open =
      tab?.windowId !== undefined ? button.openPopup({ windowId: tab.windowId }) : button.openPopup();
    opened = Promise.all([pointed, open]);
  } catch (e) {
    opened = Promise.reject(e);
  }
  const clipped = text.slice(0, MAX_SELECTION);
  await selectionItem.setValue({
    text: clipped,
    pageUrl: tab?.url ?? '',
    analysis: analyze(clipped),
    at: now,
  });
  try {
    await opened;
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(view as '/popup.html') });
  } finally {
    if (tabId !== undefined) await button.setPopup({ tabId, popup: defaultPopup() }).catch(() => undefined);
  }
}
