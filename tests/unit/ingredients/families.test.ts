/** families.ts: families too large to list, matched on normalized tokens. */
import { describe, expect, test } from 'vitest';
import { matchPattern } from '../../../src/ingredients/families';
import { normalizeName, tokensOf } from '../../../src/ingredients/normalize';
import { RULES } from '../../../src/ingredients/rules';

const family = (name: string) => matchPattern(tokensOf(normalizeName(name)));

describe('family patterns', () => {
  test.each([
    ['SD Alcohol 40-B', 'drying-alcohol'],
    ['Denat. Alcohol', 'drying-alcohol'],
    ['Lavandula Hybrida Oil', 'essential-oil'],
    ['Salvia Sclarea Flower Oil', 'essential-oil'],
    ['Yuzu Oil', 'essential-oil'],
    ['Natural Cinnamon Flavor', 'fragrance'],
    ['Vanilla Fragrance', 'fragrance'],
    ['Salix Nigra Bark Extract', 'willow-bark'],
    ['Hamamelis Virginiana Leaf Water', 'witch-hazel'],
    ['Prunus Persica Pit Powder', 'shell-seed-powder'],
    ['Bambusa Vulgaris Stem Powder', 'shell-seed-powder'],
    ['Ananas Sativus Fruit Juice', 'enzyme-fruit'],
  ])('%s -> %s', (name, rule) => {
    expect(family(name)).toBe(rule);
  });

  test.each([
    // carrier and processed oils of essential-oil genera
    'Citrus Aurantium Dulcis Seed Oil',
    'Rosa Canina Fruit Oil',
    'Hydrogenated Lavandula Oil',
    // soft starch powders, and extracts of scrub plants
    'Oryza Sativa Seed Powder',
    'Zea Mays Kernel Meal',
    'Juglans Regia Shell Extract',
    // the seed oil of witch hazel and papaya
    'Carica Papaya Seed Oil',
    'Glycerin',
  ])('%s is no family', (name) => {
    expect(family(name)).toBeNull();
  });

  test('every family answers with the id of an existing rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const name of [
      'SD Alcohol 40',
      'Lavender Oil',
      'Rose Fragrance',
      'Willow Bark',
      'Witch Hazel',
      'Pumice',
      'Carica Papaya Fruit',
    ]) {
      const id = family(name);
      expect(id, name).not.toBeNull();
      expect(ids.has(id!), `${name} -> ${id}: add the rule or fix the family`).toBe(true);
    }
  });
});
