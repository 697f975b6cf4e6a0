/**
 * Issue 12, the schedule side, in real headless Chromium: install -> welcome -> first verdict; a planned
 * session passing -> "Did you roll?" -> Yes -> hold dates; the frequency warnings; the pre-session checklist
 * with undo; the SPF morning line; a bad-date import and a stored v2 value without its version marker.
 * Time is not faked: plans and sessions are planted in storage relative to the browser's now. Screenshots of
 * every new state, light and dark, go to tests/e2e/artifacts/ (looked at before committing).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_WINDOWS } from '../../src/recovery';
import { defaultSettings } from '../../src/settings';
import { axeViolations } from './axe';
import {
  launch,
  openShopPage,
  ROOT,
  storageGet,
  until,
  type Harness,
  RETINAL_HTML,
  RETINAL_URL,
} from './harness';
import { openOptions } from './pages/options';
import { openPopup } from './pages/popup';
import { useCatalogueInNode } from './i18n-node';
import { localDay } from '../../src/recovery/time';
import { rollQuestion } from '../../src/ui/popup/roll-prompt';
import { formatTime, formatWhenAbsolute, type Clock } from '../../src/ui/time-format';

const HOUR = 3_600_000;
const POPUP = { width: 380, height: 600 };

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.routes.set(RETINAL_URL, { body: RETINAL_HTML });
});
afterAll(async () => {
  await h?.close();
});

/** Replaces what the user set: settings (merged over the defaults), sessions and answers. */
async function plant(state: { settings?: object; sessions?: object[]; skipped?: number[] }): Promise<void> {
  await h.worker.evaluate(
    async (s) => {
      await chrome.storage.sync.set({ settings: s.settings, settings$: { v: 2 } });
      await chrome.storage.local.set({ sessions: s.sessions ?? [], 'skipped-sessions': s.skipped ?? [] });
    },
    { ...state, settings: { ...defaultSettings(), ...state.settings } },
  );
}

/** The popup's clock: its catalogue and the browser's UI language, as the extension formats times. */
async function clock(): Promise<Clock> {
  return useCatalogueInNode('en', await h.worker.evaluate(() => chrome.i18n.getUILanguage()));
}

