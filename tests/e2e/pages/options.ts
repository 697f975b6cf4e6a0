/**
 * The options page as a test uses it (the page-object pattern of wxt-dev/examples playwright-e2e-testing):
 * tests say what the user does, the locators live here once.
 */
import type { Page } from 'playwright-core';
import { screenshot, type Harness } from '../harness';

export async function openOptions(h: Harness) {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  return optionsPage(page);
}

function optionsPage(page: Page) {
  const alert = (text: string) => page.getByRole('alert').filter({ hasText: text });
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
    logSessionNow: () => page.getByRole('button', { name: 'Log a session now' }).click(),
    /** Waits until the sessions section says the skin is in a recovery window. */
    waitForRecoveryWindow: () => page.getByText(/recovery window until/).waitFor(),
    waitForWindowTable: () => page.getByRole('heading', { name: 'Recovery windows' }).waitFor(),
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
