import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/ingredients/index';

function timed(text: string): number {
  const t = performance.now();
  const a = analyze(text);
  expect(Array.isArray(a.findings)).toBe(true);
  expect(a.checked).toBeGreaterThanOrEqual(0);
  return performance.now() - t;
}

describe('any string returns a result quickly', () => {
  test('property: arbitrary strings (unicode, ingredient-ish alphabets)', () => {
    const alphabet = fc.constantFrom(...'abcACD ,;/()[]:.*%•|\n-+1290éü💥<>&'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: alphabet, maxLength: 2000 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
        ),
        (s) => {
          expect(timed(s)).toBeLessThan(1000);
        },
      ),
      { numRuns: 400 },
    );
  });

  test.each([
    ['empty', ''],
    ['1 MB', 'Water, Glycerin, Retinol, '.repeat(42_000)],
    ['10,000 commas', ','.repeat(10_000)],
    ['deeply nested parentheses', '('.repeat(50_000) + 'Retinol' + ')'.repeat(50_000)],
    ['unbalanced parentheses', 'Water (Aqua, Glycerin, Retinol' + ', x'.repeat(5000)],
    ['binary junk', String.fromCharCode(...Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 65_536))],
    ['HTML', '<div class="x"><span>Water</span>, <b>Retinol</b></div>'.repeat(500)],
    ['emoji', '💧 Water, 🌿 Retinol, ✨'.repeat(1000)],
    ['one giant word', 'a'.repeat(500_000)],
    ['many colons', 'a: b: c: d: '.repeat(5000)],
    ['many dashes and blurbs', '-Retinol: x. '.repeat(5000)],
  ])('%s', (_name, text) => {
    expect(timed(text)).toBeLessThan(2000);
  });

  // Linear, not only finite: 100 kB of strengths before names took 1.5 s when each one looked back through the
  // whole text for an open parenthesis, and takes about 45 ms now (10x the margin below).
  test.each([
    ['many strengths before names', 'Aa 1% Bb '.repeat(11_000)],
    ['many strengths inside one parenthesis', `(${'Aa 1% Bb '.repeat(11_000)}`],
  ])('%s: linear', (_name, text) => {
    expect(timed(text)).toBeLessThan(500);
  });

  test('HTML text still finds the irritant', () => {
    expect(analyze('<p>Water, <b>Retinol</b></p>').findings[0]?.category).toBe('retinoid');
  });
});