/** A planned session one hour ago, on today's weekday at that wall time, in the browser's own zone. */
async function plannedAnHourAgo(): Promise<{ at: number; day: number; time: string }> {
  return h.worker.evaluate(() => {
    const d = new Date(Date.now() - 3_600_000);
    d.setSeconds(0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { at: d.getTime(), day: d.getDay(), time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
  });
}

async function retinalTab(): Promise<number> {
  const { tabId } = await openShopPage(h, RETINAL_URL);
  await until(
    async () => (await storageGet(h, 'session', `tab-${tabId}`))[`tab-${tabId}`],
    'the retinal page result',
  );
  return tabId;
}

describe('first run', () => {
  test('install opens the welcome; until a plan or session exists the popup says how to get dates', async () => {
    // runtime.onInstalled (reason "install") opened it as the extension loaded.
    const welcome = await until(
      async () => h.context.pages().find((p) => p.url().endsWith('/options.html#welcome')) ?? null,
      'the welcome tab opened on install',
    );
    await welcome.getByRole('heading', { name: 'Welcome to Needle Safe' }).waitFor();

    const tabId = await retinalTab();
    for (const colorScheme of ['light', 'dark'] as const) {
      const popup = await openPopup(h, { tab: tabId, viewport: POPUP });
      await popup.page.emulateMedia({ colorScheme });
      expect(await popup.headline('Tell us when you roll to get dates')).toBe(
        'Tell us when you roll to get dates',
      );
      // Never a green light on a product with something to hold: the neutral tone, and the categories said.
      expect(await popup.page.locator('.summary').getAttribute('class')).toBe('summary neutral');
      expect(await popup.detail()).toContain('to hold after rolling: retinoids');
      await popup.page.getByRole('button', { name: 'Set up my rolling' }).waitFor();
      expect(await popup.axe()).toEqual([]);
      await popup.screenshot(`popup-no-dates-${colorScheme}`);
      await popup.close();
    }

    for (const colorScheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme });
      expect(await axeViolations(welcome)).toEqual([]);
      await welcome.screenshot({ path: join(ROOT, `tests/e2e/artifacts/welcome-${colorScheme}.png`) });
    }
    // Needle, "rolled yesterday", Sundays at 20:00.
    await welcome.getByLabel('Needle length').first().selectOption('0.5');
    await welcome.getByLabel('On this date and time').check();
    const yesterday = await h.worker.evaluate(() => {
      const d = new Date(Date.now() - 24 * 3_600_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    });
    await welcome.getByLabel('Date and time of your last session').fill(yesterday);
    await welcome
      .getByRole('region', { name: 'Welcome to Needle Safe' })
      .getByLabel('Sun', { exact: true })
      .check();
    await welcome.getByRole('button', { name: 'Save and start' }).click();
    await welcome.getByText('Saved.').waitFor();
    const stored = await storageGet(h, 'sync', 'settings');
    expect(stored.settings).toMatchObject({ needleMm: 0.5, plan: { kind: 'weekdays', days: [0] } });
    const sessions = (await storageGet(h, 'local', 'sessions')).sessions as { at: number }[];
    expect(sessions).toHaveLength(1);

    // The first verdict with dates: the retinal serum is held 72 h from yesterday's session.
    const popup = await openPopup(h, { tab: tabId, viewport: POPUP });
    const headline = await popup.headline('Hold until');
    expect(headline).not.toContain('Tell us');
    expect(await popup.card('Retinal (19th)')).toContain('72 h after your 0.5 mm session');
    await popup.close();
    await welcome.close();
  });
});

describe('did you roll?', () => {
  test('a planned session passing asks; Yes logs it at the planned time and the dates follow', async () => {
    const slot = await plannedAnHourAgo();
    await plant({
      settings: { plan: { kind: 'weekdays', days: [slot.day] }, time: slot.time, since: slot.at - HOUR },
    });
    const tabId = await retinalTab();
    const c = await clock();
    const sameDay = localDay(slot.at, c.timeZone) === localDay(Date.now(), c.timeZone);
    // The badge asks too: its tooltip is the if-you-rolled headline (absolute times), its count the retinoid.
    await expect
      .poll(() => h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId))
      .toContain(`If you rolled on ${formatWhenAbsolute(slot.at, c)}: Hold until`);
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('1');
    for (const colorScheme of ['light', 'dark'] as const) {
      const popup = await openPopup(h, { tab: tabId, viewport: POPUP });
      await popup.page.emulateMedia({ colorScheme });
      await popup.page.getByRole('heading', { name: rollQuestion(slot.at, Date.now()) }).waitFor();
      expect(await popup.headline('If you rolled')).toMatch(
        new RegExp(
          sameDay
            ? `^If you rolled at ${formatTime(slot.at, c)}: Hold until `
            : `^If you rolled on ${formatWhenAbsolute(slot.at, c)}: Hold until `,
        ),
      );
      expect(await popup.axe()).toEqual([]);
      await popup.screenshot(`popup-did-you-roll-${colorScheme}`);
      await popup.close();
    }

    const popup = await openPopup(h, { tab: tabId, viewport: POPUP });
    await popup.page.getByRole('button', { name: 'Yes, log it' }).click();
    const sessions = await until(async () => {
      const list = (await storageGet(h, 'local', 'sessions')).sessions as { at: number; needleMm: number }[];
      return list?.length ? list : null;
    }, 'the planned session logged');
    expect(sessions).toEqual([{ at: slot.at, needleMm: 0.5 }]);
    // Answered: the question goes, the headline is the plain hold, until 72 h after the planned time.
    await popup.page.getByRole('heading', { name: /Did you roll/ }).waitFor({ state: 'detached' });
    const headline = await popup.headline('Hold until');
    expect(headline).not.toContain('If you rolled');
    const until72 = slot.at + DEFAULT_WINDOWS.medium.retinoid.typical * HOUR;
    const day = new Intl.DateTimeFormat('en', { weekday: 'short' }).format(until72);
    expect(headline).toMatch(new RegExp(`^Hold until (${day}|tonight|today|tomorrow) `));
    await popup.screenshot('popup-after-yes');
    await popup.close();
  });

  test('No records it skipped, and the verdict is the plain one again', async () => {
    const slot = await plannedAnHourAgo();
    await plant({
      settings: { plan: { kind: 'weekdays', days: [slot.day] }, time: slot.time, since: slot.at - HOUR },
    });
    const tabId = await retinalTab();
    const popup = await openPopup(h, { tab: tabId, viewport: POPUP });
    await popup.page.getByRole('button', { name: 'No', exact: true }).click();
    await expect
      .poll(async () => (await storageGet(h, 'local', 'skipped-sessions'))['skipped-sessions'])
      .toEqual([slot.at]);
    await popup.page.getByRole('heading', { name: /Did you roll/ }).waitFor({ state: 'detached' });
    expect(await popup.headline('Nothing to hold now')).toBe('Nothing to hold now');
    await popup.close();
  });
});

