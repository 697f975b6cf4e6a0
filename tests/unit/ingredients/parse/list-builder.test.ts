/** parse/list-builder.ts: positions, "may contain" sections, shade and kit sub-lists. */
import { describe, expect, test } from 'vitest';
import { analyze, parse } from '../../../../src/ingredients/index';

describe('sections', () => {
  test('positions are 1-based and raw text is kept', () => {
    const items = parse('Ingredients: Water, 15% L-Ascorbic Acid*')[0]!.items;
    expect(items.map((i) => [i.position, i.raw])).toEqual([
      [1, 'Water'],
      [2, '15% L-Ascorbic Acid*'],
    ]);
  });

  test('May contain / Peut contenir (+/-) items are flagged mayContain', () => {
    const items = parse(
      'Talc, Mica, May Contain/Peut Contenir (+/-): Iron Oxides (Ci 77491), Titanium Dioxide',
    )[0]!.items;
    expect(items.map((i) => [i.name, i.mayContain === true])).toEqual([
      ['Talc', false],
      ['Mica', false],
      ['Iron Oxides', true],
      ['Titanium Dioxide', true],
    ]);
  });

  test('bracketed [+/- ...] section', () => {
    const items = parse(
      'Glycerin, Water/Aqua /Eau, [+/- (May Contain/Peut Contenir): Mica, Carmine (Ci 75470)].',
    )[0]!.items;
    expect(items.filter((i) => i.mayContain).map((i) => i.name)).toEqual(['Mica', 'Carmine']);
  });

  test('shades separated by | become labelled sub-lists', () => {
    const lists = parse('Shade A: Talc, Mica, Retinol | Shade B: Talc, Silica');
    expect(lists.map((l) => [l.label, l.items.length])).toEqual([
      ['Shade A', 3],
      ['Shade B', 2],
    ]);
    expect(analyze('Shade A: Talc, Mica, Retinol | Shade B: Talc').findings[0]).toMatchObject({
      list: 'Shade A',
      position: 3,
    });
  });

  test('kit parts after a sentence end', () => {
    const lists = parse(
      'Beste™ No.9 Jelly Cleanser: Water, Glycerin. C-Firma™ Day Serum: Water, Ascorbic Acid',
    );
    expect(lists.map((l) => l.label)).toEqual(['Beste No.9 Jelly Cleanser', 'C-Firma Day Serum']);
  });

  test('Cult Beauty style "Crash, Haze, Hot Mess: Talc, ..."', () => {
    const lists = parse('Crash, Haze, Hot Mess: Talc, Mica, Silica\nBlaze: Mica, Talc');
    expect(lists.map((l) => l.label)).toEqual(['Crash, Haze, Hot Mess', 'Blaze']);
    expect(lists[0]!.items.map((i) => i.name)).toEqual(['Talc', 'Mica', 'Silica']);
  });
});
