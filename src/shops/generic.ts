/**
 * The generic extractor: finds a full INCI list on an unknown shop's product page, and the small DOM/JSON
 * helpers the shop files share. DOM level: reads the Document it is given, never changes it.
 * Everything here is linear in the page size (pages can have 50,000 nodes or a 2 MB text node): one walk over
 * the text nodes, bounded text reads, indexOf scans of script text; no backtracking regular expressions on
 * page-sized input.
 */

export interface Found {
  text: string;
  via: string;
}

/** Longest text we accept as one ingredient text (a 20-shade lipstick is about 18 kB). */
const MAX_TEXT = 40_000;
/** Labels we look at per page; a real page has a handful. */
const MAX_LABELS = 40;

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DETAILS|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TH|THEAD|TR|UL)$/;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|BUTTON|SELECT|OPTION|IFRAME)$/;

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

// --- Does a text look like an INCI list? ---

const INCI_WORD =
  /\b(aqua|water|eau|glycerin|acid|extract|oil|alcohol|glycol|sodium|potassium|ci ?\d{5}|tocopher|dimethicone|methicone|siloxane|paraben|parfum|fragrance|butter|wax|cera|seed|leaf|root|flower|fruit|stearate|peg-?\d+|ceteareth|polysorbate|hyaluron|panthenol|niacinamide|gum|talc|mica|silica|oxide|hydroxide|chloride|citrate|benzoate|phenoxyethanol|ethylhexyl|capryl|cetyl|cetearyl|stearyl|lecithin|polymer|crosspolymer|sorbate|edta|allantoin|betaine|urea|squalane|ceramide|peptide|lactate|sulfate|ferment|hydrolyzed|hydrogenated|starch|carbomer|triglyceride|ester|limonene|linalool|titanium|zinc|iron|magnesium|calcium|aluminum|lauryl|glyceryl|retin|ascorb|salicyl|carbonate|dioxide|nitride|benzyl|isopropyl|methyl|propyl|butyl|caprate|oleate|palmitate|myristate|isostearate|adipate|tartrate|succinate|gluconate|lysine|arginine|collagen|biotin|juice|powder|bark|peel|stem|kernel|lake|red \d|yellow \d|blue \d)/i;
const STOP = new Set(
  (
    'the a an and or but is are was be this that these it its your you we our us they with without for from to of in on at by as ' +
    'can may will helps help skin use apply while which who how what when more most very so if into than then has have ' +
    'der die das und ist mit für von zu den ein eine nicht sie auf bei wird le la les et est pour avec des une du el los las con por para'
  ).split(' '),
);

/**
 * 0 when the text does not look like an ingredient list; otherwise grows with the number of items.
 * Several separated items, most of them short, many with typical INCI words, few sentence words.
 */
export function inciScore(text: string | null | undefined): number {
  if (!text) return 0;
  const t = text.trim();
  if (t.length < 12 || t.length > MAX_TEXT) return 0;
  const items = t
    .split(/[,;•·|\n]|\s[-–]\s/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < 3) return 0;
  const words = t.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
  let stop = 0;
  for (const w of words) if (STOP.has(w)) stop++;
  if (!words.length || stop / words.length > 0.12) return 0;
  let inci = 0;
  let long = 0;
  let counts = 0;
  for (const item of items) {
    if (INCI_WORD.test(item)) inci++;
    if (item.split(' ').length > 9) long++;
    // Filter facets look like "Retinol (12)".
    if (/\(\d+\)$/.test(item)) counts++;
  }
  const n = items.length;
  if (inci < 2 || inci / n < 0.3 || long / n > 0.25 || counts / n > 0.3) return 0;
  return n * (inci / n);
}

/**
 * The part of a text that is the list: from the first to the last list-like line (with a "Shade A:" line just
 * before it), dropping key-ingredient blurbs before and disclaimers after. A list written one item per line
 * is judged as a whole. Null when there is no list.
 */
export function listPart(text: string | null | undefined): (Found & { score: number }) | null {
  if (!text) return null;
  const lines = text.split('\n');
  const scores = lines.map(inciScore);
  let first = scores.findIndex((x) => x >= 2);
  if (first < 0) {
    const score = inciScore(text);
    return score >= 2 ? { text, score, via: '' } : null;
  }
  let last = first;
  let score = 0;
  scores.forEach((x, i) => {
    if (x > 0 && i >= first) {
      last = i;
      score += x;
    }
  });
  if (first > 0 && lines[first - 1]!.length < 60 && lines[first - 1]!.endsWith(':')) first--;
  return { text: lines.slice(first, last + 1).join('\n'), score, via: '' };
}

