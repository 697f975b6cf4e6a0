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

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|INPUT|SELECT|OPTION|IFRAME|SVG)$/i;

/** A pattern for one item as written: case-insensitive, any run of white space, whole words only. */
export function itemPattern(text: string): RegExp {
  const body = text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
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
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n === skip || (n.nodeType === 1 && SKIP.test((n as Element).tagName))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
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
    const own = t.data.trim().replace(/[,;.•·]+$/, '').trim().toLowerCase();
    const block = t.parentElement?.parentElement;
    if (!block || !knownSet.has(own)) continue;
    let isList = blocks.get(block);
    if (isList === undefined) {
      const text = block.textContent ?? '';
      isList = text.length <= MAX_NODE_CHARS && countNames(text, knownRes, need);
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