describe('logging', () => {
  test('the checklist, a frequency warning, and undo within the minute', async () => {
    const last = await h.worker.evaluate(() => Date.now() - 20 * 3_600_000);
    await plant({
      settings: { plan: { kind: 'weekdays', days: [3] } },
      sessions: [{ at: last, needleMm: 0.5 }],
    });
    const popup = await openPopup(h, { viewport: POPUP });
    await popup.page.getByRole('button', { name: 'Log a session now' }).click();
    await popup.page.getByRole('heading', { name: 'Before you roll' }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme });
      expect(await popup.axe()).toEqual([]);
      await popup.screenshot(`popup-checklist-${colorScheme}`);
    }
    await popup.page.getByRole('button', { name: 'All true: log the session' }).click();
    await popup.waitForText('Session logged');
    // 20 h after the last 0.5 mm session: logged, with the warning (a day off between sessions is usual).
    await popup.waitForText('Sooner than usual: your last 0.5 mm session was');
    expect(((await storageGet(h, 'local', 'sessions')).sessions as unknown[]).length).toBe(2);
    await popup.screenshot('popup-logged-warning');
    // Logging again at once is refused calmly.
    await popup.page.getByRole('button', { name: 'Log a session now' }).click();
    await popup.page.getByRole('button', { name: 'All true: log the session' }).click();
    await popup.waitForText('A session is already logged within an hour of that time');
    expect(((await storageGet(h, 'local', 'sessions')).sessions as unknown[]).length).toBe(2);
    await popup.close();

    const again = await openPopup(h, { viewport: POPUP });
    await plant({ settings: { checklist: false }, sessions: [] });
    await again.page.getByRole('button', { name: 'Log a session now' }).click();
    await again.waitForText('Session logged');
    await again.page.getByRole('button', { name: 'Undo' }).click();
    await again.waitForText('Session removed again.');
    expect((await storageGet(h, 'local', 'sessions')).sessions).toEqual([]);
    await again.close();
  });

  test('the options page warns when the plan is more frequent than usual for the needle', async () => {
    await plant({ settings: { plan: { kind: 'weekdays', days: [1, 2] } } });
    const options = await openOptions(h);
    await options.page
      .getByText('This plan rolls more often than usual for a 0.5 mm needle (1-3 times a week)')
      .waitFor();
    await options.setNeedle('1');
    await options.page.getByText('for a 1.0 mm needle (every 2-4 weeks)').waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.page.emulateMedia({ colorScheme });
      expect(await axeViolations(options.page)).toEqual([]);
    }
    await options.page
      .locator('#schedule')
      .screenshot({ path: join(ROOT, 'tests/e2e/artifacts/options-frequency-warning.png') });
    await options.close();
  });
});

describe('the morning after', () => {
  test('the popup says to wear SPF, mineral filters until the 24 h window ends', async () => {
    const at = await h.worker.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() - 1);
      d.setHours(20, 0, 0, 0);
      return d.getTime();
    });
    await plant({ settings: { plan: { kind: 'weekdays', days: [3] } }, sessions: [{ at, needleMm: 0.5 }] });
    const popup = await openPopup(h, { viewport: POPUP });
    const now = await h.worker.evaluate(() => Date.now());
    const chemical = DEFAULT_WINDOWS.medium['chemical-sunscreen'].typical;
    const line = popup.page.locator('.spf');
    await line.waitFor();
    expect(await line.textContent()).toMatch(
      at + chemical * HOUR > now ? /^Wear SPF today; mineral filters until tonight at / : /^Wear SPF today$/,
    );
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme });
      expect(await popup.axe()).toEqual([]);
      await popup.screenshot(`popup-spf-${colorScheme}`);
    }
    await popup.close();
  });
});

describe('settings that never lose or blank', () => {
  test('a stored anchor and session at the end of the Date range: the page shows, repaired', async () => {
    await h.worker.evaluate(async () => {
      await chrome.storage.sync.set({
        settings: {
          needleMm: 0.5,
          plan: { kind: 'interval', everyDays: 7, anchor: 8.64e15 },
          time: '20:00',
          overrides: {},
          reminders: false,
        },
      });
      await chrome.storage.local.set({ sessions: [{ at: 8.64e15, needleMm: 0.5 }] });
    });
    const options = await openOptions(h);
    await options.waitForWindowTable();
    const alert = await options.alert('repaired');
    expect(alert).toContain('planned sessions');
    expect(alert).toContain('session log: 1 invalid entry removed');
    await options.close();
  });

  test('an import with an out-of-range date is refused, in words, and changes nothing', async () => {
    await plant({ settings: { time: '06:45' } });
    const options = await openOptions(h);
    await options.waitForWindowTable();
    await options.importFile(
      'bad-date.json',
      JSON.stringify({
        format: 'needle-safe-settings',
        version: 2,
        settings: {
          needleMm: 0.5,
          plan: { kind: 'interval', everyDays: 7, anchor: 8.64e15 },
          time: '20:00',
          overrides: {},
          reminders: false,
        },
        sessions: [{ at: 8.64e15, needleMm: 0.5 }],
      }),
    );
    const text = await options.alert('nothing was imported');
    expect(text).toContain('planned sessions and session log: 1 invalid entry removed');
    expect(await options.usualTime()).toBe('06:45');
    await options.close();
  });

  test('a v2 value whose version marker is missing keeps its edited windows', async () => {
    await h.worker.evaluate(async () => {
      await chrome.storage.sync.set({
        settings: {
          needleMm: 0.5,
          plan: { kind: 'none' },
          time: '20:00',
          reminders: false,
          overrides: { medium: { retinoid: { hold: 96, before: 48 } } },
        },
      });
      await chrome.storage.sync.remove('settings$');
    });
    // The options page defines the item, which runs the migrations when the page loads.
    const options = await openOptions(h);
    await options.waitForWindowTable();
    await expect.poll(() => options.hoursValue('Retinoid', 'hold')).toBe('96');
    const s = (await storageGet(h, 'sync', 'settings')).settings as { overrides: unknown };
    expect(s.overrides).toEqual({ medium: { retinoid: { hold: 96, before: 48 } } });
    await options.close();
  });
});
