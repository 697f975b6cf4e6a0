/**
 * "Always check this site" (issue 13): the one place that turns the user's site list into host permissions
 * and a content-script registration. The list in storage (src/storage.ts `sitesItem`) is the source of truth;
 * `reconcile` derives everything else from it and from what the browser grants, and is the only writer of
 * the registration. It runs on install, update and startup, on every permission change the browser reports
 * (its own settings included), and after each request from the popup or the options page; every run goes
 * through one queue, so two never interleave. It does nothing on its own schedule: no retry loop.
 *
 * Why the popup does not finish the job itself: Chrome may close the popup when its permission prompt opens
 * (docs/sources.md#browser-site-access), so whatever the popup would do after `permissions.request` resolves
 * may never run. The popup therefore tells the background first (a request in storage.session), asks the
 * browser in the same click, and the background completes the request when the grant arrives
 * (`permissions.onAdded`), or when the popup, still open, says it resolved.
 */
import { browser } from '#imports';
import {
  findSite,
  requestStands,
  siteOf,
  sitePattern,
  withAccess,
  withoutSite,
  withSite,
  type SiteRequest,
} from '../sites';
import { loadSites, siteRequestItem, sitesItem } from '../storage';

/** Our one registration: every granted site in one entry (registrations by other code are never touched). */
export const SITES_SCRIPT_ID = 'needle-safe-sites';
/** The shop content script as WXT builds it (entrypoints/shop.content.ts), the same file the registry gets. */
const SHOP_SCRIPT = 'content-scripts/shop.js';

/** What a request from the popup led to: on now, waiting for the browser's answer, or not a site we take. */
export type SiteAnswer = 'on' | 'waiting' | 'refused';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `job` after every earlier one; a failed job does not stop the next. */
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

const granted = (origin: string): Promise<boolean> =>
  browser.permissions.contains({ origins: [sitePattern(origin)] }).catch(() => false);

/**
 * The registry's own hosts are read by the manifest's content script already: registering them again would
 * run the reader twice on every page. Their patterns are the manifest's host permissions
 * (`host_permissions` in MV3, `permissions` in the Firefox MV2 build).
 */
function isRegistryOrigin(origin: string): boolean {
  const m = browser.runtime.getManifest();
  return [...(m.host_permissions ?? []), ...(m.permissions ?? [])].includes(sitePattern(origin));
}

/**
 * One registration matching every granted site, or none. `fresh`: drop and register again even when it looks
 * right (install, update, startup: Chromium was seen to lose registrations of a command-line-loaded extension
 * across a restart, and an update may move the script; docs/sources.md#browser-site-access).
 */
async function syncRegistration(patterns: string[], fresh: boolean): Promise<void> {
  const scripting = browser.scripting;
  const [current] = await scripting.getRegisteredContentScripts({ ids: [SITES_SCRIPT_ID] });
  const same =
    current &&
    current.matches?.length === patterns.length &&
    patterns.every((p) => current.matches?.includes(p));
  if (current && same && !fresh) return;
  if (current) await scripting.unregisterContentScripts({ ids: [SITES_SCRIPT_ID] });
  if (!patterns.length) return;
  await scripting.registerContentScripts([
    {
      id: SITES_SCRIPT_ID,
      matches: patterns,
      js: [SHOP_SCRIPT],
      runAt: 'document_idle',
      allFrames: false,
      // Chrome keeps it over restarts and updates; Firefox since 105 (bug 1751436). Either way the list
      // re-registers it on startup, so nothing depends on it.
      persistAcrossSessions: true,
    },
  ]);
}

