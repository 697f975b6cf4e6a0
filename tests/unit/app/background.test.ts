import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RECOVERY_ALARM, REMINDER_ALARM, schedule } from '../../../src/background/alarms';
import { checkSelection } from '../../../src/background/menus';
import { resultFromReport } from '../../../src/background/tabs';
import type { PageReport } from '../../../src/messaging';
import { recoveryState, reminders } from '../../../src/recovery';
import { toRecovery, type Settings } from '../../../src/settings';
import { selectionItem, settingsItem } from '../../../src/storage';

beforeEach(() => fakeBrowser.reset());

const report = (text: string | null): PageReport => ({
  url: 'https://www.sephora.com/product/x-P1',
  title: 'X | Sephora',
  shop: 'sephora',
  text,
  via: text ? 'shop:sephora' : null,
  productPage: true,
});

describe('resultFromReport', () => {
  test('a list is analysed and kept with the page it came from', () => {
    const r = resultFromReport(report('Water, Glycerin, Retinol, Phenoxyethanol'), 5);
    expect(r).toMatchObject({ state: 'found', shop: 'sephora', scannedAt: 5, productPage: true });
    expect(r.analysis!.findings.map((f) => f.category)).toEqual(['retinoid']);
  });

  test('no list gives a calm "no-list" result', () => {
    expect(resultFromReport(report(null), 5)).toMatchObject({ state: 'no-list', analysis: null, text: null });
  });

  test('text with no ingredient in it is "no-list", never "nothing detected"', () => {
    expect(resultFromReport(report(' ,;, • '), 5)).toMatchObject({ state: 'no-list', analysis: null });
  });

  test('an absurdly long text is clipped, not stored whole', () => {
    const r = resultFromReport(report('Water, '.repeat(100_000)), 5);
    expect(r.text!.length).toBe(100_000);
    expect(r.state).toBe('found');
  });
});

describe('schedule (alarms)', () => {
  const NOW = Date.UTC(2026, 10, 16, 12, 0); // Monday 16 Nov 2026, 12:00 UTC
  const settings: Settings = {
    needleMm: 0.5,
    plan: { kind: 'weekdays', days: [4] },
    time: '20:00',
    overrides: {},
    reminders: true,
  };

  test('arms one alarm at the next change of the recovery state and one at the next reminder', async () => {
    await settingsItem.setValue(settings);
    await schedule(NOW);
    const rs = toRecovery(settings, []);
    const next = recoveryState(rs, NOW).nextChange!;
    expect(next).toBeGreaterThan(NOW);
    expect((await fakeBrowser.alarms.get(RECOVERY_ALARM))?.scheduledTime).toBe(next + 1000);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(
      reminders(rs, NOW).find((r) => r.at > NOW)!.at,
    );
  });

  test('no reminder alarm when reminders are off', async () => {
    await settingsItem.setValue({ ...settings, reminders: false });
    await schedule(NOW);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(RECOVERY_ALARM)).toBeDefined();
  });

  test('nothing planned, nothing logged: no alarms at all', async () => {
    await settingsItem.setValue({ ...settings, plan: { kind: 'none' } });
    await schedule(NOW);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('checkSelection (context menu)', () => {
  test('analyses the selected text, keeps it for the popup and opens the selection view', async () => {
    await checkSelection('Aqua, Glycerin, Glycolic Acid, Parfum', 'https://blog.example/post', 42);
    const stored = await selectionItem.getValue();
    expect(stored).toMatchObject({ pageUrl: 'https://blog.example/post', at: 42 });
    expect(stored!.analysis.findings.map((f) => f.category).sort()).toEqual(['aha', 'fragrance']);
    // fakeBrowser has no action.openPopup, as older browsers: the detached view opens in a tab instead.
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('/popup.html?view=selection'))).toBe(true);
  });
});
