import { onAlarm, refreshAll, schedule } from '@/src/background/alarms';
import { checkSelection, createMenus, MENU_ID } from '@/src/background/menus';
import { completeReport } from '@/src/background/full-read';
import { markTab, openPopupFor, remarkAll } from '@/src/background/marks';
import { scanTab } from '@/src/background/scan';
import { warmEngine } from '@/src/background/warm';
import { contentScriptTab, isExtensionPage } from '@/src/background/senders';
import { forgetTab, storeReport, tabMoved } from '@/src/background/tabs';
import { onMessage } from '@/src/messaging';
import { marksPrefItem, sessionsItem, settingsItem } from '@/src/storage';

export default defineBackground(() => {
  const ownId = browser.runtime.id;
  const ownBase = browser.runtime.getURL('/');

  onMessage('pageScanned', async ({ data, sender }) => {
    const tabId = contentScriptTab(sender, ownId, data.url);
    if (tabId === null) return 'not-current';
    const report = await completeReport(tabId, data);
    if (!report) return 'not-current';
    const answer = await storeReport(tabId, report);
    if (answer === 'stored') void markTab(tabId);
    return answer;
  });
  onMessage('scanTab', ({ data, sender }) =>
    isExtensionPage(sender, ownId, ownBase)
      ? scanTab(data).then((r) => {
          if (r.ok) void markTab(data);
          return r;
        })
      : { ok: false, error: 'not allowed' },
  );
  // The marks chip (src/marks/page.ts), from the top frame of a tab, about its own page.
  onMessage('openPopup', ({ data, sender }) =>
    contentScriptTab(sender, ownId, data) === null ? false : openPopupFor(),
  );
  marksPrefItem.watch(() => void remarkAll());
  // Settings or sessions changed (either page, an import, or browser sync from another device):
  // repaint every badge and re-arm the alarms.
  settingsItem.watch(() => void refreshAll().then(() => remarkAll()));
  sessionsItem.watch(() => void refreshAll().then(() => remarkAll()));

  browser.runtime.onInstalled.addListener(() => {
    createMenus();
    void schedule();
  });
  browser.runtime.onStartup.addListener(() => void schedule());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void checkSelection(info.selectionText, tab);
  });
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name).then(() => remarkAll()));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    void tabMoved(tabId).then(() => markTab(tabId));
    warmEngine();
  });
});
