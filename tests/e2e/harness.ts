/**
 * Drives the built extension (.output/chrome-mv3) in real headless Chromium through playwright-core.
 * Saved shop pages are served at their real URLs by request routing; every other request gets a 404, so no
 * test touches the network.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium';
import type { Analysis } from '../../src/ingredients/types';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

/**
 * The badge number the engine predicts with no session logged: the categories with a high finding (what a
 * session would hold; the badge shows it in grey). Tests also pin some badges as literals.
 */
export const highCategoryCount = (a: Analysis): number =>
  new Set(a.findings.filter((f) => f.severity === 'high').map((f) => f.category)).size;

export interface Routed {
  body: string | Buffer;
  contentType?: string;
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** URL -> saved page. */
  routes: Map<string, Routed>;
  /** Requests answered 404 (for debugging a test). */
  missed: string[];
  close(): Promise<void>;
}

/**
 * `args`: extra Chromium flags, e.g. `--lang=de` for the German catalogue. `profile`: a profile folder to
 * reuse (a browser restart); the caller then removes it, as close() keeps a profile it did not make.
 */
export async function launch({
  args = [],
  profile,
}: { args?: string[]; profile?: string } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'needle-safe-e2e-'));
  // An empty profile (ours, or a caller's new folder) means an install: see the welcome tab below.
  const installs = readdirSync(userDataDir).length === 0;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
      ...args,
    ],
  });
  const routes = new Map<string, Routed>();
  const missed: string[] = [];
  // Only web traffic: the extension's own chrome-extension:// resources must load as usual.
  await context.route(/^(https?|wss?):\/\//, async (route) => {
    const url = route.request().url();
    const hit = routes.get(url) ?? routes.get(url.replace(/[?#].*$/, ''));
    if (hit) {
      await route.fulfill({
        status: 200,
        contentType: hit.contentType ?? 'text/html; charset=utf-8',
        body: hit.body,
      });
    } else {
      missed.push(url);
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not routed in tests' });
    }
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = worker.url().split('/')[2]!;
  // An install opens the welcome tab (issue 12). Wait for it here: opened late,
  // it would be a second new tab while a test is looking for the one it opened (openShopPage).
  if (installs) {
    await until(
      async () => context.pages().some((p) => p.url().endsWith('/options.html#welcome')),
      'the welcome tab opened on install',
    );
  }
  return {
    context,
    worker,
    extensionId,
    routes,
    missed,
    async close() {
      await context.close();
      if (!profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function tabIds(h: Harness): Promise<number[]> {
  return h.worker.evaluate(async () =>
    (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  );
}

/**
 * Opens a routed page at its real URL in a new tab and returns the page and its tab id as the extension sees
 * it. The id is the one tab that is new after opening: the extension may not read the URLs of tabs outside
 * its hosts (no "tabs" permission), so tabs are not matched by URL. Call it for one page at a time.
 */
export async function openShopPage(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(h));
  const page = await h.context.newPage();
  const fresh = await until(async () => {
    const ids = (await tabIds(h)).filter((id) => !before.has(id));
    return ids.length === 1 ? ids[0] : null;
  }, `the new tab for ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, tabId: fresh };
}

/**
 * The context menu's "Check selected ingredients" clicked on a tab with `text` selected. Headless Chromium
 * has no way to open the native menu, so this fires the extension's own onClicked listeners with what
 * Chrome passes them (a Chrome-internal `dispatch`): the listener, not the menu, is what is tested.
 */
export function clickCheckSelection(h: Harness, tabId: number, text: string, pageUrl: string): Promise<void> {
  return h.worker.evaluate(
    async ([id, selectionText, url]) => {
      const tab = await chrome.tabs.get(id);
      const onClicked = chrome.contextMenus.onClicked as unknown as {
        dispatch(info: chrome.contextMenus.OnClickData, tab: chrome.tabs.Tab): void;
      };
      onClicked.dispatch(
        { menuItemId: 'check-selection', selectionText, editable: false, pageUrl: url },
        tab,
      );
    },
    [tabId, text, pageUrl] as const,
  );
}

/** The saved Sephora retinal serum page, served at its real URL by the tests that need a known verdict. */
export const RETINAL_URL = 'https://www.sephora.com/product/advanced-retinol-us-P520381';
export const RETINAL_HTML = readFileSync(
  join(ROOT, 'tests/e2e/shop-pages/sephora-retinal-serum.html'),
  'utf8',
);

/** The saved Sephora retinal page (shop-pages/sephora-retinal-serum.html) with another list in both copies. */
export function sephoraPageWithList(html: string, list: string): string {
  // Both copies of the list: the visible section and the page JSON (Sephora's linkStore) the reader prefers.
  return html
    .replace(/(<div id="ingredients" hidden><div><p>[^<]*<\/p><p>)[^<]+(<\/p>)/, `$1${list}$2`)
    .replace(/("ingredientDesc": ")[^"]*(")/g, `$1${list}$2`);
}

export function badgeText(h: Harness, tabId: number): Promise<string> {
  return h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export function badgeTitle(h: Harness, tabId: number): Promise<string> {
  return h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

export function badgeColor(h: Harness, tabId: number): Promise<number[]> {
  return h.worker.evaluate(
    (id) => chrome.action.getBadgeBackgroundColor({ tabId: id }) as unknown as Promise<number[]>,
    tabId,
  );
}

export function storageGet(
  h: Harness,
  area: 'local' | 'sync' | 'session',
  key?: string,
): Promise<Record<string, unknown>> {
  return h.worker.evaluate(([a, k]) => chrome.storage[a as 'local'].get(k ?? null), [area, key] as const);
}

/** Polls until `fn` returns a truthy value (or throws the last reason after `ms`). */
export async function until<T>(fn: () => Promise<T>, what: string, ms = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