/** Reads the tab that asked, now that its page is ours to read (the registration only covers later loads). */
async function readTab(tabId: number, origin: string): Promise<void> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url || siteOf(tab.url) !== origin) return;
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${SHOP_SCRIPT}`] });
  } catch {
    // The tab closed or moved to a page the browser keeps from extensions: the next load is read anyway.
  }
}

/**
 * Reads every open page of the sites that just became ours (turned on, or allowed again in the browser's own
 * settings), so none waits for a reload; the tab that asked is read first. readTab() checks each tab is
 * still on its site. A page read twice is harmless: the reader already there answers for both
 * (src/content/shop-page.ts).
 */
async function readOpenPages(origins: readonly string[], first: SiteRequest | null): Promise<void> {
  const tabs = new Map<number, string>();
  if (first?.tabId != null) tabs.set(first.tabId, first.origin);
  for (const origin of origins) {
    try {
      for (const tab of await browser.tabs.query({ url: sitePattern(origin) }))
        if (tab.id !== undefined && !tabs.has(tab.id)) tabs.set(tab.id, origin);
    } catch {
      // no tab to read: the next load of each page is read anyway
    }
  }
  for (const [id, origin] of tabs) await readTab(id, origin);
}

async function reconcileNow(now: number, fresh: boolean): Promise<void> {
  let list = await loadSites(now);
  let read: SiteRequest | null = null;
  const request = await siteRequestItem.getValue();
  if (request) {
    if (!requestStands(request, now) || isRegistryOrigin(request.origin)) {
      await siteRequestItem.removeValue();
    } else if (await granted(request.origin)) {
      list = withSite(list, request.origin, now);
      await siteRequestItem.removeValue();
      read = request;
    }
  }
  const access = await Promise.all(list.map((s) => granted(s.origin)));
  const next = withAccess(list, access);
  // the sites ours to read now that were not before this run (on now, allowed again in the browser)
  const before = await sitesItem.getValue();
  const newly = next
    .filter((s) => s.access === 'granted' && findSite(before ?? [], s.origin)?.access !== 'granted')
    .map((s) => s.origin);
  // Written only when something changed, so the pages' watchers see real changes only.
  if (JSON.stringify(next) !== JSON.stringify(before)) await sitesItem.setValue(next);
  await syncRegistration(
    next.filter((s) => s.access === 'granted').map((s) => sitePattern(s.origin)),
    fresh,
  );
  if (newly.length > 0 || read) await readOpenPages(newly, read);
}

/** Brings permissions, registration and the stored list into line. Errors are logged once, never retried. */
export function reconcileSites({ now = Date.now(), fresh = false } = {}): Promise<void> {
  return serial(() => reconcileNow(now, fresh)).catch((e: unknown) => {
    console.warn('Needle Safe: could not update the sites', e);
  });
}

/**
 * The popup (or the options page) is asking the browser for `origin` in this very click. Stored first, so a
 * grant that arrives after the popup closed still completes it; "on" at once if the site is granted already.
 */
export async function wantSite(origin: string, tabId: number | null, now = Date.now()): Promise<SiteAnswer> {
  if (siteOf(origin) !== origin || isRegistryOrigin(origin)) return 'refused';
  await serial(() => siteRequestItem.setValue({ origin, tabId, at: now }));
  await reconcileSites({ now });
  const site = findSite(await sitesItem.getValue(), origin);
  return site?.access === 'granted' ? 'on' : 'waiting';
}

/**
 * The page that asked saw the browser's answer. A refusal drops the request, so no later grant completes it;
 * a grant completes it now if permissions.onAdded has not already (each completes it once: the first removes it).
 */
export async function siteAnswered(
  origin: string,
  isGranted: boolean,
  now = Date.now(),
): Promise<SiteAnswer> {
  if (!isGranted) {
    await serial(async () => {
      if ((await siteRequestItem.getValue())?.origin === origin) await siteRequestItem.removeValue();
    });
    return 'refused';
  }
  await reconcileSites({ now });
  return findSite(await sitesItem.getValue(), origin)?.access === 'granted' ? 'on' : 'waiting';
}

/** Options "Remove": off the list, unregistered, and the permission given back to the browser. */
export async function removeSite(origin: string, now = Date.now()): Promise<void> {
  await serial(async () => {
    await sitesItem.setValue(withoutSite(await loadSites(now), origin));
  });
  await reconcileSites({ now });
  if (!isRegistryOrigin(origin)) {
    await browser.permissions.remove({ origins: [sitePattern(origin)] }).catch(() => false);
  }
}
