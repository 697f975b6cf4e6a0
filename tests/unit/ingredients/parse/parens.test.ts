/** parse/parens.ts: depth counting for one piece of text, and the per-line pairing of the whole text. */
import { describe, expect, test } from 'vitest';
import {
  closingParen,
  pairedClose,
  splitTop,
  takeParens,
  topLevelWords,
} from '../../../../src/ingredients/parse/parens';

describe('closingParen', () => {
  test.each([
    ['(a)', 0, 2],
    ['(a (b) c) d', 0, 8],
    ['(a (b) c) d', 3, 5],
    ['(a (b c', 0, -1],
    ['x (y)', 2, 4],
  ])('%j from %d -> %d', (s, open, close) => {
    expect(closingParen(s, open)).toBe(close);
  });

  test('a group closing at or after `end` is not closed', () => {
    expect(closingParen('(abc)', 0, 4)).toBe(-1);
    expect(closingParen('(abc)', 0, 5)).toBe(4);
  });
});

describe('splitTop', () => {
  test.each([
    ['A, B (c, d), E', ',', ['A', ' B (c, d)', ' E']],
    ['Water/Aqua/Eau', '/', ['Water', 'Aqua', 'Eau']],
    ['A (b/c)/D', '/', ['A (b/c)', 'D']],
    // a stray ")" is text; an unclosed "(" hides every later separator
    ['A), B', ',', ['A)', ' B']],
    ['A (b, c, D', ',', ['A (b, c, D']],
    ['', ',', ['']],
  ])('%j on %j', (s, sep, parts) => {
    expect(splitTop(s, sep)).toEqual(parts);
  });
});

describe('takeParens', () => {
  test('top-level groups out, with the text after each', () => {
    expect(takeParens('Melaleuca Alternifolia (Tea Tree) Leaf Oil')).toEqual({
      base: 'Melaleuca Alternifolia Leaf Oil',
      groups: [{ content: 'Tea Tree', after: ' Leaf Oil' }],
    });
  });
  test('nested groups stay inside their top-level group', () => {
    expect(
      takeParens('Hamamelis Virginiana Water (Hamamelis Virginiana (Witch Hazel) Water)').groups,
    ).toEqual([{ content: 'Hamamelis Virginiana (Witch Hazel) Water', after: '' }]);
  });
  test('an unclosed group keeps its text in the base', () => {
    expect(takeParens('Retinol (Vitamin A')).toEqual({ base: 'Retinol Vitamin A', groups: [] });
  });
  test('no parenthesis: the trimmed text', () => {
    expect(takeParens('  Glycerin ')).toEqual({ base: 'Glycerin', groups: [] });
  });
});

describe('topLevelWords', () => {
  test.each([
    ['Rosa Canina (Dog Rose) Oil', ['Rosa', 'Canina', '(Dog Rose)', 'Oil']],
    ['Aqua(Water)  Glycerin', ['Aqua(Water)', 'Glycerin']],
    ['Tocopherol (Vitamin E', ['Tocopherol', '(Vitamin E']],
    ['Squalane\u00a0Glycerin', ['Squalane', 'Glycerin']],
  ])('%j', (s, words) => {
    expect(topLevelWords(s)).toEqual(words);
  });
});

describe('pairedClose (whole text)', () => {
  const pairs = (s: string) =>
    [...s].flatMap((c, i) => {
      const close = c === '(' ? pairedClose(s, i) : -1;
      return close >= 0 ? [[i, close]] : [];
    });
  test('pairs nest', () => {
    expect(pairs('a (b (c) d) e')).toEqual([
      [2, 10],
      [5, 7],
    ]);
  });
  test('a stray "(" pairs with nothing, so it cannot swallow the rest of the list', () => {
    expect(pairs('Water (Aqua, Glycerin, Retinol')).toEqual([]);
  });
  test('parentheses never pair across a line break', () => {
    expect(pairs('Water (Aqua\nEau)')).toEqual([]);
  });
  test('parentheses more than 200 characters apart do not pair', () => {
    expect(pairs(`(${'x'.repeat(198)})`)).toEqual([[0, 199]]);
    expect(pairs(`(${'x'.repeat(200)})`)).toEqual([]);
  });
  test('a far pair still counts for the nesting inside it, as a stack would', () => {
    expect(pairs(`(a (b) ${'x'.repeat(200)})`)).toEqual([[3, 5]]);
  });
  test('a stray ")" before a group changes nothing', () => {
    expect(pairs('a) (b) c')).toEqual([[3, 5]]);
  });
});
