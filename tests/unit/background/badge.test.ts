import { describe, expect, test } from 'vitest';
import { BADGE_COLORS, badgeCategories, badgeFor } from '../../../src/background/badge';
import type { Analysis, Finding } from '../../../src/ingredients/types';
import type { Verdict } from '../../../src/recovery/types';

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
const verdictOf = (state: Verdict['state']): Verdict => ({
  state,
  until: null,
  items: [],
  checked: [],
  at: 0,
});

describe('badgeCategories', () => {
  test('counts distinct categories with a high finding; low findings and notes do not count', () => {
    const a = analysis([
      finding('retinoid', 'high', 3),
      finding('retinoid', 'high', 9),
      finding('aha', 'low', 20),
      finding('fragrance', 'note', 21),
    ]);
    expect(badgeCategories(a)).toEqual(['retinoid']);
  });
});

describe('badgeFor', () => {
  const found = (findings: Finding[]) => ({
    state: 'found' as const,
    productPage: true,
    analysis: analysis(findings),
  });

  test.each([
    ['hold', BADGE_COLORS.hold],
    ['caution', BADGE_COLORS.caution],
    ['clear', BADGE_COLORS.clear],
  ] as const)('a flagged product is coloured by the recovery state (%s)', (state, color) => {
    const b = badgeFor(found([finding('retinoid', 'high'), finding('bha', 'high')]), verdictOf(state));
    expect(b.text).toBe('2');
    expect(b.color).toBe(color);
  });

  test('nothing flagged: empty badge', () => {
    expect(
      badgeFor(
        found([finding('fragrance', 'note'), finding('physical-exfoliant', 'low')]),
        verdictOf('clear'),
      ).text,
    ).toBe('');
  });

  test('no list on a product page: a distinct mark', () => {
    expect(badgeFor({ state: 'no-list', productPage: true, analysis: null }, null)).toMatchObject({
      text: '?',
      color: BADGE_COLORS.noList,
    });
  });

  test('no list on a page that is not a product page: no mark at all', () => {
    expect(badgeFor({ state: 'no-list', productPage: false, analysis: null }, null).text).toBe('');
  });

  test('no result yet: empty', () => {
    expect(badgeFor(null, null).text).toBe('');
  });
});
