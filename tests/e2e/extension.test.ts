/**
 * The built extension in real headless Chromium, on shop pages served at their real URLs.
 * Run after `npm run build` (npm test does). Screenshots go to tests/e2e/artifacts/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/ingredients';
import { BADGE_COLORS, flaggedCategories } from '../../src/badge';
import { DEFAULT_WINDOWS, formatHours } from '../../src/recovery';
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

const hexToRgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

async function tabResult(tabId: number) {
  const all = await storageGet(h, 'session', `tab-${tabId}`);
  return all[`tab-${tabId}`] as
    { state: string; analysis: { findings: { category: string }[] } | null } | undefined;
}

describe('extension in real Chromium', () => {
  test('the manifest asks for no broad host access', async () => {
    const manifest = await h.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    const hosts = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
    ];
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

  test('options: set a needle length, log a session; the popup then says Hold until the right day', async () => {
    const options = await extensionPage(h, 'options.html');
    await options.getByLabel('Needle length').selectOption('0.5');
    await until(async () => {
      const sync = await storageGet(h, 'sync', 'settings');
      return (sync.settings as { needleMm?: number } | undefined)?.needleMm === 0.5;
    }, 'needle length saved');
    await options.getByRole('button', { name: 'Log a session now' }).click();
    const sessions = await until(async () => {
      const local = await storageGet(h, 'local', 'sessions');
      const list = local.sessions as { at: number; needleMm: number }[] | undefined;
      return list?.length ? list : null;
    }, 'a logged session');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.needleMm).toBe(0.5);
    await options.getByText(/recovery window until/).waitFor();
    await screenshot(options, 'options');

    const { tabId } = await openShopPage(h, RETINAL_URL);
    await until(() => tabResult(tabId), 'the retinal page result');
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const headline = popup.getByRole('status').filter({ hasText: 'Hold until' });
    await headline.waitFor();
    // Retinoids after a 0.5 mm session: the default window (recovery-windows.md) counted from the logged session.
    const hours = DEFAULT_WINDOWS.medium.retinoid.typical;
    const day = new Date(sessions[0]!.at + hours * 3_600_000).toLocaleDateString('en-GB', {
      weekday: 'short',
    });
    expect(await headline.textContent()).toContain(`Hold until ${day}`);
    await expect.poll(() => popup.getByText(/Retinal \(19th\)/).count()).toBe(1);
    await expect
      .poll(() =>
        popup.getByText(`${formatHours(hours)} after your 0.5 mm session`, { exact: false }).count(),
      )
      .toBeGreaterThan(0);
    // The badge colour follows the recovery state: held now.
    await expect.poll(() => badgeColor(h, tabId)).toEqual(hexToRgba(BADGE_COLORS.hold));
    await screenshot(popup, 'popup');
    await popup.close();
    await options.close();
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
