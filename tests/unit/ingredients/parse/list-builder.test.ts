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

describe('page section headings after the last name', () => {
  const names = (t: string) => parse(t).map((l) => l.items.map((i) => i.name));

  // made up, of the kind of Boots #2275 "..., algae extract, yeast extract Benefits: Smooths and renews ..."
  test.each([
    ['Aqua, Glycerin, Retinol How to use: apply nightly.'],
    ['Aqua, Glycerin, Retinol\nHow to use: apply nightly.'],
    ['Aqua, Glycerin, RETINOL HOW TO USE: apply a pea-sized amount'],
    ['Aqua, Glycerin, Retinol Directions for use: dab on at night'],
    ['Aqua, Glycerin, Retinol Key Benefits: smooths and renews'],
    ['Aqua, Glycerin, Retinol Warnings: for external use only'],
    ['Aqua, Glycerin, RetinolHow to use: apply nightly.'],
  ])('%j keeps the name before the heading and reads no prose after it', (text) => {
    expect(names(text)).toEqual([['Aqua', 'Glycerin', expect.stringMatching(/^retinol$/i)]]);
    expect(analyze(text).findings.map((f) => f.category)).toEqual(['retinoid']);
  });

  test('the section is page prose: an irritant named in it is no finding', () => {
    const a = analyze('Aqua, Glycerin, Squalane Benefits: exfoliates with glycolic acid');
    expect(a.findings).toEqual([]);
  });

  test('a section before the list ends at its sentence: the list after it is read', () => {
    expect(names('How to use: apply at night. Aqua, Retinol, Glycerin')).toEqual([
      ['Aqua', 'Retinol', 'Glycerin'],
    ]);
    expect(names('Benefits: hydrates Ingredients: Aqua, Retinol')).toEqual([['Aqua', 'Retinol']]);
  });

  test("only the heading's own piece is prose: a saved whole page runs on into the list with no stop", () => {
    // made up, of the kind of Boots pages: "Country of Origin: CanadaAddress: DECIEM UK Ltd, London, ..."
    const a = analyze(
      'Important info Country of Origin: CanadaAddress: Brand Ltd, London, W1T 3JJ Ingredients Squalane, Salicylic Acid',
    );
    expect(a.findings.map((f) => [f.category, f.ingredient])).toEqual([['bha', 'Salicylic Acid']]);
  });

  test('a shade or kit label is still a label', () => {
    expect(parse('Rose Gold: Aqua, Parfum | Night Use: Aqua, Retinol').map((l) => l.label)).toEqual([
      'Rose Gold',
      'Night Use',
    ]);
  });
});

describe('a page section heading run on from the last name, its colon lost too', () => {
  const names = (t: string) => parse(t).map((l) => l.items.map((i) => i.name));
  test('a known name before the heading is the item; the section is prose', () => {
    expect(names('Aqua, Glycerin, Glycolic Acid How to use apply nightly')).toEqual([
      ['Aqua', 'Glycerin', 'Glycolic Acid'],
    ]);
    expect(names('Aqua, Glycerin, RETINOL DIRECTIONS FOR USE apply at night')).toEqual([
      ['Aqua', 'Glycerin', 'RETINOL'],
    ]);
  });

  test('prose before the heading stays as it was (no name is made of it)', () => {
    expect(names('Aqua, smooth skin Hazards and Cautions Caution Avoid contact with eyes')).toEqual([
      ['Aqua', 'smooth skin Hazards and Cautions Caution Avoid contact with eyes'],
    ]);
  });
});
