/**
 * The browser's own site-access settings as a test can use them. Chromium's permission prompt is native UI
 * that automation cannot answer (measured here: a `permissions.request` from a real click stays pending; the
 * DevTools protocol has no command for extension dialogs, ChromeDevTools/devtools-protocol#76). What the user
 * can also do is allow or remove a site in chrome://extensions (Details, Site access): that page does it
 * through `chrome.developerPrivate.addHostPermission` / `removeHostPermission`, which this helper calls on
 * that very page. A site allowed there is granted to a later `permissions.request` without a prompt, and
 * `permissions.onAdded` fires then; a site removed there fires `permissions.onRemoved` at once.
 */
import type { Page } from 'playwright-core';
import type { Harness } from '../harness';

type DeveloperPrivate = {
  addHostPermission(id: string, host: string): Promise<void>;
  removeHostPermission(id: string, host: string): Promise<void>;
};

async function onExtensionsPage<T>(h: Harness, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await h.context.newPage();
  try {
    await page.goto('chrome://extensions');
    return await run(page);
  } finally {
    await page.close();
  }
}

/** chrome://extensions, Site access "On specific sites", Add: `pattern` (e.g. `https://shop.example/*`). */
export function allowSiteInBrowser(h: Harness, pattern: string): Promise<void> {
  return onExtensionsPage(h, (page) =>
    page.evaluate(
      ([id, host]) =>
        (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.addHostPermission(
          id,
          host,
        ),
      [h.extensionId, pattern] as const,
    ),
  );
}

/** chrome://extensions, Site access: remove `pattern`, as a user taking the permission back does. */
export function removeSiteInBrowser(h: Harness, pattern: string): Promise<void> {
  return onExtensionsPage(h, (page) =>
    page.evaluate(
      ([id, host]) =>
        (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.removeHostPermission(
          id,
          host,
        ),
      [h.extensionId, pattern] as const,
    ),
  );
}
