/** parse/key-section.ts: a key-ingredients section in front of the list names actives that need not be in it. */
import { describe, expect, test } from 'vitest';
import { analyze, flaggedCategories, parse } from '../../../../src/ingredients/index';
import { dropKeySection } from '../../../../src/ingredients/parse/key-section';

const names = (text: string) => parse(text).flatMap((l) => l.items.map((i) => i.name));
const LIST = 'Aqua, Glycerin, Niacinamide, Squalane, Phenoxyethanol';

describe('key-ingredients sections', () => {
  test.each([
    ['one line', `Key Ingredients: Vitamin C, Retinol, Niacinamide\nIngredients: ${LIST}`],
    [
      'one per line, with what they do',
      `Key Ingredients:\nSalicylic Acid 2%: unclogs pores\nGlycolic Acid: exfoliates\n\nFull Ingredients: ${LIST}`,
    ],
    [
      'bullets, in capitals after',
      `HERO INGREDIENTS • Retinal: renews • Lactic Acid: smooths\nINGREDIENTS: ${LIST}`,
    ],
    [
      'Sephora wording',
      `Highlighted Ingredients: Vitamin C (brightens), Tea Tree Oil.\nFull Ingredients List: ${LIST}`,
    ],
  ])('%s, then the list header: only the list is read, no finding from the section', (_, text) => {
    expect(names(text)).toEqual(['Aqua', 'Glycerin', 'Niacinamide', 'Squalane', 'Phenoxyethanol']);
    expect(analyze(text).findings).toEqual([]);
  });

  test('an irritant that the list itself holds is still found', () => {
    const text = `Key Ingredients: Retinol, Squalane\nIngredients: Aqua, Squalane, Retinol, Tocopherol`;
    expect(flaggedCategories(analyze(text))).toEqual(['retinoid']);
    expect(analyze(text).findings[0]).toMatchObject({ ingredient: 'Retinol', position: 3 });
  });

  test.each([
    ['a line', `Key Ingredients: Retinol, Vitamin C, Squalane.\n${LIST}`],
    ['a sentence', `Key Ingredients: Retinol, Vitamin C. ${LIST}`],
  ])(
    'with no list header, %s of key ingredients with the INCI list after it: the section goes',
    (_, text) => {
      expect(names(text)).toEqual(['Aqua', 'Glycerin', 'Niacinamide', 'Squalane', 'Phenoxyethanol']);
      expect(analyze(text).findings).toEqual([]);
    },
  );

  test('with no list after it, the text is read as before; prose that says "key ingredients" is no heading', () => {
    for (const text of [
      'Key Ingredients: Retinol, Squalane',
      'Key Ingredients: Retinol, Squalane.\nRetinol renews the skin overnight while squalane softens it.',
      'Highlighted Ingredients: -Retinol: renews. Aqua, Glycerin',
      'Plus, key ingredients like ceramides and glycerin replenish the skin. Ingredients: Aqua, Retinol',
      LIST,
    ])
      expect(dropKeySection(text)).toBe(text);
  });
});
