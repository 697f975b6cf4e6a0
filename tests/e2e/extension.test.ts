/**
 * The built extension in real headless Chromium, on shop pages served at their real URLs.
 * Run after `npm run build` (npm test does). Screenshots go to tests/e2e/artifacts/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/ingredients';
import { flaggedCategories } from '../../src/badge';
import {
  ARTIFACTS,
  badgeColor,
  badgeText,
  extensionPage,
  launch,
  openShopPage,
  ROOT,
  screenshot,
  storageGet,
  until,
  type Harness,
} from './harness';

const page = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

const RETINAL_URL = 'https://www.sephora.com/product/advanced-retinol-us-P520381';
const RETINAL_HTML = page('tests/e2e/pages/sephora-retinal-serum.html');

let h: Harness;
const timings: Record<string, number> = {};

beforeAll(async () => {
  h = await launch();
  h.routes.set(RETINAL_URL, { body: RETINAL_HTML });
});
afterAll(async () => {
  writeFileSync(join(ARTIFACTS, 'timings.json'), JSON.stringify(timings, null, 2));
  await h?.close();
});

async function tabResult(tabId: number) {
  const all = await storageGet(h, 'session', `tab-${tabId}`);
  return all[`tab-${tabId}`] as { state: string; analysis: { findings: { category: string }[] } | null } | undefined;
}

describe('extension in real Chromium', () => {
  test('the manifest asks for no broad host access', async () => {
    const manifest = await h.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    const hosts = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])];
    expect(hosts.length).toBeGreaterThan(10);
    for (const p of hosts) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\*$/);
    expect(manifest.permissions).toContain('activeTab');
    expect(manifest.permissions).not.toContain('tabs');
  });

  test('a routed product page runs the content script, stores the result and sets the badge', async () => {
    const { tabId } = await openShopPage(h, RETINAL_URL);
    const result = await until(() => tabResult(tabId), 'a stored tab result');
    expect(result.state).toBe('found');
    const cats = result.analysis!.findings.map((f) => f.category);
    expect(cats).toContain('retinoid');
    // The browser pipeline must agree with the engine run in Node on the same list.
    const listText = /<div id="ingredients" hidden><div><p>[^<]*<\/p><p>([^<]+)<\/p>/.exec(RETINAL_HTML)![1]!;
    const expected = String(flaggedCategories(analyze(listText)).length);
    expect(await until(async () => (await badgeText(h, tabId)) || null, 'badge text')).toBe(expected);
  });

  test('popup and options render', async () => {
    const t0 = Date.now();
    const popup = await extensionPage(h, 'popup.html');
    await popup.getByText('Needle Safe', { exact: true }).waitFor();
    timings.popupTabOpenToHeaderMs = Date.now() - t0;
    const options = await extensionPage(h, 'options.html');
    await options.getByRole('heading', { name: 'Recovery windows' }).waitFor();
    await options.close();
    await popup.close();
  });
});
