/**
 * The click behind "Always check this site" and "Turn on again", shared by the popup and the options page.
 * The browser's permission request must be made inside the user's click: Firefox refuses it after an await
 * of anything else (the gesture is gone), Chrome after its user activation expires. So the background is told
 * and the browser asked in the same task, before anything is awaited; the background completes the request
 * when the grant arrives even if this page has closed meanwhile (src/background/sites.ts says why).
 */
import { browser } from '#imports';
import type { SiteAnswer } from '../background/sites';
import { sendMessage } from '../messaging';
import { sitePattern } from '../sites';

export function askForSite(origin: string, tabId: number | null): Promise<SiteAnswer> {
  const told = sendMessage('wantSite', { origin, tabId }).catch(() => 'refused' as const);
  const asked = browser.permissions.request({ origins: [sitePattern(origin)] });
  return asked.then(
    async (granted) => {
      if ((await told) === 'refused') return 'refused';
      return sendMessage('siteAnswered', { origin, granted }).catch(() => 'refused' as const);
    },
    async () => {
      // The browser would not even ask (not in a click, or a page it keeps from extensions).
      await told;
      return sendMessage('siteAnswered', { origin, granted: false }).catch(() => 'refused' as const);
    },
  );
}
