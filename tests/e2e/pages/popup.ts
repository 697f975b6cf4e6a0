/**
 * The popup as a test uses it (the page-object pattern of wxt-dev/examples playwright-e2e-testing): tests
 * say what they do ("check this list", "the verdict says"), the locators live here once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { screenshot, type Harness } from '../harness';

export interface PopupOptions {
  /** The tab whose result the popup shows (a popup opened as a tab has no current tab of its own). */
  tab?: number;
  /** `?view=selection`: the text checked from the context menu; `?view=plan`: tonight's plan opened. */
  view?: 'selection' | 'plan';
  /** A tab has no popup size: set one before a screenshot. */
  viewport?: { width: number; height: number };
}

export async function openPopup(h: Harness, opts: PopupOptions = {}) {
  const page = await h.context.newPage();
  if (opts.viewport) await page.setViewportSize(opts.viewport);
  const query = new URLSearchParams();
  if (opts.tab) query.set('tab', String(opts.tab));
  if (opts.view) query.set('view', opts.view);
  const search = query.size ? `?${query}` : '';
  await page.goto(`chrome-extension://${h.extensionId}/popup.html${search}`);
  await page.getByText('Needle Safe', { exact: true }).waitFor();
  return popupPage(page);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

function popupPage(page: Page) {
  const headline = page.locator('.summary .headline').first();
  const popup = {
    page,
    /** Waits for the verdict (the live region) that contains `text` and returns its whole text. */
    async verdict(text: string): Promise<string> {
      const line = page.getByRole('status').filter({ hasText: text });
      await line.first().waitFor();
      return (await line.first().textContent()) ?? '';
    },
    /** The page's headline (its h1) once it contains `text`. */
    async headline(text: string): Promise<string> {
      await page.getByRole('heading', { level: 1 }).filter({ hasText: text }).waitFor();
      return (await headline.textContent()) ?? '';
    },
    /** The line under the headline ("1 to hold now: retinoids"). */
    detail: () => page.locator('.summary .detail').first().textContent(),
    /** The text of the card whose heading is `title` ("Retinal (19th)"). */
    card: (title: string) =>
      page
        .locator('li.card')
        .filter({ has: page.getByRole('heading', { name: title }) })
        .textContent(),
    /** How many elements show this text (a finding line, an explanation); 0 while it is not rendered. */
    countText: (text: string | RegExp) => page.getByText(text, { exact: false }).count(),
    waitForText: (text: string) => page.getByText(text).waitFor(),
    /** Opens the paste box. */
    openPasteBox: () => page.getByRole('button', { name: 'Check another ingredient list' }).click(),
    /** Checks a list through the paste box (opening it first). */
    async checkList(text: string): Promise<void> {
      await popup.openPasteBox();
      await page.getByLabel('Paste an ingredient list to check it').fill(text);
      await page.getByRole('button', { name: 'Check', exact: true }).click();
    },
    scanThisPage: () => page.getByRole('button', { name: 'Scan this page' }).click(),
    /** Images with this src: page text must stay text, so a pasted <img> tag must not become one. */
    countImages: (src: string) => page.locator(`img[src="${src}"]`).count(),
    firstContentfulPaintMs: () =>
      page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
    /** Computed font sizes in px of body and the headline (Chrome injects body{font-size:75%}). */
    fontSizes: () =>
      page.evaluate(() => ({
        body: parseFloat(getComputedStyle(document.body).fontSize),
        headline: parseFloat(getComputedStyle(document.querySelector('.summary .headline')!).fontSize),
      })),
    /** Layout facts: horizontal overflow, and the bottom edge of the headline and of the first card. */
    layout: () =>
      page.evaluate(() => {
        const bottom = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? null;
        const root = document.documentElement;
        return {
          overflowX: root.scrollWidth - root.clientWidth,
          headlineBottom: bottom('.summary'),
          firstCardBottom: bottom('li.card'),
        };
      }),
    /**
     * axe-core's violations for the page as it is. Evaluated rather than added as a script tag: the
     * extension's CSP (script-src 'self') blocks inline scripts, while DevTools evaluation is not subject to it.
     */
    async axe(): Promise<AxeViolation[]> {
      await page.evaluate(axeSource);
      return page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }
        ).axe;
        const { violations } = await axe.run(document);
        return violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        }));
      });
    },
    screenshot: (name: string) => screenshot(page, name),
    close: () => page.close(),
  };
  return popup;
}

export type PopupPage = ReturnType<typeof popupPage>;
