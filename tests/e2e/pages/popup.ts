/**
 * The popup as a test uses it (the page-object pattern of wxt-dev/examples playwright-e2e-testing): tests
 * say what they do ("check this list", "the verdict says"), the locators live here once.
 */
import type { Page } from 'playwright-core';
import { screenshot, type Harness } from '../harness';

export interface PopupOptions {
  /** The tab whose result the popup shows (a popup opened as a tab has no current tab of its own). */
  tab?: number;
  /** A tab has no popup size: set one before a screenshot. */
  viewport?: { width: number; height: number };
}

export async function openPopup(h: Harness, opts: PopupOptions = {}) {
  const page = await h.context.newPage();
  if (opts.viewport) await page.setViewportSize(opts.viewport);
  await page.goto(`chrome-extension://${h.extensionId}/popup.html${opts.tab ? `?tab=${opts.tab}` : ''}`);
  await page.getByText('Needle Safe', { exact: true }).waitFor();
  return popupPage(page);
}

function popupPage(page: Page) {
  const popup = {
    page,
    /** Waits for the verdict line that contains `text` and returns its whole text. */
    async verdict(text: string): Promise<string> {
      const line = page.getByRole('status').filter({ hasText: text });
      await line.waitFor();
      return (await line.textContent()) ?? '';
    },
    /** How many elements show this text (a finding line, an explanation); 0 while it is not rendered. */
    countText: (text: string | RegExp) => page.getByText(text, { exact: false }).count(),
    waitForText: (text: string) => page.getByText(text).waitFor(),
    /** Checks a list through the paste box. */
    async checkList(text: string): Promise<void> {
      await page.getByLabel('Paste an ingredient list to check it').fill(text);
      await page.getByRole('button', { name: 'Check', exact: true }).click();
    },
    scanThisPage: () => page.getByRole('button', { name: 'Scan this page' }).click(),
    /** Images with this src: page text must stay text, so a pasted <img> tag must not become one. */
    countImages: (src: string) => page.locator(`img[src="${src}"]`).count(),
    firstContentfulPaintMs: () =>
      page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
    screenshot: (name: string) => screenshot(page, name),
    close: () => page.close(),
  };
  return popup;
}

export type PopupPage = ReturnType<typeof popupPage>;
