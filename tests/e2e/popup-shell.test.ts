/**
 * The popup's first frame: what popup.html paints before any script has run (its header, styled by the
 * inline CSS, entrypoints/popup/index.html).  Opened with its scripts blocked, so the state is the
 * one a slow machine shows for a moment, light and dark.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { launch, screenshot, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

describe('popup.html before its scripts', () => {
  test.each(['light', 'dark'] as const)(
    'paints its styled header from the HTML alone (%s)',
    async (scheme) => {
      const page = await h.context.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      await page.emulateMedia({ colorScheme: scheme });
      const cdp = await h.context.newCDPSession(page);
      // The page's scripts never arrive (evaluation from here stays possible, which switching scripts off
      // would stop too).
      await cdp.send('Network.enable');
      await cdp.send('Network.setBlockedURLs', { urls: ['*/chunks/*'] });
      await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
      const state = await page.evaluate(() => ({
        brand: document.querySelector('header .brand')?.textContent,
        heading: document.querySelector('h1')?.textContent,
        linked: [...document.styleSheets].filter((s) => s.href).length,
        inline: document.styleSheets.length,
        fontSize: getComputedStyle(document.body).fontSize,
        header: getComputedStyle(document.querySelector('header')!).display,
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(state).toMatchObject({
        brand: 'Needle Safe',
        heading: 'Needle Safe',
        linked: 0,
        fontSize: '14px',
        header: 'flex',
      });
      // Every sheet inline: the popup's own and the plan's (src/ui/plan/plan.css, used by "Add to my shelf").
      expect(state.inline).toBeGreaterThan(0);
      expect(state.background).toBe(scheme === 'dark' ? 'rgb(21, 25, 29)' : 'rgb(255, 255, 255)');
      await screenshot(page, `popup-shell${scheme === 'dark' ? '-dark' : ''}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
