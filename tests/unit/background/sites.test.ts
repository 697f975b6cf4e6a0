/**
 * The background's side of "Always check this site" against a small fake of the browser's permissions and
 * scripting (WXT's fakeBrowser has neither): what the browser grants decides, the list is the source of
 * truth, each request completes at most once, nothing loops.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  reconcileSites,
  removeSite,
  siteAnswered,
  SITES_SCRIPT_ID,
  wantSite,
} from '../../../src/background/sites';
import { SITE_REQUEST_MS } from '../../../src/sites';
import { siteRequestItem, sitesItem } from '../../../src/storage';

const SITE = 'https://corner-apothecary.example';
const PATTERN = `${SITE}/*`;
const REGISTRY = 'https://www.sephora.com/*';

interface Script {
  id: string;
  matches?: string[];
  js?: string[];
  persistAcrossSessions?: boolean;
}

let granted: Set<string>;
let scripts: Script[];
let injected: { tabId: number; files: string[] }[];
let tabUrls: Map<number, string>;
let siteWrites: number;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set([REGISTRY]);
  scripts = [];
  injected = [];
  tabUrls = new Map([[7, `${SITE}/products/serum`]]);
  siteWrites = 0;
  const fake = fakeBrowser as unknown as Record<string, unknown>;
  fake.permissions = {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    remove: async ({ origins }: { origins: string[] }) => (origins.forEach((o) => granted.delete(o)), true),
  };
  fake.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
      scripts.filter((s) => ids.includes(s.id)),
    registerContentScripts: async (list: Script[]) => {
      for (const s of list) {
        if (scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.push(s);
      }
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      scripts = scripts.filter((s) => !ids.includes(s.id));
    },
    executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
      injected.push({ tabId: target.tabId, files });
      return [];
    },
  };
  fakeBrowser.runtime.getManifest = () =>
    ({ manifest_version: 3, name: 'x', version: '1', host_permissions: [REGISTRY] }) as never;
  fakeBrowser.tabs.get = (async (id: number) => ({ id, url: tabUrls.get(id) })) as never;
  // tabs.query({ url: "https://host/*" }): the open tabs on that host
  fakeBrowser.tabs.query = (async ({ url }: { url: string }) =>
    [...tabUrls]
      .filter(([, u]) => u.startsWith(url.replace(/\*$/, '')))
      .map(([id, u]) => ({ id, url: u }))) as never;
  fakeBrowser.storage.local.onChanged.addListener((changes) => {
    if ('sites' in changes) siteWrites++;
  });
});

const registeredMatches = () => scripts.find((s) => s.id === SITES_SCRIPT_ID)?.matches ?? null;

describe('a request from the popup', () => {
  test('waits for the grant, then adds the site, registers it and reads the tab that asked, once', async () => {
    expect(await wantSite(SITE, 7, 1_000)).toBe('waiting');
    expect(await sitesItem.getValue()).toEqual([]);
    expect(registeredMatches()).toBeNull();

    granted.add(PATTERN); // the user clicked Allow; permissions.onAdded runs reconcileSites
    await reconcileSites({ now: 2_000 });
    expect(await sitesItem.getValue()).toEqual([{ origin: SITE, addedAt: 2_000, access: 'granted' }]);
    expect(registeredMatches()).toEqual([PATTERN]);
    expect(scripts[0]).toMatchObject({ js: ['content-scripts/shop.js'], persistAcrossSessions: true });
    expect(injected).toEqual([{ tabId: 7, files: ['/content-scripts/shop.js'] }]);

    // The popup, still open, says the request resolved: already complete, the tab is not read twice.
    expect(await siteAnswered(SITE, true, 2_500)).toBe('on');
    expect(injected).toHaveLength(1);
    expect(await siteRequestItem.getValue()).toBeNull();
  });

  test('a site the browser grants already is on at once', async () => {
    granted.add(PATTERN);
    expect(await wantSite(SITE, 7, 1_000)).toBe('on');
    expect(registeredMatches()).toEqual([PATTERN]);
    expect(injected).toHaveLength(1);
  });

  test('the tab that asked is not read if it moved to another site meanwhile', async () => {
    await wantSite(SITE, 7, 1_000);
    tabUrls.set(7, 'https://elsewhere.example/');
    granted.add(PATTERN);
    await reconcileSites({ now: 1_500 });
    expect(registeredMatches()).toEqual([PATTERN]);
    expect(injected).toEqual([]);
  });

  test('a refusal drops the request: a later grant (in the browser settings, say) adds nothing', async () => {
    await wantSite(SITE, 7, 1_000);
    expect(await siteAnswered(SITE, false, 1_100)).toBe('refused');
    granted.add(PATTERN);
    await reconcileSites({ now: 1_200 });
    expect(await sitesItem.getValue()).toEqual([]);
    expect(registeredMatches()).toBeNull();
  });

  test('a request lapses after SITE_REQUEST_MS', async () => {
    await wantSite(SITE, 7, 1_000);
    granted.add(PATTERN);
    await reconcileSites({ now: 1_000 + SITE_REQUEST_MS });
    expect(await sitesItem.getValue()).toEqual([]);
    expect(await siteRequestItem.getValue()).toBeNull();
  });

  test('a registry shop or a non-site is refused: it is read by the manifest already, never twice', async () => {
    expect(await wantSite('https://www.sephora.com', 7, 1_000)).toBe('refused');
    expect(await wantSite('https://x.example/path', 7, 1_000)).toBe('refused');
    expect(await siteRequestItem.getValue()).toBeNull();
    expect(registeredMatches()).toBeNull();
  });
});

describe('the browser takes a permission back', () => {
  beforeEach(async () => {
    granted.add(PATTERN);
    await wantSite(SITE, 7, 1_000);
    siteWrites = 0;
  });

  test('the site is marked removed and unregistered, in one write; running again changes nothing', async () => {
    granted.delete(PATTERN); // permissions.onRemoved
    await reconcileSites({ now: 2_000 });
    expect(await sitesItem.getValue()).toEqual([{ origin: SITE, addedAt: 1_000, access: 'removed' }]);
    expect(registeredMatches()).toBeNull();
    await reconcileSites({ now: 3_000 });
    await reconcileSites({ now: 4_000, fresh: true });
    expect(siteWrites).toBe(1);
    expect(registeredMatches()).toBeNull();
  });

  test('granted again (in the browser settings): on again and registered, with no click', async () => {
    granted.delete(PATTERN);
    await reconcileSites({ now: 2_000 });
    granted.add(PATTERN);
    await reconcileSites({ now: 3_000 });
    expect((await sitesItem.getValue())[0]?.access).toBe('granted');
    expect(registeredMatches()).toEqual([PATTERN]);
  });

  test("granted again: the site's open pages are read at once, each once; other sites' tabs and later runs read none", async () => {
    tabUrls.set(8, `${SITE}/products/toner`).set(9, 'https://other.example/products/x');
    granted.delete(PATTERN);
    await reconcileSites({ now: 2_000 });
    injected = [];
    granted.add(PATTERN);
    await reconcileSites({ now: 3_000 });
    expect(injected.map((i) => i.tabId).sort()).toEqual([7, 8]);
    injected = [];
    await reconcileSites({ now: 4_000 });
    await reconcileSites({ now: 5_000, fresh: true });
    expect(injected).toEqual([]);
  });
});

describe('startup, update and removal', () => {
  test('on startup the registration is made again from the list (a restart may have lost it)', async () => {
    granted.add(PATTERN);
    await sitesItem.setValue([{ origin: SITE, addedAt: 1, access: 'granted' }]);
    scripts = [];
    await reconcileSites({ now: 5, fresh: true });
    expect(registeredMatches()).toEqual([PATTERN]);
    // A fresh run replaces an existing registration rather than failing on the duplicate id.
    await reconcileSites({ now: 6, fresh: true });
    expect(scripts).toHaveLength(1);
  });

  test('remove: off the list, unregistered, permission given back; other sites stay', async () => {
    granted.add(PATTERN).add('https://other.example/*');
    await sitesItem.setValue([
      { origin: SITE, addedAt: 1, access: 'granted' },
      { origin: 'https://other.example', addedAt: 2, access: 'granted' },
    ]);
    await reconcileSites({ now: 5 });
    await removeSite(SITE, 10);
    expect((await sitesItem.getValue()).map((s) => s.origin)).toEqual(['https://other.example']);
    expect(registeredMatches()).toEqual(['https://other.example/*']);
    expect(granted.has(PATTERN)).toBe(false);
    expect(granted.has(REGISTRY)).toBe(true);
  });
});
