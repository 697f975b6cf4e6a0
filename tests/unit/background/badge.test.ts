import { beforeEach, describe, expect, test } from 'vitest';
import { BADGE_COLORS, badgeFor, CAUTION_MARK } from '../../../src/background/badge';
import type { Analysis, Finding } from '../../../src/ingredients/types';
import { verdict } from '../../../src/recovery';
import type { RecoverySettings } from '../../../src/recovery/types';
import { makeupWait } from '../../../src/ui/plan/makeup';
import { summarize } from '../../../src/ui/summary';
import type { Clock } from '../../../src/ui/time-format';
import { useCatalogue } from '../ui/fake-i18n';

const finding = (category: Finding['category'], severity: Finding['severity'], position = 1): Finding => ({
  category,
  severity,
  position,
  ingredient: category,
  canonical: category,
  rule: category,
  list: null,
  match: { kind: 'exact' },
  reason: '',
  why: '',
  source: '',
});
const analysis = (findings: Finding[]): Analysis => ({ lists: [], findings, checked: 10 });

const Z = (iso: string) => Date.parse(iso);
const clock: Clock = { locale: 'en-GB', hourCycle: 'h23', timeZone: 'Europe/Berlin' };
// Thursday 2 April 2026, 10:00 in Berlin; a 0.5 mm session on Wednesday 1 April at 20:00 (18:00 UTC).
const NOW = Z('2026-04-02T08:00:00Z');
const settings = (sessions: RecoverySettings['sessions']): RecoverySettings => ({
  schedule: { needleMm: 0.5, plan: { kind: 'none' }, time: '20:00' },
  sessions,
  overrides: {},
});
const FRESH = settings([{ at: Z('2026-04-01T18:00:00Z'), needleMm: 0.5 }]);
const NONE = settings([]);

const found = (findings: Finding[]) => ({
  state: 'found' as const,
  productPage: true,
  analysis: analysis(findings),
});
const badge = (findings: Finding[], s: RecoverySettings) =>
  badgeFor(found(findings), verdict(findings, s, NOW, clock.timeZone), clock);

beforeEach(() => useCatalogue('en', 'en-GB'));

describe('badgeFor: the popup summary, as a mark', () => {
  test('hold: the number of categories held now, red; the tooltip is the headline with an absolute day', () => {
    const b = badge(
      [finding('retinoid', 'high', 3), finding('retinoid', 'high', 9), finding('bha', 'high', 4)],
      FRESH,
    );
    expect(b.text).toBe('2');
    expect(b.color).toBe(BADGE_COLORS.hold);
    expect(b.title).toMatch(/^Needle Safe: Hold until \w{3} \d+ \w{3}, \d\d:\d\d$/);
  });

  test('caution only: "!" on amber, never a count, and the tooltip says caution (no more empty badge)', () => {
    const b = badge([finding('aha', 'low', 20)], FRESH);
    expect(b).toMatchObject({ text: CAUTION_MARK, color: BADGE_COLORS.caution });
    expect(b.title).toMatch(/^Needle Safe: Use with caution until /);
  });

  test('no window open: the categories a session would hold, grey', () => {
    const b = badge([finding('retinoid', 'high'), finding('fragrance', 'high'), finding('aha', 'low')], NONE);
    expect(b).toEqual({ text: '2', color: BADGE_COLORS.clear, title: 'Needle Safe: Nothing to hold now' });
  });

  test('low findings and notes only, no window: no mark', () => {
    const b = badge([finding('fragrance', 'note'), finding('physical-exfoliant', 'low')], NONE);
    expect(b).toEqual({ text: '', color: BADGE_COLORS.clear, title: 'Needle Safe: Nothing to hold' });
  });

  test('a description, not a list: the no-list mark and a headline that says so, never "Nothing to hold"', () => {
    const a: Analysis = {
      ...analysis([finding('fragrance', 'note')]),
      described: ['Glycolic Acid', 'Salicylic Acid'],
    };
    const v = verdict(a.findings, FRESH, NOW, clock.timeZone);
    const b = badgeFor({ state: 'found', productPage: true, analysis: a }, v, clock);
    expect(b).toEqual({
      text: '?',
      color: BADGE_COLORS.noList,
      title: 'Needle Safe: No ingredient list in this text',
    });
    const summary = summarize(a, v, NOW, clock);
    expect(summary.state).toBe('described');
    expect(summary.detail).toBe(
      'It describes the product and mentions Glycolic Acid and Salicylic Acid: check the full list on the pack or the page before you use it.',
    );
    // a name the description states in a sentence of its own still counts, and then the verdict is its own
    const held = { ...analysis([finding('bha', 'high')]), described: ['Glycolic Acid'] };
    expect(summarize(held, verdict(held.findings, FRESH, NOW, clock.timeZone), NOW, clock).state).toBe(
      'hold',
    );
  });

  test.each([
    [[finding('retinoid', 'high'), finding('aha', 'low')], FRESH],
    [[finding('aha', 'low'), finding('fragrance', 'note')], FRESH],
    [[finding('retinoid', 'high'), finding('bha', 'high')], NONE],
    [[finding('fragrance', 'note')], NONE],
  ] as const)('badge and popup say the same (case %#)', (findings, s) => {
    const v = verdict(findings, s, NOW, clock.timeZone);
    const summary = summarize(analysis([...findings]), v, NOW, clock);
    const b = badgeFor(found([...findings]), v, clock);
    expect(b.title).toBe(`Needle Safe: ${summary.headlineAbsolute}`);
    const count = summary.categories.length;
    expect(b.text).toBe(summary.state === 'caution' ? '!' : count ? String(count) : '');
  });

  test('the counts of the issue: a hold with a caution beside it counts the held category only', () => {
    const b = badge([finding('retinoid', 'high'), finding('aha', 'low')], FRESH);
    expect(b.text).toBe('1');
  });

  test('German tooltip', () => {
    useCatalogue('de', 'de-DE');
    const de: Clock = { locale: 'de-DE', hourCycle: 'h23', timeZone: 'Europe/Berlin' };
    const findings = [finding('retinoid', 'high')];
    const b = badgeFor(found(findings), verdict(findings, FRESH, NOW, de.timeZone), de);
    // Retinoids after 0.5 mm: 72 h from Wednesday 20:00 is Saturday 4 April, 20:00 (CEST).
    expect(b.title).toBe('Needle Safe: Pausieren bis Sa., 4. Apr., 20:00');
  });
});

