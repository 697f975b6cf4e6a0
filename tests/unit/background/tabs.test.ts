import { describe, expect, test } from 'vitest';
import { resultFromReport } from '../../../src/background/tabs';
import type { PageReport } from '../../../src/messaging';

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
