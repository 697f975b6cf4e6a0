// @vitest-environment happy-dom
// A real TreeWalker and Range (linkedom has neither filter callbacks nor Range text).
import { describe, expect, test } from 'vitest';
import { findMarks, itemPattern } from '../../../src/marks/find';

/** The page's body, parsed as data (DOMParser) and moved into the window's document, whose Ranges work. */
const doc = (body: string) => {
  const parsed = new DOMParser().parseFromString(
    `<!doctype html><html><body>${body}</body></html>`,
    'text/html',
  );
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document;
};
const KNOWN = ['Aqua', 'Glycerin', 'Retinal', 'Lactic Acid', 'Retinyl Palmitate', 'Phenoxyethanol'];
const ITEMS = [
  { text: 'Retinal', level: 'hold' as const },
  { text: 'Lactic Acid', level: 'caution' as const },
  { text: 'Retinyl Palmitate', level: 'hold' as const },
];
const texts = (d: Document) =>
  findMarks(d, d.body, KNOWN, ITEMS).ranges.map((r) => [r.range.toString(), r.level]);

describe('findMarks', () => {
  test('marks the flagged items of the list, not the same words in a sentence elsewhere', () => {
    const d = doc(
      '<p>Our retinal serum has lactic acid.</p><p>Aqua, Glycerin, Retinal, Lactic  Acid, Phenoxyethanol</p>',
    );
    expect(texts(d)).toEqual([
      ['Lactic  Acid', 'caution'],
      ['Retinal', 'hold'],
    ]);
  });

  test('the longer name wins: Retinyl Palmitate is one mark, with no Retinal inside it', () => {
    const d = doc('<p>Aqua, Glycerin, Retinyl Palmitate, Retinal, Phenoxyethanol</p>');
    expect(texts(d)).toEqual([
      ['Retinyl Palmitate', 'hold'],
      ['Retinal', 'hold'],
    ]);
  });

  test('one element per item: each item node of the list is found through its parent', () => {
    const d = doc(
      '<ul><li>Aqua</li><li>Glycerin</li><li>Retinal</li><li>Phenoxyethanol</li></ul><p>Retinal</p>',
    );
    expect(texts(d)).toEqual([['Retinal', 'hold']]);
  });

  test('whole words only, and script text is never read', () => {
    const d = doc(
      '<p>Aqua, Glycerin, Retinaldehyde, Phenoxyethanol</p><script>Aqua, Glycerin, Retinal</script>',
    );
    expect(texts(d)).toEqual([]);
  });

  test('no list in the page text (JSON only): no node, so the chip stands alone', () => {
    const d = doc('<p>Hello</p>');
    expect(findMarks(d, d.body, KNOWN, ITEMS).nodes).toEqual([]);
  });

  test('the pattern takes names as text, not as regular expressions', () => {
    expect(itemPattern('C12-15 Alkyl (Benzoate)').test('c12-15 alkyl (benzoate)')).toBe(true);
    expect(itemPattern('a.b').test('axb')).toBe(false);
  });
});
