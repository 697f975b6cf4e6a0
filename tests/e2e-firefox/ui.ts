/**
 * Every element the Firefox suite touches, found by accessible role, name or text (as the Chromium suite's
 * getByRole/getByLabel/getByText do), in one place: a UI change touches this file only. puppeteer's
 * ::-p-aria() reads Firefox's accessibility tree over WebDriver BiDi; ::-p-text() matches the innermost
 * element containing the text.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { vi } from 'vitest';
import { formatWhen } from '../../src/ui/time-format';
import { useCatalogueInNode } from '../e2e/i18n-node';
import { WAIT_MS } from './harness';

/**
 * Debian's firefox-esr ships its en-US build only, so its UI language (and the catalogue it picks) is en-US
 * whatever the machine's LANG says; the popup formats times for that locale.
 */
const FIREFOX_UI_LANGUAGE = 'en-US';

/** When a window ends, in the popup's words ("tonight at 8:00 PM", "Sat 8:00 PM"), as Firefox shows it. */
export function formatUntil(until: number, now: number): string {
  return formatWhen(until, now, useCatalogueInNode('en', FIREFOX_UI_LANGUAGE));
}

const aria = (role: string, name: string) => `::-p-aria([role="${role}"][name="${name}"])`;

async function find(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const el = await page.waitForSelector(selector, { timeout: WAIT_MS });
  if (!el) throw new Error(`No element for ${selector}`);
  return el as ElementHandle<Element>;
}

/** The text of the first live region (role=status) whose text contains `text`, once there is one. */
async function statusWith(page: Page, text: string): Promise<string> {
  return vi.waitUntil(
    async () => {
      for (const el of await page.$$('::-p-aria([role="status"])')) {
        const content = await el.evaluate((e) => e.textContent ?? '');
        if (content.includes(text)) return content;
      }
      return undefined;
    },
    { timeout: WAIT_MS, interval: 100 },
  );
}

export const optionsPage = {
  async setNeedleLength(page: Page, mm: string): Promise<void> {
    // A single-choice <select> is a combobox in the accessibility tree.
    await (await find(page, aria('combobox', 'Needle length'))).select(mm);
  },
  /** "Log a session now", then the checklist's confirmation (on by default), as a user does. */
  async logSessionNow(page: Page): Promise<void> {
    await (await find(page, aria('button', 'Log a session now'))).click();
    await (await find(page, aria('button', 'All true: log the session'))).click();
    await find(page, '::-p-text(Session logged)');
  },
  /** Waits for the schedule summary that appears once a session is logged. */
  async waitForRecoveryWindowNote(page: Page): Promise<void> {
    await find(page, '::-p-text(recovery window until)');
  },
  async waitUntilRendered(page: Page): Promise<void> {
    await find(page, aria('heading', 'Recovery windows'));
  },
};

/** The popup's headline (the h1 inside its live region) once it contains `text`. */
async function headlineWith(page: Page, text: string): Promise<string> {
  const region = await statusWith(page, text);
  return vi.waitUntil(
    async () => {
      const content = await (await page.$('h1'))?.evaluate((e) => e.textContent ?? '');
      return content && region.startsWith(content) ? content : undefined;
    },
    { timeout: WAIT_MS, interval: 100 },
  );
}

export const popupPage = {
  holdHeadline: (page: Page) => headlineWith(page, 'Hold until'),
  async waitUntilRendered(page: Page): Promise<void> {
    await find(page, '::-p-text(Needle Safe)');
  },
  /** The text of the list item (card) of one finding, found by its heading, e.g. "Retinol (5th)". */
  async findingCard(page: Page, heading: string): Promise<string> {
    const title = await find(page, `::-p-text(${heading})`);
    return title.evaluate((e) => e.closest('li')?.textContent ?? '');
  },
  /** "Add to my shelf" under the one checked product, named `name`, saved; waits for the confirmation. */
  async addToShelf(page: Page, name: string): Promise<void> {
    await (await find(page, aria('button', 'Add to my shelf'))).click();
    await (await find(page, aria('textbox', 'Name'))).type(name);
    await (await find(page, aria('button', 'Save to shelf'))).click();
    await statusWith(page, `Added to your shelf: ${name}`);
  },
  /** The text of one row of tonight's plan, found by the product's name. */
  async planRow(page: Page, name: string): Promise<string> {
    const title = await find(page, `.plan-name::-p-text(${name})`);
    return title.evaluate((e) => e.closest('li')?.textContent ?? '');
  },
  /** The verdict box (its class: the tone, and its text) whose heading says `heading`. */
  async summaryWith(page: Page, heading: string): Promise<{ tone: string; text: string }> {
    const h = await find(page, `::-p-text(${heading})`);
    return h.evaluate((e) => ({
      tone: e.closest('.summary')?.className ?? '',
      text: e.closest('.summary')?.textContent ?? '',
    }));
  },
  async checkPasted(page: Page, text: string): Promise<void> {
    await (await find(page, aria('button', 'Check another ingredient list'))).click();
    await (await find(page, aria('textbox', 'Paste an ingredient list to check it'))).type(text);
    await (await find(page, aria('button', 'Check'))).click();
  },
};

/** "Your sites" on the options page (issue 13), by the names the user reads. */
export const sitesSection = {
  async turnOnAgain(page: Page, host: string): Promise<void> {
    await (await find(page, aria('button', `Turn on again: ${host}`))).click();
  },
  async remove(page: Page, host: string): Promise<void> {
    await (await find(page, aria('button', `Remove: ${host}`))).click();
  },
  async waitForText(page: Page, text: string): Promise<void> {
    await find(page, `::-p-text(${text})`);
  },
};
