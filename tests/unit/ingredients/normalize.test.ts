/** normalize.ts: names folded for lookup, the items' cache key, and the edit distance. */
import { describe, expect, test } from 'vitest';
import {
  editDistance,
  itemKey,
  MAX_NAME_LENGTH,
  normalizeName,
  tokensOf,
} from '../../../src/ingredients/normalize';

describe('normalizeName', () => {
  test.each([
    ['Rétinol', 'retinol'],
    ['Alcohol Denat.', 'alcohol denat'],
    ['1,2-Hexanediol', '1 2 hexanediol'],
    ['Rosmarinus Officinalis Leaf Ext.', 'rosmarinus officinalis leaf extract'],
    ['Acide Salicylique', 'acid salicylique'],
    ['Weißer Tee', 'weisser tee'],
    ['  AQUA / WATER  ', 'aqua water'],
    ['Constructor Extract', 'constructor extract'],
    ['***', ''],
  ])('%j -> %j', (input, out) => {
    expect(normalizeName(input)).toBe(out);
  });

  test('trade and service marks are no letters ("Retinol™" was "retinoltm": no match)', () => {
    expect(normalizeName('Retinol™')).toBe('retinol');
    expect(normalizeName('Matrixyl™ 3000')).toBe('matrixyl 3000');
    expect(normalizeName('Glycerin℠')).toBe('glycerin');
    expect(normalizeName('Pentavitin®')).toBe('pentavitin');
  });

  test('long input is cut before it is read', () => {
    expect(normalizeName('a'.repeat(1000)).length).toBe(MAX_NAME_LENGTH);
  });

  test('tokensOf splits a normalized name, and gives nothing for an empty one', () => {
    expect(tokensOf('alcohol denat')).toEqual(['alcohol', 'denat']);
    expect(tokensOf('')).toEqual([]);
  });
});

describe('itemKey', () => {
  test('name and non-empty aliases, normalized, joined by "|"', () => {
    expect(itemKey('Water', ['Aqua', '*', 'Eau'])).toBe('water|aqua|eau');
    expect(itemKey('Rétinol', [])).toBe('retinol');
  });
  test('items that normalize alike share a key', () => {
    expect(itemKey('AQUA', ['WATER'])).toBe(itemKey('aqua', ['Water']));
  });
});

describe('editDistance (optimal string alignment)', () => {
  test.each([
    ['retinol', 'retinol', 0],
    ['retinol', 'retinl', 1],
    ['glycolic', 'gylcolic', 1], // a transposition is one edit
    ['acid', 'aicd', 1],
    ['', 'abc', 3],
  ])('%j ~ %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  test('returns max + 1 once the distance is over max', () => {
    expect(editDistance('salicylic acid', 'glycolic acid', 2)).toBe(3);
  });
});
