import { beforeEach, describe, expect, test } from 'vitest';
import { analyze } from '../../../src/ingredients';
import { marksPlan } from '../../../src/marks/plan';
import { verdict } from '../../../src/recovery';
import { defaultSettings, toRecovery } from '../../../src/settings';
import { repairMarksPref } from '../../../src/storage';
import { useCatalogue } from '../ui/fake-i18n';

const URL = 'https://www.boots.com/serum-10000001';
const LIST = 'Aqua, Glycerin, Retinal, Lactic Acid, Phenoxyethanol, Parfum';
const NOW = Date.UTC(2026, 11, 1, 12); // Tue 1 Dec 2026, 12:00 UTC
const clock = { locale: 'en-GB', hourCycle: 'h23' as const, timeZone: 'UTC' };

beforeEach(() => useCatalogue('en', 'en-GB'));

const planFor = (list: string, sessions: { at: number; needleMm: number }[]) => {
  const a = analyze(list);
  return marksPlan(URL, a, verdict(a.findings, toRecovery(defaultSettings(), sessions), NOW), NOW, clock);
};

describe('marksPlan', () => {
  test('outside every window: what a session would hold is marked as hold, and the chip says so', () => {
    const plan = planFor(LIST, [])!;
    expect(plan.items.every((i) => i.level === 'hold')).toBe(true);
    expect(plan.items.map((i) => i.text)).toContain('Retinal');
    expect(plan.chip).toMatch(/^Needle Safe: hold .*Retinal.* after rolling$/);
    expect(plan.known).toEqual(['Aqua', 'Glycerin', 'Retinal', 'Lactic Acid', 'Phenoxyethanol', 'Parfum']);
  });

  test('in a window the chip says until when, in the browser locale', () => {
    const plan = planFor(LIST, [{ at: NOW - 3_600_000, needleMm: 0.5 }])!;
    expect(plan.chip).toMatch(/^Needle Safe: hold .+ until .+\d\d:\d\d$/);
    expect(plan.items[0]!.level).toBe('hold');
  });

  test('more than three names: two, then how many more', () => {
    const plan = planFor('Aqua, Retinal, Retinol, Glycolic Acid, Lactic Acid, Salicylic Acid, Parfum', [])!;
    expect(plan.chip).toMatch(/ and \d+ more after rolling$/);
  });

  test('nothing flagged: nothing to mark, so nothing is injected', () => {
    expect(planFor('Aqua, Glycerin, Panthenol, Allantoin', [])).toBeNull();
  });

  test('a makeup product in its makeup window: the chip says the wait, as the badge counts it', () => {
    const session = { at: NOW - 3_600_000, needleMm: 0.5 };
    const makeup = { end: NOW + 20 * 3_600_000, session };
    const plain = 'Talc, Mica, Dimethicone, Iron Oxides';
    const a = analyze(plain);
    const v = verdict(a.findings, toRecovery(defaultSettings(), [session]), NOW);
    // nothing flagged, but the wait is said (the badge shows 1 for it)
    const only = marksPlan(URL, a, v, NOW, clock, makeup)!;
    expect(only.items).toEqual([]);
    expect(only.chip).toMatch(/^Needle Safe: makeup waits until .+\d\d:\d\d$/);
    // with a flagged ingredient, both
    const b = analyze(`${plain}, Parfum`);
    const both = marksPlan(
      URL,
      b,
      verdict(b.findings, toRecovery(defaultSettings(), [session]), NOW),
      NOW,
      clock,
      makeup,
    )!;
    expect(both.chip).toMatch(/^Needle Safe: hold Parfum until .+; makeup waits until .+$/);
    // a window already over says nothing more
    expect(marksPlan(URL, a, v, NOW, clock, { ...makeup, end: NOW - 1 })).toBeNull();
  });
});

describe('repairMarksPref', () => {
  test('a good value is kept; anything else reads as marks on', () => {
    expect(repairMarksPref({ on: false })).toEqual({ on: false });
    expect(repairMarksPref({ on: 'no' })).toEqual({ on: true });
    expect(repairMarksPref(null)).toEqual({ on: true });
  });
});
