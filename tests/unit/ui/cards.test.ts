/** Card sentences (one per status and severity, never two that disagree), category words, shop hosts. */
import { beforeEach, describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../src/ingredients';
import type { Finding } from '../../../src/ingredients/types';
import { verdict } from '../../../src/recovery';
import type { RecoverySettings } from '../../../src/recovery/types';
import { shopMatchPatterns } from '../../../src/shops';
import { CATEGORY_TEXT } from '../../../src/ui/categories';
import { cardSentence, cardTitle } from '../../../src/ui/popup/cards';
import { shopHostTest } from '../../../src/ui/popup/shop-hosts';
import { summarize } from '../../../src/ui/summary';
import type { Clock } from '../../../src/ui/time-format';
import { useCatalogue } from './fake-i18n';

const Z = (iso: string) => Date.parse(iso);
const EN: Clock = { locale: 'en-GB', hourCycle: 'h23', timeZone: 'Europe/Berlin' };
const DE: Clock = { locale: 'de-DE', hourCycle: 'h23', timeZone: 'Europe/Berlin' };
// Thursday 2 April 2026, 10:00 Berlin; a 0.5 mm session the evening before (Wednesday 20:00 CEST).
const NOW = Z('2026-04-02T08:00:00Z');
const FRESH: RecoverySettings = {
  schedule: { needleMm: 0.5, plan: { kind: 'none' }, time: '20:00' },
  sessions: [{ at: Z('2026-04-01T18:00:00Z'), needleMm: 0.5 }],
  overrides: {},
};
const NONE: RecoverySettings = { ...FRESH, sessions: [] };

const finding = (
  category: Finding['category'],
  severity: Finding['severity'],
  position: number,
): Finding => ({
  category,
  severity,
  position,
  ingredient: `${category} ${position}`,
  canonical: category,
  rule: `${category}-${position}`,
  list: null,
  match: { kind: 'exact' },
  reason: 'a reason',
  why: '',
  source: '',
});
const FINDINGS = [
  finding('retinoid', 'high', 3),
  finding('aha', 'low', 21),
  finding('fragrance', 'note', 22),
];
const sentences = (s: RecoverySettings, clock: Clock) =>
  verdict(FINDINGS, s, NOW, clock.timeZone).items.map((i) => cardSentence(i, NOW, clock));

beforeEach(() => useCatalogue('en', 'en-GB'));

describe('cardSentence', () => {
  test('inside the windows: hold and caution, each until when and after which session', () => {
    // Retinoids 72 h and AHAs 72 h after 0.5 mm (DEFAULT_WINDOWS.medium): Saturday 20:00.
    expect(sentences(FRESH, EN)).toEqual([
      'Hold until Sat 20:00: 72 h after your 0.5 mm session.',
      'Use with caution until Sat 20:00: 72 h after your 0.5 mm session.',
      'Worth knowing; never a reason to hold.',
    ]);
  });

  test('outside every window: what a session would mean, hold or caution, never both', () => {
    expect(sentences(NONE, EN)).toEqual([
      'Fine now; hold it for 72 h after a session.',
      'Fine now; use it with caution for 72 h after a session.',
      'Worth knowing; never a reason to hold.',
    ]);
  });

  test('German', () => {
    useCatalogue('de', 'de-DE');
    expect(sentences(FRESH, DE)).toEqual([
      'Pausieren bis Sa., 20:00: 72 Std. nach deiner 0,5 mm-Session.',
      'Vorsichtig verwenden bis Sa., 20:00: 72 Std. nach deiner 0,5 mm-Session.',
      'Gut zu wissen; kein Grund zu pausieren.',
    ]);
    const [item] = verdict(FINDINGS, FRESH, NOW, DE.timeZone).items;
    expect(cardTitle(item!)).toBe('retinoid 3 (3.)');
  });

  test('titles: English ordinals', () => {
    const items = verdict(
      [finding('aha', 'high', 1), finding('bha', 'high', 22), finding('pha', 'high', 13)],
      NONE,
      NOW,
    ).items;
    expect(items.map(cardTitle)).toEqual(['aha 1 (1st)', 'pha 13 (13th)', 'bha 22 (22nd)']);
  });
});

describe('summarize', () => {
  test('hold: the held categories only, with today/tomorrow words where true', () => {
    const s = summarize(
      { lists: [], findings: FINDINGS, checked: 30 },
      verdict(FINDINGS, FRESH, NOW, EN.timeZone),
      NOW,
      EN,
    );
    expect(s).toMatchObject({
      state: 'hold',
      categories: ['retinoid'],
      headline: 'Hold until Sat 20:00',
      headlineAbsolute: 'Hold until Sat 4 Apr, 20:00',
      detail: '1 to hold now: retinoids',
    });
    const evening = Z('2026-04-04T08:00:00Z');
    expect(
      summarize(
        { lists: [], findings: FINDINGS, checked: 30 },
        verdict(FINDINGS, FRESH, evening, EN.timeZone),
        evening,
        EN,
      ).headline,
    ).toBe('Hold until tonight at 20:00');
  });

  test('nothing flagged: what was checked, in the catalogue language', () => {
    useCatalogue('de', 'de-DE');
    const s = summarize(
      { lists: [], findings: [], checked: 1 },
      verdict([], NONE, NOW, DE.timeZone),
      NOW,
      DE,
    );
    expect(s.headline).toBe('Nichts zu pausieren');
    expect(s.detail).toMatch(/^1 Inhaltsstoff geprüft auf Retinoide, AHAs, .* und chemische UV-Filter$/);
  });
});

test('the category table follows the engine: every category has its texts, in the engine order', () => {
  expect(Object.keys(CATEGORY_TEXT).sort()).toEqual([...CATEGORY_IDS].sort());
});

test('shop hosts from the manifest patterns are exactly the registry', () => {
  const isShop = shopHostTest(shopMatchPatterns());
  for (const p of shopMatchPatterns()) expect(isShop(new URL(p.replace('/*', '/')).host)).toBe(true);
  expect(isShop('www.example-skincare-blog.org')).toBe(false);
  expect(isShop('sephora.com.evil.example')).toBe(false);
});
