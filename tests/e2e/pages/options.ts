/**
 * The options page as a test uses it (the page-object pattern of wxt-dev/examples playwright-e2e-testing):
 * tests say what the user does, the locators live here once.
 */
import type { Page } from 'playwright-core';
import { screenshot, type Harness } from '../harness';

export interface OpenOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

export async function openOptions(h: Harness, opts: OpenOptions = {}) {
  const page = await h.context.newPage();
  if (opts.viewport) await page.setViewportSize(opts.viewport);
  if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  return optionsPage(page);
}

function optionsPage(page: Page) {
  const alert = (text: string) => page.getByRole('alert').filter({ hasText: text });
  /** One hours field of the recovery-window table, e.g. ("Retinoid", "hold"). */
  const hours = (category: string, kind: 'hold' | 'before') =>
    page.getByLabel(`${category}: hours to ${kind === 'hold' ? 'hold after' : 'pause before'} a session`);
  const options = {
    page,
    setNeedle: (mm: string) =>
      page
        .getByLabel('Needle length')
        .selectOption(mm)
        .then(() => undefined),
    needle: () => page.getByLabel('Needle length').inputValue(),
    setUsualTime: (time: string) => page.getByLabel('Usual time').fill(time),
    usualTime: () => page.getByLabel('Usual time').inputValue(),
    /** Whether a weekday ("Tue") is ticked in the planned days. */
    isDayChecked: (day: string) => page.getByLabel(day, { exact: true }).isChecked(),
    /** "Log a session now", then the checklist's confirmation when the checklist is on (the default). */
    async logSessionNow(): Promise<void> {
      await page.getByRole('button', { name: 'Log a session now' }).click();
      const confirm = page.getByRole('button', { name: 'All true: log the session' });
      const logged = page.getByText('Session logged');
      await confirm.or(logged).first().waitFor();
      if (await confirm.isVisible()) await confirm.click();
      await logged.waitFor();
    },
    /** Waits until the sessions section says the skin is in a recovery window. */
    waitForRecoveryWindow: () => page.getByText(/recovery window until/).waitFor(),
    waitForWindowTable: () => page.getByRole('heading', { name: 'Recovery windows' }).waitFor(),
    /** Types `value` into an hours field and commits it (Enter), as a user does. */
    async enterHours(category: string, kind: 'hold' | 'before', value: string): Promise<void> {
      const field = hours(category, kind);
      await field.fill(value);
      await field.press('Enter');
    },
    hoursValue: (category: string, kind: 'hold' | 'before') => hours(category, kind).inputValue(),
    /** aria-invalid and the text of the element aria-describedby names (null when there is none). */
    async hoursError(category: string, kind: 'hold' | 'before') {
      const field = hours(category, kind);
      const describedBy = await field.getAttribute('aria-describedby');
      return {
        invalid: await field.getAttribute('aria-invalid'),
        message: describedBy ? await page.locator(`#${describedBy}`).textContent() : null,
      };
    },
    pressEscapeIn: (category: string, kind: 'hold' | 'before') => hours(category, kind).press('Escape'),
    /** The names in the supported-shops list. */
    shopNames: () =>
      page.getByRole('region', { name: 'Supported shops' }).locator('li strong').allTextContents(),
    skipLink: () => page.getByRole('link', { name: 'Skip to main content' }),
    /** Whether the page itself scrolls sideways (the window table may scroll inside its own region). */
    scrollsSideways: () =>
      page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth),
    importFile: (name: string, contents: string) =>
      page.getByLabel('Import settings').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(contents),
      }),
    /** Waits for the alert that contains `text` (a repair notice, a rejected import) and returns its text. */
    async alert(text: string): Promise<string> {
      await alert(text).waitFor();
      return (await alert(text).textContent()) ?? '';
    },
    reload: () => page.reload().then(() => undefined),
    screenshot: (name: string) => screenshot(page, name),
    close: () => page.close(),
  };
  return options;
}

export type OptionsPage = ReturnType<typeof optionsPage>;
