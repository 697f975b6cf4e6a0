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
  ])('%s', (_name, body) => {
    const r = extract(doc(`<main>${body}</main>`), 'https://shop.example/products/x');
    expect(r.found).toBe(true);
    expect(r.text).toBe(LIST);
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
