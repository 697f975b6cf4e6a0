/** Panels a label points to without ARIA (docs/sources.md#markup-panel-toggles): the full read's only. */
import type { PanelFinder } from './sections';
import { textOf } from './text';

const MAX_TABS = 10;

export const findPanels: PanelFinder = (doc, chain, header) => {
  const out = chain.flatMap((el) => linkedPanels(doc, el));
  const paired = panelByPosition(header);
  if (paired) out.push(paired);
  return out;
};

/** Tab titles in a row, their panels in the next element (markup-purish-shopify). */
function panelByPosition(title: Element): Element | null {
  const row = title.parentElement;
  if (!row) return null;
  const titles = [...row.children];
  if (titles.length < 2 || titles.length > MAX_TABS) return null;
  if (!titles.every((t) => (textOf(t, 60) ?? '').trim().length <= 40)) return null;
  let panels = row.nextElementSibling;
  for (let i = 0; panels && panels.children.length === 0 && i < 3; i++) panels = panels.nextElementSibling;
  if (!panels || panels.children.length !== titles.length) return null;
  return panels.children[titles.indexOf(title)] ?? null;
}

/** href / data-target / data-bs-target="#id", one data-tab value. */
function linkedPanels(doc: Document, el: Element): Element[] {
  const out: Element[] = [];
  for (const attr of ['href', 'data-target', 'data-bs-target']) {
    const v = el.getAttribute(attr);
    const panel = v && v.length > 1 && v.startsWith('#') && doc.getElementById(v.slice(1));
    if (panel) out.push(panel);
  }
  const tab = el.getAttribute('data-tab');
  if (tab) {
    for (const e of doc.querySelectorAll('[data-tab]'))
      if (e.getAttribute('data-tab') === tab && !e.contains(el) && !el.contains(e)) out.push(e);
  }
  return out;
}
