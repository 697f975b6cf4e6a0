/**
 * Labelled sections: headings, tabs, accordions, <details>, dt/dd and inline "Ingredients:" labels, found in
 * one iterative walk over the page and followed to the element they label (aria-controls, aria-labelledby,
 * the next siblings, the rest of the line; the full read also panels linked otherwise: ./panels.ts). DOM
 * level: reads the Document it is given, never changes it.
 */
import type { Found } from '../types';
import { listPart } from './score';
import { BLOCK, clean, MAX_TEXT, SKIP, textOf } from './text';

/** Labels we look at per page; a real page has a handful. */
const MAX_LABELS = 40;

/**
 * "Ingredients", "Full ingredients list", "Major Ingredients", "INCI", "🌱 Inhaltsstoffe:" ... never "Key
 * ingredients". Seen on saved pages: docs/sources.md#markup-cult-beauty-2020 ("Full ingredients list"),
 * docs/sources.md#markup-yesstyle-2024 ("Major Ingredients"), docs/sources.md#markup-purish-shopify ("🌱
 * Ingredients") and docs/sources.md#markup-rossmann ("Inhaltsstoffe"); the other languages are our list.
 */
const LABEL =
  /^(full |complete |all |major |main )?(ingredients?( list)?|ingredient list|list of ingredients|inci( list)?|ingredients \(inci\)|inhaltsstoffe|ingrédients|ingredientes|ingredienti|ingrediënten|składniki|成分|全成分)$/;

export function labelOf(text: string): string | null {
  if (text.length > 60) return null;
  const t = text
    .replace(/^[^\p{L}]+|[^\p{L})]+$/gu, '')
    .replace(/\s*\(\d{1,3}\)$/, '') // "Ingredients (32)"
    .replace(/\s+/g, ' ')
    .toLowerCase();
  return LABEL.test(t) ? t : null;
}

/** Text length of an element, counted only up to `limit` (cheap on huge elements). */
function shortText(el: Element, limit: number): string | null {
  const t = textOf(el, limit);
  return t === null ? null : t.replace(/\n/g, ' ');
}

/** A list whose every item is one link is a menu ("Ingredients: Retinol, Niacinamide ..." in a sidebar). */
function isMenu(el: Element): boolean {
  const items = [...el.querySelectorAll('li')].slice(0, 200);
  return (
    items.length > 0 &&
    items.every((li) => {
      const a = li.querySelector('a');
      return !!a && a.textContent?.trim() === li.textContent?.trim();
    })
  );
}

function candidatesFor(
  doc: Document,
  labelEl: Element,
  labelText: string,
  byLabelledBy: Map<string, Element>,
  more?: PanelFinder,
) {
  const out: Element[] = [];
  const texts: string[] = [];
  // The header: the label's element and its ancestors that contain nothing but the label (and icons).
  const chain: Element[] = [labelEl];
  let h = labelEl;
  for (let i = 0; i < 4 && h.parentElement; i++) {
    // Text inside buttons is not counted, so a wrapper around a toggle button reads as empty.
    const t = shortText(h.parentElement, 300);
    if (t === null || (t.trim() && !labelOf(t))) break;
    h = h.parentElement;
    chain.push(h);
  }
  for (const el of chain) {
    const ctl = el.getAttribute('aria-controls');
    const target = ctl && doc.getElementById(ctl.split(' ')[0]!);
    if (target) out.push(target);
    const labelled = el.id && byLabelledBy.get(el.id);
    if (labelled) out.push(labelled);
    if (el.tagName === 'SUMMARY' && el.parentElement?.tagName === 'DETAILS') {
      const t = textOf(el.parentElement, MAX_TEXT, el);
      if (t) texts.push(t);
    }
  }
  if (more) out.push(...more(doc, chain, h));
  // dt -> dd, th -> td, heading -> next siblings up to the next heading (a key-ingredients line may lead)
  let sib = h.nextElementSibling;
  for (let i = 0; sib && i < 8; i++, sib = sib.nextElementSibling) {
    const t = shortText(sib, 200);
    if (t === null || t.trim()) break;
  }
  for (let k = 0; sib && k < SECTION_SIBLINGS; k++, sib = sib.nextElementSibling) {
    if (k > 0 && (HEADING.test(sib.tagName) || sib.tagName.toUpperCase() === h.tagName.toUpperCase())) break;
    out.push(sib);
  }
  // Inline: <p><b>Ingredients:</b> Aqua, Glycerin ...</p>, also after a <br>
  let inline = '';
  for (let n = h.nextSibling; n && inline.length < MAX_TEXT; n = n.nextSibling) {
    const tag = n.nodeType === 1 ? (n as Element).tagName.toUpperCase() : '';
    if (tag === 'BR' && /^[\s:]*$/.test(inline)) continue;
    if (BLOCK.test(tag)) break;
    if (n.nodeType === 3) inline += (n as Text).data;
    else if (tag && !SKIP.test(tag)) inline += textOf(n) ?? '';
  }
  inline = inline.replace(/^\s*:/, '').trim();
  if (inline) texts.push(inline);
  for (const el of out) {
    if (isMenu(el)) continue;
    const t = textOf(el);
    if (t) texts.push(t);
  }
  return texts;
}

/** Siblings after a heading read as its section, at most. */
const SECTION_SIBLINGS = 4;
const HEADING = /^H[1-6]$/i;

/** More panels of a label (./panels.ts): the full read's, so the light read stays small. */
export type PanelFinder = (doc: Document, chain: readonly Element[], header: Element) => Element[];

/** Headings, tabs, accordions, <details>, dt/dd and inline "Ingredients:" labels. */
export function readSections(doc: Document, within?: Element, more?: PanelFinder): Found | null {
  const root = within ?? doc.body ?? doc.documentElement;
  if (!root) return null;
  let byLabelledBy: Map<string, Element> | null = null;
  let best: Found | null = null;
  let bestScore = 0;
  let labels = 0;
  let node: Node | null = root;
  // Iterative pre-order walk over all nodes, skipping scripts and styles.
  while (node && labels < MAX_LABELS) {
    let descend = true;
    if (node.nodeType === 1) {
      descend = !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/i.test((node as Element).tagName);
    } else if (node.nodeType === 3) {
      descend = false;
      const data = (node as Text).data;
      const parent = node.parentElement;
      let texts: string[] | null = null;
      let label: string | null = null;
      if (data.length <= 80 && parent && (label = labelOf(data.trim()))) {
        labels++;
        byLabelledBy ??= new Map(
          [...doc.querySelectorAll('[aria-labelledby]')].map((e) => [
            e.getAttribute('aria-labelledby')!.split(' ')[0]!,
            e,
          ]),
        );
        texts = candidatesFor(doc, parent, label, byLabelledBy, more);
      } else if (data.length > 20) {
        // "Ingredients: Aqua, Glycerin, ..." in one text node.
        const m = /^\s*([^:\n]{2,40}):\s*\S/.exec(data.slice(0, 120));
        if (m && (label = labelOf(m[1]!))) {
          labels++;
          texts = [clean(data.slice(data.indexOf(':') + 1))];
        }
      }
      for (const t of texts ?? []) {
        const l = listPart(t);
        if (l && l.score > bestScore) {
          bestScore = l.score;
          best = { text: l.text, via: `section:${label}` };
        }
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return best;
}
