/** categories.ts: the one declaration of the category vocabulary. */
import { describe, expect, test } from 'vitest';
import { CATEGORIES, CATEGORY_IDS, checkedSummary } from '../../../src/ingredients/categories';

describe('categories', () => {
  test.each(CATEGORY_IDS)('%s has every word and fact the views cite', (id) => {
    const c = CATEGORIES[id];
    expect(c.label[0]).toBe(c.label[0]!.toUpperCase());
    // plurals run inside sentences: lower case, except acronyms ("AHAs")
    for (const words of [c.plural, c.sentence]) expect(words).toMatch(/^([a-z]|[A-Z]{3}s\b)/);
    expect(c.sentence).not.toMatch(/[()]/);
    expect(c.why).toMatch(/\.$/);
    expect(c.source.trim().length).toBeGreaterThan(10);
  });

  test('the ids are the display order and every id is listed once', () => {
    expect(CATEGORY_IDS).toEqual(Object.keys(CATEGORIES));
    expect(new Set(CATEGORY_IDS).size).toBe(CATEGORY_IDS.length);
  });

  test('the checked line lists every category by its plural, in order', () => {
    expect(checkedSummary()).toBe(CATEGORY_IDS.map((id) => CATEGORIES[id].plural).join(', '));
    expect(checkedSummary()).toMatch(/^retinoids, AHAs, BHAs, PHAs, azelaic acid, /);
  });
});
