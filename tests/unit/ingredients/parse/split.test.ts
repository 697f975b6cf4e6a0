/** parse/split.ts: the separators that cut the text into pieces. */
import { describe, expect, test } from 'vitest';
import { parse } from '../../../../src/ingredients/index';

const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));

describe('separators (real text)', () => {
  test.each([
    ['Water, Glycerin, Retinol', ['Water', 'Glycerin', 'Retinol']],
    ['Water; Glycerin; Retinol', ['Water', 'Glycerin', 'Retinol']],
    // Boots UK: bullets, upper case
    ['AQUA / WATER / EAU • DIISOPROPYL SEBACATE • SILICA', ['AQUA', 'DIISOPROPYL SEBACATE', 'SILICA']],
    ['Water · Glycerin · Squalane', ['Water', 'Glycerin', 'Squalane']],
    // INCIDecoder raw DOM text with newlines, indentation and the [more] toggle
    [
      '\n\nWater,\n                            Glycerin,\n        [more]Sodium Polyacrylate,\n',
      ['Water', 'Glycerin', 'Sodium Polyacrylate'],
    ],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
