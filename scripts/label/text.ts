/**
 * The labeller's own reading of a raw ingredient field: where the INCI list is, and its items.
 *
 * Written for labelling only, separately from the engine (src/ingredients is never imported here, see
 * tests/fixtures/ingredients/README.md "Labelling rules"). It does not need to be fast or clever: every
 * positive and every look-alike it finds is read by hand afterwards, and a miss on a list it cannot read
 * shows up in that review as a list with no items.
 */

export interface LabelItem {
  /** The item as written (trimmed), the evidence string a label cites. */
  raw: string;
  /** Lower-cased, accents and invisible characters removed, spaces collapsed. */
  norm: string;
  /** 1-based position in its sub-list. */
  position: number;
  /** Length of its sub-list. */
  of: number;
  /** Listed after a "may contain" / "+/-" marker (shade pigments). */
  mayContain: boolean;
  /** Prose (a description, a run with no separators, see isProse): read by hand, never labelled blind. */
  prose: boolean;
  /** A footnote legend ("*Essential oil"): says something about a starred item, read by hand. */
  legend: boolean;
  /** The sub-list's header ("Yo Glow Facial Enzyme Scrub", "Shade A"), when it has one. */
  label?: string;
}

const STOPWORDS =
  /^(?:the|and|with|of|for|to|your|you|is|are|that|this|it|its|in|on|from|no|a|an|as|by|or|our|which|while|now|all|can|will|more|helps?|skin)$/i;

/**
 * More than 10 words, or English function words outside parentheses (one in 7 words and more, two in 6):
 * "Salicylic Acid sloughs away dead cellular debris to reveal fresher".
 */
export function isProse(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length > 10) return true;
  if (words.length < 6) return false;
  const outside = s.replace(/\([^)]*\)/g, ' ').split(/\s+/);
  const fn = outside.filter((w) => STOPWORDS.test(w)).length;
  return fn >= (words.length >= 7 ? 1 : 2);
}

/**
 * A sentence end inside a piece is a missing separator ("Alcohol Denat. Parfum"), a footnote legend
 * ("Phenoxyethanol. *Essential oil") or a kit header glued on ("...Mica.Bee Eau de Parfum: Alcohol Denat").
 * Decimals ("0.5%") have no space or capital after the period and stay whole.
 */
function splitSentences(piece: string): string[] {
  return piece.split(/\.\s+|\.(?=[A-Z*†‡])/);
}

/**
 * Unicode default-ignorable code points (DerivedCoreProperties.txt, Default_Ignorable_Code_Point), seen in
 * the shared data as U+200B between "Caprylic/" and "Capric" (INCIDecoder raw DOM text) and as soft hyphens
 * on German shops.
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Invisible characters out, odd spaces and comma look-alikes to their plain forms. */
export function cleanRaw(text: string): string {
  return text
    .replace(IGNORABLE, '')
    .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ')
    .replace(/[\uFF0C\u3001\uFE50]/g, ',')
    .replace(/\r\n?/g, '\n');
}

/**
 * Where text stops being the product's INCI list. Each was seen in ../shared/data/products:
 * "Clean at Sephora products are formulated without..." (2,020 Sephora CA lists, names absent ingredients),
 * "Please be aware that ingredient lists may change..." (Sephora CA), "Ingredient lists and claims may
 * change" (Sephora API), "Ingredients subject to change" (YesStyle), "Natural ingredients can vary"
 * (issue 9's example of a glued disclaimer).
 */
const FOOTERS = [
  /clean at sephora/i,
  /please be aware that/i,
  /ingredient lists? (?:and claims )?(?:may|might|can) (?:change|vary)/i,
  /ingredients? (?:are )?subject to change/i,
  /natural ingredients can vary/i,
  /please refer to the (?:ingredient|product) (?:list|packag)/i,
  /\bformulated without\b/i,
  /\bthis product is (?:free|formulated)\b/i,
];

/** A key-ingredient blurb header at the start of a line or after a sentence: "-Retinol: ...". */
const BLURB_HEAD =
  /(?:^|\n|[.!*]\s*)\s*-\s*(?:[^:\n.,]{1,40},){0,3}[^:\n.,]{1,40}:|(?<=[a-z])-[A-Z][^:\n.,]{1,50}:/g;

/** List separators: commas, semicolons, bullets, middle dots (U+00B7, katakana U+30FB and half-width U+FF65). */
const SEPARATORS = /[,;•·●・･\n|]/g;

/** " - " between items (a Sephora CA list: "AQUA/WATER - COCO-CAPRYLATE/CAPRATE - GLYCERIN"). */
const DASH_SEPARATOR = /\s+[-–]\s+/g;

function commaCount(s: string): number {
  return (s.match(SEPARATORS) ?? []).length + (s.match(DASH_SEPARATOR) ?? []).length;
}

/**
 * Cuts footers, then key-ingredient blurbs ("-Snap 8 Peptide: Helps relax..."), which both Sephora sets put
 * in front of the list, sometimes with no separator before "Water/Aqua/Eau": nothing in a blurb counts.
 */
