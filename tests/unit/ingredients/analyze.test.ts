/** analyze.ts: severity from position, percentage, rinse-off and "may contain"; the findings' fields. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories, normalizeName } from '../../../src/ingredients/index';

describe('severity from position, percent, rinse-off and may-contain', () => {
  test('citric acid at the end is a pH adjuster (low)', () => {
    const a = analyze('Water, Glycerin, Cetyl Alcohol, Phenoxyethanol, Citric Acid');
    expect(a.findings[0]).toMatchObject({ category: 'aha', severity: 'low', position: 5 });
  });

  test('an acid after the preservative is low, with the reason', () => {
    const a = analyze('Water, Glycerin, Phenoxyethanol, Salicylic Acid');
    expect(a.findings[0]?.severity).toBe('low');
    expect(a.findings[0]?.reason).toContain('after Phenoxyethanol');
  });

  test('an acid early in the list is high', () => {
    expect(analyze('Water, Glycolic Acid, Glycerin, Phenoxyethanol').findings[0]?.severity).toBe('high');
  });

  test('a stated percentage keeps it high', () => {
    const f = analyze('Water, Phenoxyethanol, Glycolic Acid 10%').findings[0];
    expect(f?.severity).toBe('high');
    expect(f?.reason).toContain('10%');
  });

  test('rinse-off lowers a salicylic face wash', () => {
    const f = analyze('Water, Salicylic Acid, Sodium Laureth Sulfate', { rinseOff: true }).findings[0];
    expect(f?.severity).toBe('low');
    expect(f?.reason).toContain('rinse-off');
  });

  test('may-contain items are low', () => {
    const a = analyze('Talc, Mica, May Contain/Peut Contenir (+/-): Retinyl Palmitate, Iron Oxides');
    expect(a.findings[0]).toMatchObject({ category: 'retinoid', severity: 'low' });
  });

  test('findings carry rule, canonical, why, source and match kind', () => {
    const f = analyze('Aqua, Retinol').findings[0]!;
    expect(f).toMatchObject({
      rule: 'retinol',
      canonical: 'Retinol',
      position: 2,
      list: null,
      match: { kind: 'exact' },
    });
    expect(f.why.length).toBeGreaterThan(10);
    expect(f.source).toContain('Clinic aftercare sheets');
  });

  test('synonyms are reported as such', () => {
    expect(analyze('Avobenzone').findings[0]?.match.kind).toBe('synonym');
  });
});

describe('flaggedCategories', () => {
  test('lists categories with high/low findings only', () => {
    const a = analyze('Water, Retinol, Linalool, Citric Acid');
    expect(flaggedCategories(a)).toEqual(['retinoid', 'aha']);
  });
});

describe('odd words', () => {
  test('object-prototype words are plain words', () => {
    expect(normalizeName('Constructor Extract')).toBe('constructor extract');
    const a = analyze('Water, constructor, __proto__, hasOwnProperty, toString, Retinol');
    expect(a.checked).toBe(6);
    expect(flaggedCategories(a)).toEqual(['retinoid']);
  });
});
