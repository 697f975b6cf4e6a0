import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/shops';
import { doc, LIST } from '../page';

describe('generic sections', () => {
  it.each([
    ['heading + sibling', `<h2>Ingredients</h2><p>${LIST}</p>`],
    ['emoji heading', `<div><span>🌱 Ingredients</span><span>+</span></div><div>${LIST}</div>`],
    [
      'aria-controls',
      `<button aria-controls="p1"><span>INCI</span></button><div id="p1" hidden>${LIST}</div>`,
    ],
    [
      'aria-labelledby',
      `<a id="t" role="tab">Inhaltsstoffe</a><div role="tabpanel" aria-labelledby="t">${LIST}</div>`,
    ],
    ['details', `<details><summary>Ingrédients</summary><p>${LIST}</p></details>`],
    ['dt/dd', `<dl><dt>Full Ingredients:</dt><dd>${LIST}</dd></dl>`],
    ['th/td', `<table><tr><th>Ingredientes</th><td>${LIST}</td></tr></table>`],
    ['inline label', `<p><b>Ingredients:</b> ${LIST}</p>`],
    ['one text node', `<p>Ingredienti: ${LIST}</p>`],
    ['inline label, list on the next line', `<p><strong>Ingredients:</strong><br>${LIST}</p>`],
    ['inline label without colon, next line', `<p><b>INGREDIENTS</b><br/>\n${LIST}</p>`],
    [
      'tab by fragment',
      `<ul><li><a href="#t1">Details</a></li><li><a href="#t2">Ingredients</a></li></ul><div id="t1"><p>A serum.</p></div><div id="t2" hidden><p>${LIST}</p></div>`,
    ],
    [
      'collapse by data-bs-target',
      `<button data-bs-target="#ing">Ingredients</button><p>Free shipping</p><div id="ing" class="collapse"><p>${LIST}</p></div>`,
    ],
    [
      'tabs paired by data-tab',
      `<div data-tab="1">How to use</div><div data-tab="2">Ingredients</div><div data-tab="1"><p>Apply at night.</p></div><div data-tab="2"><p>${LIST}</p></div>`,
    ],
    [
      'tabs paired with panels by position',
      `<ul><li>Description</li><li>Ingredients</li><li>How to use</li></ul><div><div><p>A serum.</p></div><div hidden><p>${LIST}</p></div><div hidden><p>Apply at night.</p></div></div>`,
    ],
    ['a label with a count', `<h2>Ingredients (6)</h2><p>${LIST}</p>`],
    [
      'a later paragraph of the section',
      `<h2>Ingredients</h2><p>Key ingredients: Retinol, Squalane</p><p>${LIST}</p>`,
    ],
  ])('%s', (_name, body) => {
    const r = extract(doc(`<main>${body}</main>`), 'https://shop.example/products/x');
    expect(r.found).toBe(true);
    expect(r.text).toBe(LIST);
  });

  it("reads a heading's section only up to the next heading", () => {
    const body = `<h2>Ingredients</h2><p>See the packaging.</p><h2>Related products</h2><p>${LIST}</p>`;
    expect(extract(doc(`<main>${body}</main>`), 'https://shop.example/products/x').found).toBe(false);
  });

  it('pairs by position only a row of tab titles with as many panels', () => {
    // three titles, two panels: no pairing, and the panels hold no list of their own
    const body = `<ul><li>Description</li><li>Ingredients</li><li>Reviews</li></ul><div><div><p>A serum.</p></div><div><p>Great.</p></div></div>`;
    expect(extract(doc(`<main>${body}</main>`), 'https://shop.example/products/x').found).toBe(false);
  });

  it('prefers the full list over a key-ingredients blurb', () => {
    const body = `<h2>Key Ingredients</h2><p>Retinol, Niacinamide, Peptides</p><h2>Full ingredients list</h2><p>${LIST}</p>`;
    expect(extract(doc(body), 'https://shop.example/x').text).toBe(LIST);
  });

  it('does not read a sidebar menu of ingredient pages as a list (even on a page not marked as an article)', () => {
    const menu = ['Retinol', 'Niacinamide', 'Glycolic Acid', 'Salicylic Acid', 'Hyaluronic Acid'];
    const body = `<aside><h3>Ingredients</h3><ul>${menu.map((m) => `<li><a href="/${m}">${m}</a></li>`).join('')}</ul></aside>`;
    expect(extract(doc(body), 'https://blog.example/post').found).toBe(false);
  });
});
