import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_SITES,
  repairSites,
  requestStands,
  SITE_REQUEST_MS,
  siteLabel,
  siteOf,
  sitePattern,
  withAccess,
  withoutSite,
  withSite,
  type Site,
} from '../../src/sites';
import { loadSites, repairsItem } from '../../src/storage';

describe('siteOf', () => {
  test.each([
    ['https://Corner-Apothecary.example/products/x?y=1#z', 'https://corner-apothecary.example'],
    ['http://shop.example:8080/p', 'http://shop.example'],
    ['https://www.shop.example/', 'https://www.shop.example'],
  ])('%s is the site %s (scheme and host, no port, no path)', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  test.each([
    'chrome://extensions',
    'about:blank',
    'file:///home/me/page.html',
    'chrome-extension://abc/popup.html',
    'moz-extension://abc/popup.html',
    'not a url',
    'https://[::1]/',
  ])('%s is no site to turn on', (url) => {
    expect(siteOf(url)).toBeNull();
  });

  test('the pattern covers every path and, having no port, every port; the label drops https only', () => {
    expect(sitePattern('https://shop.example')).toBe('https://shop.example/*');
    expect(siteLabel('https://shop.example')).toBe('shop.example');
    expect(siteLabel('http://shop.example')).toBe('http://shop.example');
  });
});

const site = (origin: string, access: Site['access'] = 'granted', addedAt = 1): Site => ({
  origin,
  addedAt,
  access,
});

describe('the list', () => {
  test('adding a known site turns it back on and keeps when it was first added', () => {
    const list = [site('https://a.example', 'removed', 5)];
    expect(withSite(list, 'https://a.example', 99)).toEqual([site('https://a.example', 'granted', 5)]);
    expect(withSite(list, 'https://b.example', 99)).toEqual([
      ...list,
      site('https://b.example', 'granted', 99),
    ]);
  });

  test('the list keeps the newest MAX_SITES', () => {
    let list: Site[] = [];
    for (let i = 0; i <= MAX_SITES; i++) list = withSite(list, `https://s${i}.example`, i + 1);
    expect(list).toHaveLength(MAX_SITES);
    expect(list[0]!.origin).toBe('https://s1.example');
  });

  test('removing drops only that site', () => {
    expect(withoutSite([site('https://a.example'), site('https://b.example')], 'https://a.example')).toEqual([
      site('https://b.example'),
    ]);
  });

  test('access follows the browser; an unchanged list is the same array (no needless write)', () => {
    const list = [site('https://a.example'), site('https://b.example', 'removed')];
    expect(withAccess(list, [true, false])).toBe(list);
    expect(withAccess(list, [false, true])).toEqual([
      site('https://a.example', 'removed'),
      site('https://b.example', 'granted'),
    ]);
  });

  test('a request stands for SITE_REQUEST_MS, not after, and not from the future', () => {
    const r = { origin: 'https://a.example', tabId: 1, at: 1_000 };
    expect(requestStands(r, 1_000)).toBe(true);
    expect(requestStands(r, 1_000 + SITE_REQUEST_MS - 1)).toBe(true);
    expect(requestStands(r, 1_000 + SITE_REQUEST_MS)).toBe(false);
    expect(requestStands(r, 999)).toBe(false);
  });
});

describe('repairSites', () => {
  test('a valid list is kept as it is', () => {
    const list = [site('https://a.example'), site('http://b.example', 'removed')];
    expect(repairSites(list)).toEqual({ value: list, repaired: [] });
    expect(repairSites(undefined)).toEqual({ value: [], repaired: [] });
  });

  test('bad entries are dropped one by one, the others kept, and it says how many', () => {
    const raw = [
      site('https://a.example'),
      { origin: 'https://a.example', addedAt: 2, access: 'granted' },
      { origin: 'javascript:alert(1)', addedAt: 2, access: 'granted' },
      { origin: 'https://c.example/path', addedAt: 2 },
      { origin: 'https://d.example', addedAt: 'yesterday' },
      null,
      { origin: 'https://e.example', addedAt: 3, access: 'maybe' },
    ];
    expect(repairSites(raw)).toEqual({
      value: [site('https://a.example'), site('https://e.example', 'granted', 3)],
      repaired: ['site list (5 invalid entries removed)'],
    });
  });

  test('something that is not a list becomes an empty list, said once', () => {
    expect(repairSites({ origin: 'https://a.example' })).toEqual({
      value: [],
      repaired: ['site list (not a list)'],
    });
  });
});

describe('the stored list', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a bad entry is repaired in storage and noted; the other sites are kept', async () => {
    await fakeBrowser.storage.local.set({
      sites: [site('https://a.example'), { origin: 'https://b.example' }],
      sites$: { v: 1 },
    });
    expect(await loadSites(50)).toEqual([site('https://a.example')]);
    expect((await fakeBrowser.storage.local.get('sites')).sites).toEqual([site('https://a.example')]);
    expect(await repairsItem.getValue()).toEqual([
      { at: 50, fields: ['site list (1 invalid entry removed)'] },
    ]);
  });
});