/** True when the text holds a full ingredient list (not only a blurb, an article or a menu). */
export function isLikelyIngredientList(text: string | null | undefined): boolean {
  return listPart(text) !== null;
}

// --- Labelled sections ---

/** "Ingredients", "Full ingredients list", "Major Ingredients", "INCI", "🌱 Inhaltsstoffe:" ... never "Key ingredients". */
const LABEL =
  /^(full |complete |all |major |main )?(ingredients?( list)?|ingredient list|list of ingredients|inci( list)?|ingredients \(inci\)|inhaltsstoffe|ingrédients|ingredientes|ingredienti|ingrediënten|składniki|成分|全成分)$/;

export function labelOf(text: string): string | null {
  if (text.length > 60) return null;
  const t = text
    .replace(/^[^\p{L}]+|[^\p{L})]+$/gu, '')
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
  // dt -> dd, th -> td, heading -> next sibling with text.
  let sib = h.nextElementSibling;
  for (let i = 0; sib && i < 8; i++, sib = sib.nextElementSibling) {
    const t = shortText(sib, 200);
    if (t === null || t.trim()) break;
  }
  if (sib) out.push(sib);
  // Inline: <p><b>Ingredients:</b> Aqua, Glycerin ...</p>
  let inline = '';
  for (let n = h.nextSibling; n && inline.length < MAX_TEXT; n = n.nextSibling) {
    const tag = n.nodeType === 1 ? (n as Element).tagName.toUpperCase() : '';
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

/** Headings, tabs, accordions, <details>, dt/dd and inline "Ingredients:" labels. */
export function readSections(doc: Document, within?: Element): Found | null {
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
        texts = candidatesFor(doc, parent, label, byLabelledBy);
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

// --- Embedded JSON in scripts ---

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

const ESC: Record<string, string> = { n: '\n', r: '\n', t: ' ', b: '', f: '', v: '', '0': '' };

/** Removes one layer of JS/JSON string escaping (\" \\ \/ \n \uXXXX \xHH). Linear. */
export function unescapeLayer(s: string): string {
  return s.replace(/\\(u[\da-fA-F]{4}|x[\da-fA-F]{2}|[\s\S])/g, (_, e: string) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (ESC[e] ?? e),
  );
}

/** Reads the JSON string starting at the quote at `i`; null when it does not end within the bound. */
function jsonStringAt(s: string, i: number): string | null {
  let j = i + 1;
  const end = Math.min(s.length, i + MAX_TEXT * 2);
  while (j < end && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
  if (j >= end) return null;
  return unescapeLayer(s.slice(i + 1, j));
}

/**
 * Every string value of the given keys in the page's scripts (JSON, __NEXT_DATA__, Apollo state, and JSON
 * escaped once or twice inside JavaScript strings such as Sephora 2020's InflatorComps.queue('...')).
 */
export function jsonStrings(doc: Document, keys: readonly string[], limit = 60): string[] {
  const out: string[] = [];
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const src = script.textContent ?? '';
    if (src.length > 8_000_000 || (script.getAttribute('type') ?? '').includes('ld+json')) continue;
    for (const key of keys) {
      // Level 0: "key": "v"; level 1: \"key\":\"v\"; level 2: \\\"key\\\":\\\"v\\\"
      for (let level = 0; level < 3; level++) {
        const q = '\\'.repeat(2 ** level - 1) + '"';
        const pattern = q + key + q;
        // Bounded tries: thousands of empty values must not cost thousands of window decodes.
        let tries = 0;
        for (
          let at = src.indexOf(pattern);
          at >= 0 && tries++ < limit * 2;
          at = src.indexOf(pattern, at + 1)
        ) {
          if (out.length >= limit) return out;
          let i = at + pattern.length;
          while (src[i] === ' ' || src[i] === '\n' || src[i] === '\t') i++;
          if (src[i] !== ':') continue;
          i++;
          while (src[i] === ' ' || src[i] === '\n' || src[i] === '\t') i++;
          if (!src.startsWith(q, i)) continue;
          let win = src.slice(i, i + MAX_TEXT + 8000);
          for (let l = 0; l < level; l++) win = unescapeLayer(win);
          const v = jsonStringAt(win, 0);
          if (v) out.push(stripTags(v));
        }
      }
    }
  }
  return out;
}

const JSON_KEYS = [
  'ingredientDesc',
  'ingredients',
  'majorIngredients',
  'ingredientList',
  'ingredientsList',
  'inci',
];

export function readScripts(doc: Document): Found | null {
  let best: Found | null = null;
  let bestScore = 0;
  for (const key of JSON_KEYS) {
    for (const v of jsonStrings(doc, [key], 20)) {
      const l = listPart(v);
      if (l && l.score > bestScore) {
        bestScore = l.score;
        best = { text: l.text, via: `json:${key}` };
      }
    }
  }
  return best;
}

// --- JSON-LD ---

function jsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const s of doc.querySelectorAll('script[type*="ld+json"]')) {
    try {
      out.push(JSON.parse(s.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; ignore it.
    }
  }
  return out;
}

/** Visits objects in JSON-LD (arrays, @graph, mainEntity ...), bounded. */
function walk(v: unknown, fn: (o: Record<string, unknown>) => void, depth = 0, seen = { n: 0 }): void {
  if (depth > 6 || seen.n++ > 2000 || !v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, fn, depth + 1, seen);
    return;
  }
  const o = v as Record<string, unknown>;
  fn(o);
  for (const k in o) if (o[k] && typeof o[k] === 'object') walk(o[k], fn, depth + 1, seen);
}

function isProduct(o: Record<string, unknown>): boolean {
  const t = o['@type'];
  return Array.isArray(t) ? t.includes('Product') : t === 'Product';
}

export function readJsonLd(doc: Document): Found | null {
  let found: Found | null = null;
  walk(jsonLd(doc), (o) => {
    if (found || !isProduct(o)) return;
    for (const k in o) {
      const v = o[k];
      if (/^(ingredients?|ingredientList|inci|hasIngredient)$/i.test(k) && typeof v === 'string') {
        const l = listPart(stripTags(v));
        if (l) found = { text: l.text, via: 'json-ld' };
      }
    }
    // additionalProperty: [{ "@type": "PropertyValue", "name": "Ingredients", "value": "..." }]
    walk(o['additionalProperty'], (p) => {
      if (!found && typeof p['name'] === 'string' && labelOf(p['name']) && typeof p['value'] === 'string') {
        const l = listPart(stripTags(p['value']));
        if (l) found = { text: l.text, via: 'json-ld' };
      }
    });
  });
  return found;
}

// --- Product page signals ---

const ADD_TO_CART =
  /^(add to (bag|cart|basket)|in den warenkorb|ajouter au panier|añadir a la cesta|aggiungi al carrello|buy now)$/i;

/** og:type product, JSON-LD Product, microdata Product, or one add-to-cart button (a category page has many). */
export function looksLikeProductPage(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/^product/i.test(og)) return true;
  if (doc.querySelector('[itemtype$="schema.org/Product"]')) return true;
  let product = false;
  walk(jsonLd(doc), (o) => {
    product ||= isProduct(o);
  });
  if (product) return true;
  let buttons = 0;
  for (const b of doc.querySelectorAll('button, input[type="submit"]')) {
    const t = (b.textContent || b.getAttribute('value') || '').trim();
    if (t.length < 30 && ADD_TO_CART.test(t)) buttons++;
    if (buttons > 2) return false;
  }
  return buttons > 0;
}

/** Articles (og:type article, JSON-LD Article/BlogPosting) talk about ingredients; they are not products. */
export function looksLikeArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  let article = /^article/i.test(og);
  walk(jsonLd(doc), (o) => {
    article ||= /^(Article|BlogPosting|NewsArticle)$/.test(String(o['@type']));
  });
  return article;
}

/** The generic extractor: what the page shows first, then embedded JSON, then JSON-LD. */
export function readGeneric(doc: Document, opts: { scripts: boolean } = { scripts: true }): Found | null {
  return readSections(doc) ?? (opts.scripts ? (readScripts(doc) ?? readJsonLd(doc)) : null);
}

/** Text of the first element matching a selector, if it looks like an ingredient list. */
export function readSelector(doc: Document, selector: string): string | null {
  for (const el of doc.querySelectorAll(selector)) {
    const l = listPart(textOf(el));
    if (l) return l.text;
  }
  return null;
}