export function inciRegion(raw: string): string {
  let text = cleanRaw(raw)
    .replace(/\[more\]/gi, ', ')
    .replace(/<[A-Z]{2,}\d+>/g, '');
  let cut = text.length;
  for (const re of FOOTERS) {
    const m = re.exec(text);
    if (m && m.index < cut) cut = m.index;
  }
  text = text.slice(0, cut);

  let lastBlurb = -1;
  let lastEnd = -1;
  // Sephora's blurbs open the field ("-Retinol: ..."); a dash later in a list is a name ("Multi-Day Lash Bond:").
  const blurbs = /^\s*-\s*[^\s-]/.test(text) ? [...text.matchAll(BLURB_HEAD)] : [];
  for (const m of blurbs) {
    lastBlurb = m.index;
    lastEnd = m.index + m[0].length;
  }
  if (lastBlurb >= 0) {
    // The last blurb's description runs to the first sentence end after which a comma-dense list follows.
    const rest = text.slice(lastEnd);
    // A sentence end, a line end, or a blurb glued to the list with no separator ("...and softenGlycerin").
    const ends = [...rest.matchAll(/[.!](?=\s*[A-Z0-9(*-])|\n|(?<=[a-z])(?=[A-Z])/g)];
    let listStart = -1;
    let shortList = -1;
    for (const e of ends) {
      const at = e.index + e[0].length;
      const after = rest.slice(at);
      if (after.trim().length === 0) continue;
      const short = (after.split(SEPARATORS)[0] ?? '').trim().split(/\s+/).length <= 8;
      if (short && commaCount(after) >= 3) {
        listStart = lastEnd + at;
        break;
      }
      // A list of one or two items ("...shields skin.Hydrocolloid, Salicylic Acid."): the last short tail.
      if (short && !isProse(after)) shortList = lastEnd + at;
    }
    if (listStart < 0) listStart = shortList;
    text = listStart >= 0 ? text.slice(listStart) : '';
  }
  return text;
}

const HEADER =
  /^(?:(?:full |other |inactive |active |key )?ingredients?(?: list)?|inci|composition|inhaltsstoffe|ingr[ée]dients?)\s*[:-]\s*/i;
const MAY_CONTAIN = /\bmay contain\b|\bpeut contenir\b|\[?\(?\+\s*\/\s*[-−]\)?\]?/i;
const MAY_CONTAIN_EDGE = new RegExp(
  `^\\s*(?:${MAY_CONTAIN.source})\\s*|\\s*(?:${MAY_CONTAIN.source})\\s*$`,
  'gi',
);

export function normItem(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Openers that have a closer on the same line. An unclosed one ("Stellaria Media (Chickweed( Extract, ...")
 * is a typo, not a sub-list, and must not swallow the rest of the list.
 */
function matchedOpeners(text: string): Set<number> {
  const matched = new Set<number>();
  let stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') stack.push(i);
    else if ((c === ')' || c === ']') && stack.length > 0) matched.add(stack.pop()!);
    else if (c === '\n' || c === '|') stack = [];
  }
  return matched;
}

/** Top-level split (not inside parentheses or brackets) on list separators. */
function splitTop(text: string): string[] {
  const out: string[] = [];
  const matched = matchedOpeners(text);
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === '(' || c === '[') && matched.has(i)) depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    const digitComma = c === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    const sep = '\n|•·●・･'.includes(c) || ((c === ',' || c === ';') && depth === 0);
    if (sep && !digitComma) {
      out.push(cur);
      cur = '';
      // A newline or bar also closes any open parenthesis: it starts a new line of the list.
      if (c === '\n' || c === '|') depth = 0;
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** A Kaggle / LookFantastic Python-list string: "['Water, Glycerin', 'Kit part:']" -> its elements. */
function unPython(text: string): string {
  const t = text.trim();
  if (!/^\[\s*['"]/.test(t)) return text;
  return t
    .replace(/^\[\s*['"]/, '')
    .replace(/['"]\s*\]$/, '')
    .replace(/['"]\s*,\s*['"]/g, '\n');
}

/**
 * Items of the INCI region, with positions per sub-list. A sub-list starts after a "Label:" header (shade,
 * kit part) or a "may contain" tail does not start one but marks what follows.
 */
export function items(raw: string): LabelItem[] {
  const region = unPython(inciRegion(raw)).replace(DASH_SEPARATOR, ', ');
  const pieces = splitTop(region);
  const lists: { raw: string; mayContain: boolean; legend: boolean }[][] = [[]];
  const labels: (string | undefined)[] = [undefined];
  let may = false;
  for (const whole of pieces) {
    for (let p of splitSentences(whole)) {
      p = p.trim();
      if (p.length === 0) continue;
      // "*Certified organic", "**Natural fragrance": a footnote legend, not an item of the list.
      const legend = /^[*†‡]/.test(p);
      // "Shade A: Water" or "Ingredients: Water": the header opens a new sub-list.
      const head = /^([^:()]{1,60}):\s*(.*)$/s.exec(p);
      if (head && !/^\d/.test(head[2] ?? '')) {
        const label = head[1]!;
        if (MAY_CONTAIN.test(label)) {
          may = true;
          p = head[2]!;
        } else {
          if (!HEADER.test(`${label}:`) || lists[lists.length - 1]!.length > 0) {
            lists.push([]);
            labels.push(HEADER.test(`${label}:`) ? undefined : label.trim());
          }
          may = false;
          p = head[2]!;
        }
      } else if (MAY_CONTAIN.test(p) && p.replace(MAY_CONTAIN, '').trim().length < 3) {
        may = true;
        continue;
      }
      // Markers are cut only at the ends, so that an item stays a verbatim quote of the text (its evidence).
      p = p.replace(MAY_CONTAIN_EDGE, '').replace(HEADER, '');
      p = p
        .replace(/^[\s.*\-–—:]+/, '')
        .replace(/[\s.*:]+$/, '')
        .trim();
      if (p.length === 0) continue;
      lists[lists.length - 1]!.push({ raw: p, mayContain: may, legend });
    }
  }
  const out: LabelItem[] = [];
  lists.forEach((l, li) => {
    const label = labels[li];
    l.forEach((it, k) =>
      out.push({
        raw: it.raw,
        norm: normItem(it.raw),
        position: k + 1,
        of: l.length,
        mayContain: it.mayContain,
        prose: isProse(it.raw),
        legend: it.legend,
        ...(label && { label }),
      }),
    );
  });
  return out;
}
