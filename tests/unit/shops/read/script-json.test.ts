import { describe, expect, it } from 'vitest';
import { jsonStrings, unescapeLayer } from '../../../../src/shops/read/script-json';
import { stripTags } from '../../../../src/shops/read/text';
import { doc } from '../page';

describe('embedded JSON', () => {
  it('decodes values at one, two and three levels of escaping', () => {
    const v = 'Water, Caprylic/Capric Triglyceride, "Rosa" Extract, Glycerin\u00e9';
    const l0 = JSON.stringify({ ingredientDesc: v });
    const l1 = JSON.stringify(l0).slice(1, -1);
    const l2 = JSON.stringify(l1).slice(1, -1);
    for (const s of [l0, l1, l2]) {
      const d = doc(`<script>x('${s.replace(/'/g, "\\'")}')</script>`);
      expect(jsonStrings(d, ['ingredientDesc'])).toEqual([v]);
    }
  });

  it('handles \\u escapes, escaped slashes and HTML inside values', () => {
    const d = doc(
      `<script>q('{\\"ingredientDesc\\":\\"Water\\\\u002c Glycerin\\/Aqua<br><br>Phenoxyethanol &amp; Mica <ILN1>\\"}')</script>`,
    );
    expect(jsonStrings(d, ['ingredientDesc'])).toEqual(['Water, Glycerin/Aqua\nPhenoxyethanol & Mica']);
  });

  it('ignores keys that only end in the name and non-string values', () => {
    const d = doc(
      '<script>{"product.details.ingredients":"Water, Glycerin, Mica","ingredients":[{"value":"Inhaltsstoffe"}]}</script>',
    );
    expect(jsonStrings(d, ['ingredients'])).toEqual([]);
  });

  it('unescapes one layer at a time', () => {
    expect(unescapeLayer('a\\"b\\\\n\\u0041')).toBe('a"b\\nA');
    expect(stripTags('A&nbsp;B &#x41; <b>C</b>')).toBe('A B A C');
  });
});
