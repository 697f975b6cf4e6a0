/**
 * Page text as the readers see it: the text of a node with line breaks between blocks (hidden content
 * included), and ingredient strings from JSON with their HTML removed. DOM level: reads, never changes.
 * Linear in the input: one iterative walk, bounded reads, no backtracking regular expressions.
 */

/** Longest text we accept as one ingredient text (a 20-shade lipstick is about 18 kB). */
export const MAX_TEXT = 40_000;
export const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DETAILS|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TH|THEAD|TR|UL)$/;
export const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|BUTTON|SELECT|OPTION|IFRAME)$/;

/** Collapses spaces inside lines, trims lines, drops empty ones. */
export function clean(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[^\S\n]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Text of a node with line breaks between block elements and at <br>, so paragraphs do not glue together.
 * Reads hidden content too (collapsed accordions are in the DOM). Walks without recursion; stops (null) once
 * the text passes `limit` characters. `skip` is left out (e.g. a <summary>).
 */
export function textOf(root: Node, limit = MAX_TEXT, skip?: Node | null): string | null {
  let out = '';
  let node: Node | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      out += (node as Text).data;
      if (out.length > limit) return null;
    } else if (node.nodeType === 1 && node !== skip) {
      const tag = (node as Element).tagName.toUpperCase();
      // Buttons hold labels and toggles, never the list; the root itself is read whatever it is.
      if (!SKIP.test(tag) || node === root) {
        if (BLOCK.test(tag)) out += '\n';
        descend = true;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing blocks on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCK.test((node as Element).tagName.toUpperCase())) out += '\n';
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return clean(out);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Ingredient strings in JSON often carry HTML: <br> becomes a line break, other tags go, entities decode. */
export function stripTags(s: string): string {
  return clean(
    s
      .replace(/<(br|\/p|\/div|\/li)\b[^<>]{0,200}>/gi, '\n')
      .replace(/<[^<>]{0,200}>/g, '')
      .replace(/&(#\d{1,6}|#x[\da-f]{1,5}|[a-z]{2,6});/gi, (m, e: string) =>
        e[0] === '#'
          ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1))
          : (ENTITIES[e.toLowerCase()] ?? m),
      ),
  );
}
