/**
 * Where a flagged item is written in the page's own list. DOM level: reads the Document it is given and
 * returns Ranges over its text nodes; it changes nothing.
 *
 * The list's text is told apart from the rest of the page (a description that says "retinal" in a sentence)
 * by naming several of the list's items: a text node is part of the list when it contains at least
 * MIN_NAMES_IN_NODE of them. A list whose items are each wrapped in their own element (one <li> per item)
 * is recognised by its parent element's text instead. Hidden text counts (a closed accordion): its ranges
 * show once the shop opens it, as a Range follows the live text.
 */
import { MAX_NODE_CHARS, MAX_RANGES, MAX_TEXT_NODES, MIN_NAMES_IN_NODE } from './limits';
import type { MarkLevel } from './plan';
import { escapeRegExp } from '../regexp';

// NodeFilter's constants, spelled out: this level reads the Document it is given, not the global window.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|INPUT|SELECT|OPTION|IFRAME|SVG)$/i;

/** A pattern for one item as written: case-insensitive, any run of white space, whole words only. */
export function itemPattern(text: string): RegExp {
  const body = text.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

function countNames(text: string, known: RegExp[], need: number): boolean {
  let n = 0;
  for (const re of known) {
    re.lastIndex = 0;
    if (re.test(text) && ++n >= need) return true;
  }
  return false;
}

export interface ListMarks {
  ranges: { range: Range; level: MarkLevel }[];
  /** The text nodes found to be the list (empty: the list is not in the page's text, e.g. JSON only). */
  nodes: Text[];
}

/** Finds the list's text nodes in `root` and the ranges of the flagged items in them. */
export function findMarks(
  doc: Document,
  root: Node,
  known: readonly string[],
  items: readonly { text: string; level: MarkLevel }[],
  skip?: Node | null,
): ListMarks {
  const knownRes = known.filter((k) => k.trim().length > 1).map(itemPattern);
  const need = Math.min(MIN_NAMES_IN_NODE, knownRes.length);
  const nodes: Text[] = [];
  if (need === 0) return { ranges: [], nodes };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (n) =>
      n === skip || (n.nodeType === 1 && SKIP.test((n as Element).tagName)) ? FILTER_REJECT : FILTER_ACCEPT,
  });
  const blocks = new Map<Element, boolean>();
  const knownSet = new Set(known.map((k) => k.trim().toLowerCase()));
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < MAX_TEXT_NODES; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    seen++;
    const t = n as Text;
    if (t.data.length > MAX_NODE_CHARS || t.data.trim().length < 2) continue;
    if (countNames(t.data, knownRes, need)) {
      nodes.push(t);
      continue;
    }
    // One element per item (<li>Retinal</li>, <span>Retinal</span>,): a node that is exactly one item of
    // the list belongs to it when the element around its element names the items together.
    const own = t.data
      .trim()
      .replace(/[,;.•·]+$/, '')
      .trim()
      .toLowerCase();
    const item = t.parentElement;
    const block = item?.parentElement;
    if (!item || !block || !knownSet.has(own)) continue;
    let isList = blocks.get(block);
    // Only a run of like elements is a list of items (<li>s of a <ul>, <span>s of a <p>): a <p>Retinal</p>
    // among a page's other blocks is not.
    if (isList === undefined && [...block.children].some((c) => c.tagName !== item.tagName)) isList = false;
    if (isList === undefined) {
      // Text nodes joined by a break: textContent would glue "<li>Aqua</li><li>Glycerin</li>" into one word.
      const parts: string[] = [];
      let size = 0;
      const inner = doc.createTreeWalker(block, SHOW_TEXT);
      for (let m = inner.nextNode(); m && size <= MAX_NODE_CHARS; m = inner.nextNode()) {
        parts.push((m as Text).data);
        size += (m as Text).data.length;
      }
      isList = size <= MAX_NODE_CHARS && countNames(parts.join('\n'), knownRes, need);
      blocks.set(block, isList);
    }
    if (isList) nodes.push(t);
  }
  // Longest names first, so "Retinyl Palmitate" is marked whole and not also as a shorter name inside it.
  const order = [...items].sort((a, b) => b.text.length - a.text.length);
  const ranges: ListMarks['ranges'] = [];
  for (const node of nodes) {
    const taken: [number, number][] = [];
    for (const item of order) {
      const re = itemPattern(item.text);
      for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
        const [a, b] = [m.index, m.index + m[0].length];
        if (taken.some(([x, y]) => a < y && b > x)) continue;
        if (ranges.length >= MAX_RANGES) return { ranges, nodes };
        taken.push([a, b]);
        const range = doc.createRange();
        range.setStart(node, a);
        range.setEnd(node, b);
        ranges.push({ range, level: item.level });
      }
    }
  }
  return { ranges, nodes };
}
