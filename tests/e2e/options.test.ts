/**
 * The options page in real headless Chromium: accessibility (axe, light and dark), layout from 320 to
 * 1200 px, out-of-range hours refused visibly, the supported-shops list, the skip link, and the sizes that
 * survive Chrome's injected `body { font-size: 75% }`. Screenshots go to tests/e2e/artifacts/.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_OVERRIDE_HOURS } from '../../src/recovery';
import { shops } from '../../src/shops';
import { axeViolations } from './axe';
import { ARTIFACTS, launch, storageGet, type Harness } from './harness';
import { openOptions } from './pages/options';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** A logged session and an edited window, so axe also sees the history list, a reset button and an error. */
async function withSomeState(): Promise<void> {
  await h.worker.evaluate(async (at) => {
    await chrome.storage.local.set({ sessions: [{ at, needleMm: 0.5 }] });
  }, Date.now() - 3_600_000);
}

describe('options page', () => {
  test.each(['light', 'dark'] as const)('axe finds no violations (%s)', async (colorScheme) => {
    await withSomeState();
    const options = await openOptions(h, { colorScheme });
    await options.waitForWindowTable();
    await options.enterHours('Retinoid', 'hold', '5000');
    expect((await options.hoursError('Retinoid', 'hold')).invalid).toBe('true');
    expect(await axeViolations(options.page)).toEqual([]);
    await options.page.setViewportSize({ width: 900, height: 900 });
    await options.pressEscapeIn('Retinoid', 'hold');
    await options.screenshot(colorScheme === 'dark' ? 'options-dark' : 'options-light');
    await options.close();
  });

  test('the axe helper reports a real violation (guards the zero above)', async () => {
    const options = await openOptions(h);
    await options.waitForWindowTable();
    await options.page.evaluate(() =>
      document.querySelector('main')!.append(document.createElement('input')),
    );
    expect((await axeViolations(options.page)).map((v) => v.id)).toContain('label');
    await options.close();
  });

  test('an out-of-range hours value is refused visibly and nothing is saved', async () => {
    const options = await openOptions(h);
    await options.waitForWindowTable();
    const before = await storageGet(h, 'sync', 'settings');
    const stored = await options.hoursValue('Retinoid', 'hold');

    await options.enterHours('Retinoid', 'hold', '5000');
    const error = await options.hoursError('Retinoid', 'hold');
    expect(error.invalid).toBe('true');
    expect(error.message).toContain(`from 0 to ${MAX_OVERRIDE_HOURS.toLocaleString('en-US')}`);
    expect(error.message).toContain('Not saved');
    // The field keeps what was typed (with its error), and storage keeps what it had.
    expect(await options.hoursValue('Retinoid', 'hold')).toBe('5000');
    expect(await storageGet(h, 'sync', 'settings')).toEqual(before);

    // Escape puts the stored value back and clears the error.
    await options.pressEscapeIn('Retinoid', 'hold');
    expect(await options.hoursValue('Retinoid', 'hold')).toBe(stored);
    expect(await options.hoursError('Retinoid', 'hold')).toEqual({ invalid: null, message: null });

    // A valid value is saved, and the error never shows.
    await options.enterHours('Retinoid', 'hold', '96');
    await expect
      .poll(async () => {
        const s = (await storageGet(h, 'sync', 'settings')).settings as {
          overrides: Record<string, Record<string, { hold: number }>>;
        };
        return s.overrides.medium?.retinoid?.hold;
      })
      .toBe(96);
    expect((await options.hoursError('Retinoid', 'hold')).invalid).toBeNull();
    await options.page.getByRole('button', { name: 'Reset Retinoid to the default' }).click();
    await expect.poll(() => options.hoursValue('Retinoid', 'hold')).toBe(stored);
    await options.close();
  });

  test('one needle control: the window table follows the needle length', async () => {
    const options = await openOptions(h);
    await options.waitForWindowTable();
    expect(await options.page.getByRole('combobox').count()).toBe(1);
    await options.setNeedle('1');
    await options.page.getByText('For your 1.0 mm needle (over 0.5 mm up to 1.0 mm).').waitFor();
    // 0.75-1.0 mm: retinoids are held 5 days by default (src/recovery/windows.ts).
    await expect.poll(() => options.hoursValue('Retinoid', 'hold')).toBe('120');
    await options.setNeedle('0.5');
    await expect.poll(() => options.hoursValue('Retinoid', 'hold')).toBe('72');
    await options.close();
  });

  test('"Log a session now" asks the checklist first and logs at the needle length set above', async () => {
    await h.worker.evaluate(async () => {
      await chrome.storage.local.set({ sessions: [] });
    });
    const options = await openOptions(h);
    await options.waitForWindowTable();
    await options.setNeedle('1');
    await options.page.getByRole('button', { name: 'Log a session now' }).click();
    // the checklist is on by default: nothing is logged before the user confirms it
    await options.page.getByRole('heading', { name: 'Before you roll', level: 3 }).waitFor();
    expect((await storageGet(h, 'local', 'sessions')).sessions).toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.page.emulateMedia({ colorScheme });
      expect(await axeViolations(options.page)).toEqual([]);
      await options.page.locator('#sessions').screenshot({
        path: join(ARTIFACTS, `options-checklist-${colorScheme}.png`),
      });
    }
    // still one needle control on the page (issue 11): the session uses the schedule's
    expect(await options.page.getByRole('combobox').count()).toBe(1);
    await options.page.getByRole('button', { name: 'All true: log the session' }).click();
    await options.page.getByText('Session logged').waitFor();
    const sessions = (await storageGet(h, 'local', 'sessions')).sessions as { needleMm: number }[];
    expect(sessions.map((x) => x.needleMm)).toEqual([1]);
    // Undo, as in the popup
    await options.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await storageGet(h, 'local', 'sessions')).sessions).toEqual([]);
    await options.setNeedle('0.5');
    await options.close();
  });

  test('lists every registered shop', async () => {
    const options = await openOptions(h);
    await options.waitForWindowTable();
    expect((await options.shopNames()).sort()).toEqual(shops.map((s) => s.name).sort());
    await options.close();
  });

  test('the skip link is the first stop and moves focus to the main content', async () => {
    const options = await openOptions(h);
    await options.waitForWindowTable();
    await options.page.keyboard.press('Tab');
    const link = options.skipLink();
    await expect.poll(() => link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await link.isVisible()).toBe(true);
    await options.page.keyboard.press('Enter');
    await expect.poll(() => options.page.evaluate(() => document.activeElement?.id)).toBe('main');
    await options.close();
  });

  test.each([320, 375, 768, 1200])('fits %i px wide without scrolling the page sideways', async (width) => {
    const options = await openOptions(h, { viewport: { width, height: 800 } });
    await options.waitForWindowTable();
    expect(await options.scrollsSideways()).toBe(false);
    if (width === 320) await options.screenshot('options-320');
    await options.close();
  });

  test("text sizes survive Chrome's injected body font-size", async () => {
    const options = await openOptions(h);
    await options.waitForWindowTable();
    const size = (selector: string) =>
      options.page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontSize);
    expect(await size('body')).toBe('14px');
    expect(await size('h1')).toBe('22px');
    expect(await size('h2')).toBe('17px');
    expect(await size('label[for="needle"]')).toBe('14px');
    await options.close();
  });
});
