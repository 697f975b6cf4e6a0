import { onAlarm, refreshAll, schedule } from '@/src/background/alarms';
import { checkSelection, createMenus, MENU_ID } from '@/src/background/menus';
import { completeReport } from '@/src/background/full-read';
import { markTab, openPopupFor, remarkAll } from '@/src/background/marks';
import { scanTab } from '@/src/background/scan';
import { warmEngine } from '@/src/background/warm';
import { contentScriptTab, isExtensionPage } from '@/src/background/senders';
import { reconcileSites, removeSite, siteAnswered, wantSite } from '@/src/background/sites';
import { forgetTab, storeReport, tabMoved } from '@/src/background/tabs';
import { onMessage } from '@/src/messaging';
import { marksPrefItem, sessionsItem, settingsItem, shelfItem, skippedItem } from '@/src/storage';
import { WELCOME_PATH } from '@/src/ui/user-recovery';

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
      : { ok: false, error: 'not-allowed' as const },
  );
  // The marks chip (src/marks/page.ts), from the top frame of a tab, about its own page.
  onMessage('openPopup', ({ data, sender }) =>
    contentScriptTab(sender, ownId, data) === null ? false : openPopupFor(),
  );
  // "Always check this site" (src/background/sites.ts): only our own pages may change the site list.
  const pageOnly = <T>(sender: Parameters<typeof isExtensionPage>[0], run: () => Promise<T>) =>
    isExtensionPage(sender, ownId, ownBase) ? run() : Promise.reject(new Error('not allowed'));
  onMessage('wantSite', ({ data, sender }) => pageOnly(sender, () => wantSite(data.origin, data.tabId)));
  onMessage('siteAnswered', ({ data, sender }) =>
    pageOnly(sender, () => siteAnswered(data.origin, data.granted)),
  );
  onMessage('removeSite', ({ data, sender }) => pageOnly(sender, () => removeSite(data).then(() => null)));
  // A grant or a revocation, from our own request or from the browser's settings, and a check on startup.
  browser.permissions.onAdded.addListener(() => void reconcileSites());
  browser.permissions.onRemoved.addListener(() => void reconcileSites());
  marksPrefItem.watch(() => void remarkAll());
  // Settings, sessions or answers changed (either page, an import, or browser sync from another device):
  // repaint every badge, re-arm the alarms, and redraw the marks (their chip names the same dates).
  settingsItem.watch(() => void refreshAll().then(() => remarkAll()));
  sessionsItem.watch(() => void refreshAll().then(() => remarkAll()));
  skippedItem.watch(() => void refreshAll().then(() => remarkAll()));
  shelfItem.watch(() => void refreshAll()); // product reminders name what is on the shelf

  browser.runtime.onInstalled.addListener(({ reason }) => {
    createMenus();
    void schedule();
    void reconcileSites({ fresh: true });
    // First run (issue 12): needle, last session, plan, before the first verdict has to guess.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  });
  // The menu again at start: its title is in the browser's language, which can change between runs.
  browser.runtime.onStartup.addListener(() => {
    createMenus();
    void schedule();
    void reconcileSites({ fresh: true });
  });
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