describe('badgeFor without a verdict', () => {
  test('no list on a product page: a distinct mark', () => {
    expect(badgeFor({ state: 'no-list', productPage: true, analysis: null }, null)).toEqual({
      text: '?',
      color: BADGE_COLORS.noList,
      title: 'Needle Safe: No ingredient list found on this page',
    });
  });

  test('no list on a page that is not a product page: no mark at all', () => {
    expect(badgeFor({ state: 'no-list', productPage: false, analysis: null }, null).text).toBe('');
  });

  test('no result yet: empty, and the tooltip invites a click', () => {
    expect(badgeFor(null, null)).toEqual({
      text: '',
      color: BADGE_COLORS.clear,
      title: 'Needle Safe: Click to check this page',
    });
  });
});

describe('badge for makeup (src/ui/plan/makeup.ts)', () => {
  beforeEach(() => useCatalogue('en', 'en-GB'));
  const session = FRESH.sessions[0]!;
  const wait = makeupWait(['makeup'], FRESH.sessions, NOW);

  test('only a makeup product inside its window waits: 24 h after a 0.5 mm session', () => {
    expect(wait).toEqual({ end: session.at + 24 * 3_600_000, session });
    expect(makeupWait([], FRESH.sessions, NOW)).toBeNull();
    expect(makeupWait(['makeup'], FRESH.sessions, session.at + 24 * 3_600_000)).toBeNull();
  });

  test('a clean makeup list holds until the window ends, one thing on the red badge', () => {
    const v = verdict([], FRESH, NOW);
    const badge = badgeFor(found([]), v, clock, {}, wait);
    expect(badge).toEqual({
      text: '1',
      color: BADGE_COLORS.hold,
      title: 'Needle Safe: Hold until Thu 2 Apr, 20:00',
    });
    expect(badgeFor(found([]), v, clock, {}, null).text).toBe('');
  });

  test('a longer hold keeps its headline and counts makeup as one more', () => {
    const v = verdict([finding('retinoid', 'high')], FRESH, NOW);
    const plain = summarize(analysis([finding('retinoid', 'high')]), v, NOW, clock);
    const badge = badgeFor(found([finding('retinoid', 'high')]), v, clock, {}, wait);
    expect(badge.text).toBe('2');
    expect(badge.title).toBe(`Needle Safe: ${plain.headlineAbsolute}`);
  });
});
