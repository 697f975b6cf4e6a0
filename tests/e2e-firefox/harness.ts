/**
 * Drives the Firefox build (.output/firefox-mv2) in a real headless Firefox through puppeteer-core over
 * WebDriver BiDi. Playwright cannot do this: it needs its own patched Firefox, and geckodriver is neither in
 * Debian nor installable without a binary download. Saved shop pages are served at their real URLs by request
 * interception; every other http(s) request gets a 404, so no test touches the network.
 * puppeteer-core stays on 24.x: 25 requires Node >= 22.12, and this project runs on Node 20 (.nvmrc).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { vi } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts/firefox');

/**
 * moz-extension:// hosts are a random UUID per profile; pinning it (extensions.webextensions.uuids) makes
 * options.html and popup.html?tab=ID addressable as ordinary tabs. Any fixed UUID works.
 */
const EXTENSION_UUID = '6d2f0b9e-4c1a-4e57-9b3d-8a0c5e7f1d24';

/** The polling budget for one thing the extension does (the Chromium harness uses the same 10 s). */
export const WAIT_MS = 10_000;

const CANDIDATES = [
  '/usr/bin/firefox-esr', // Debian's package
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
];

/** FIREFOX_PATH, else a system Firefox; never downloads one. */
export function findFirefox(candidates: readonly string[] = CANDIDATES): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(
        `FIREFOX_PATH=${fromEnv} does not exist (Debian/Ubuntu: \`sudo apt-get install -y firefox-esr\`).`,
      );
    }
    return fromEnv;
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox end-to-end tests. Install one (Debian/Ubuntu: ' +
        '`sudo apt-get install -y firefox-esr`) or point FIREFOX_PATH at a Firefox binary. ' +
        '`bash .ci/run` installs firefox-esr when it is missing.',
    );
  }
  return found;
}

export interface Routed {
  body: string;
  contentType?: string;
}

export interface Firefox {
  browser: Browser;
  /** A tab on the extension's own origin, from which tests call the browser.* APIs. */
  probe: Page;
  /** URL -> saved page. */
  routes: Map<string, Routed>;
  /** Requests answered 404 or left unanswered (for debugging a test). */
  missed: string[];
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** `prefs`: extra Firefox preferences for one suite (e.g. the permission-prompt test preference). */
export async function launch({
  colorScheme,
  prefs = {},
}: {
  colorScheme: 'light' | 'dark';
  prefs?: Record<string, string | number | boolean>;
}): Promise<Firefox> {
  const manifestFile = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`No Firefox build at ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const userDataDir = mkdtempSync(join(tmpdir(), 'needle-safe-e2e-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir,
    // Without it Firefox refuses to open moz-extension:// pages for a remote client ("not allowed in
    // this context").
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // puppeteer's emulateMediaFeatures needs CDP, which Firefox no longer has; this pref is how Firefox
      // itself forces the scheme for content (0 dark, 1 light). Set both ways so screenshots never depend
      // on the machine's theme.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      ...prefs,
    },
  });
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path}`;
  const close = async () => {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    // Installed as a temporary add-on, as about:debugging does: MV2 host permissions are granted at install.
    await browser.installExtension(EXTENSION_DIR);
    const probe = await openTab(browser, extensionUrl('options.html'));
    return { browser, probe, routes: new Map(), missed: [], extensionUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Opens an extension page in a new tab. For moz-extension:// documents Firefox reports the navigation
 * (browsingContext.navigationStarted, navigationCommitted, and `navigate` returns) but never sends the
 * domContentLoaded or load events that puppeteer's goto() and reload() wait for, so they time out although
 * the page is there (seen in puppeteer's protocol log). The navigation is therefore started, the document's
 * own readiness awaited, and puppeteer's wait aborted.
 */
export function openExtensionPage(ff: Firefox, path: string): Promise<Page> {
  return openTab(ff.browser, ff.extensionUrl(path));
}

async function openTab(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const navigation = new AbortController();
  const started = page.goto(url, { signal: navigation.signal }).catch(() => null);
  await vi
    .waitUntil(
      () =>
        page
          .evaluate(() => `${document.readyState} ${location.href}`)
          .then((s) => s === `complete ${url}`)
          // The evaluation fails while the about:blank realm is being replaced: poll again.
          .catch(() => false),
      { timeout: WAIT_MS, interval: 50 },
    )
    .catch(() => {
      throw new Error(`${url} did not finish loading within ${WAIT_MS} ms`);
    });
  navigation.abort();
  await started;
  return page;
}

/** Tab ids as the extension sees them (without "tabs" permission it may not read their URLs). */
function tabIds(ff: Firefox): Promise<number[]> {
  return ff.probe.evaluate(async () =>
    (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  );
}

/**
 * Opens a routed page at its real URL in a new tab and returns the page and its tab id: the one tab that is
 * new after opening (tabs are not matched by URL, for the reason above). Call it for one page at a time.
 */
export async function openShopPage(ff: Firefox, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(ff));
  const page = await ff.browser.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const tabId = await vi.waitUntil(
    async () => {
      const fresh = (await tabIds(ff)).filter((id) => !before.has(id));
      return fresh.length === 1 ? fresh[0] : undefined;
    },
    { timeout: WAIT_MS, interval: 100 },
  );
  // Interception is per page in puppeteer; only web traffic is answered here.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // A request can outlive its page (closed mid-load): note it rather than leave a rejection unhandled.
    route(ff, request).catch((error: unknown) =>
      ff.missed.push(`${request.url()} (unanswered: ${String(error)})`),
    );
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, tabId };
}

async function route(ff: Firefox, request: HTTPRequest): Promise<void> {
  const url = request.url();
  if (!/^(https?|wss?):\/\//.test(url)) return request.continue();
  const hit = ff.routes.get(url) ?? ff.routes.get(url.replace(/[?#].*$/, ''));
  if (hit) {
    return request.respond({
      status: 200,
      contentType: hit.contentType ?? 'text/html; charset=utf-8',
      body: hit.body,
    });
  }
  ff.missed.push(url);
  return request.respond({ status: 404, contentType: 'text/plain', body: 'not routed in tests' });
}

/** Firefox's own promise-returning MV2 API; WXT's `browser` type is Chrome's, where this takes a callback. */
interface BrowserAction {
  getBadgeText(details: { tabId: number }): Promise<string>;
}

/** The toolbar badge of a tab: browserAction, since the Firefox build is MV2. */
export function badgeText(ff: Firefox, tabId: number): Promise<string> {
  return ff.probe.evaluate(
    (id) =>
      (browser as unknown as { browserAction: BrowserAction }).browserAction.getBadgeText({ tabId: id }),
    tabId,
  );
}

export function storageGet(
  ff: Firefox,
  area: 'local' | 'sync' | 'session',
  key: string,
): Promise<Record<string, unknown>> {
  return ff.probe.evaluate(([a, k]) => browser.storage[a].get(k), [area, key] as const);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  return file;
}
