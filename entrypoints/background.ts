import { onAlarm, refreshAll, schedule } from '@/src/background/alarms';
import { checkSelection, createMenus, MENU_ID } from '@/src/background/menus';
import { scanTab } from '@/src/background/scan';
import { contentScriptTab, isExtensionPage } from '@/src/background/senders';
import { forgetTab, storeReport, tabMoved } from '@/src/background/tabs';
import { onMessage } from '@/src/messaging';
import { sessionsItem, settingsItem, shelfItem } from '@/src/storage';

export default defineBackground(() => {
  const ownId = browser.runtime.id;
  const ownBase = browser.runtime.getURL('/');

  onMessage('pageScanned', ({ data, sender }) => {
    const tabId = contentScriptTab(sender, ownId, data.url);
    return tabId === null ? 'not-current' : storeReport(tabId, data);
  });
  onMessage('scanTab', ({ data, sender }) =>
    isExtensionPage(sender, ownId, ownBase) ? scanTab(data) : { ok: false, error: 'not allowed' },
  );
  // Settings or sessions changed (either page, an import, or browser sync from another device):
  // repaint every badge and re-arm the alarms.
  settingsItem.watch(() => void refreshAll());
  sessionsItem.watch(() => void refreshAll());
  shelfItem.watch(() => void refreshAll()); // product reminders name what is on the shelf

  browser.runtime.onInstalled.addListener(() => {
    createMenus();
    void schedule();
  });
  browser.runtime.onStartup.addListener(() => void schedule());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void checkSelection(info.selectionText, tab);
  });
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void tabMoved(tabId);
  });
});
