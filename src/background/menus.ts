/** The "Check selected ingredients" context-menu item: works on any page, needs no host permission. */
import { browser } from '#imports';
import { analyze } from '../ingredients';
import { selectionItem } from '../storage';
import { toolbarButton } from './tabs';

export const MENU_ID = 'check-selection';
/** Context-menu selections are capped by Chrome too; this keeps storage small. */
const MAX_SELECTION = 20_000;

export function createMenus(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Check selected ingredients',
      contexts: ['selection'],
    }),
  );
}

export async function checkSelection(text: string, pageUrl: string, now = Date.now()): Promise<void> {
  const clipped = text.slice(0, MAX_SELECTION);
  await selectionItem.setValue({ text: clipped, pageUrl, analysis: analyze(clipped), at: now });
  // openPopup needs a user gesture and a recent Chrome; a detached view works everywhere.
  try {
    await toolbarButton().openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=selection') });
  }
}
