/**
 * Text clean-up before the list is split: python-list strings unwrapped, markup and shop codes removed,
 * HTML entities decoded.
 */

import { normalizeName } from '../normalize';
import { getVocab, isKnownName } from '../vocab';
import { isDigitCode, NAME_SEPARATORS } from './chars';

const PY_LIST_GAP = ' ,;•·\t\n';

/**
 * Kaggle "['Water, Glycerin', 'Squalane']" (docs/sources.md#dataset-sephora-kaggle-subsets) and LookFantastic
 * "['water', 'glycerin']" (docs/sources.md#dataset-lookfantastic-kaggle) strings.
 */
export function unwrapPythonList(text: string): string {
  const t = text.trim();
  if (t.length < 4 || t[0] !== '[' || (t[1] !== "'" && t[1] !== '"') || t[t.length - 1] !== ']') return text;
  const parts: string[] = [];
  let i = 1;
  while (i < t.length) {
    // between elements: ", " normally; any separator once the text was re-punctuated (" • ", "; ")
    while (i < t.length && PY_LIST_GAP.includes(t[i]!)) i++;
    const q = t[i];
    if (q !== "'" && q !== '"') {
      // Unquoted text between elements (a header glued after a closing quote: "['Active: X' 1%Inactive:
      // 'Water', ...]"): kept as a part of its own up to the next quote, never the whole string lost.
      let j = i;
      while (j < t.length - 1 && t[j] !== "'" && t[j] !== '"') j++;
      if (j === i) break;
      parts.push(t.slice(i, j).trim());
      i = j;
      continue;
    }
    // the closing quote by indexOf and one slice: a character-by-character copy of 2,829 corpus lists was
    // 240 ms, more than the floor's whole split (node --cpu-prof, issue 9 item 7)
    let j = t.indexOf(q, i + 1);
    if (j < 0) j = t.length;
    const bs = t.indexOf('\\', i + 1);
    if (bs < 0 || bs >= j) {
      parts.push(t.slice(i + 1, j));
      i = j + 1;
      continue;
    }
    // a backslash escape inside the element (rare): unescape as Python wrote it
    j = i + 1;
    let buf = '';
    while (j < t.length) {
      const c = t[j]!;
      if (c === '\\' && j + 1 < t.length) {
        buf += t[j + 1];
        j += 2;
        continue;
      }
      if (c === q) break;
      buf += c;
      j++;
    }
    parts.push(buf);
    i = j + 1;
  }
  if (parts.length === 0) return text;
  // Each element is an item (LookFantastic) or a comma list (Kaggle): both split fine on ", ".
  return parts.join(', ');
}

/**
 * Named entities that survive in scraped text and JSON feeds (sephora_ca_2023: "&mdash;", "&rsquo;",
 * "&#233;"; German shops write "&shy;" inside long names), lower-cased: title-cased feeds write "&Mdash;".
 */
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  shy: '\u00ad',
  mdash: '\u2014',
  ndash: '\u2013',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  bull: '\u2022',
  middot: '\u00b7',
  hellip: '\u2026',
};

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;

/**
 * HTML entities, named (the few above) and numeric ("&#44;", "&#x2022;"), as the characters they stand for;
 * an unknown name or a code point that is no character stays as written. The caller runs normalizeChars()
 * again when a character outside ASCII came out (a "&#160;" or a "&shy;" is then a space or nothing).
 */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    // no NUL, other C0 controls (a tab or a line end is fine), surrogates or values past Unicode
    const ok =
      (code >= 32 || code === 9 || code === 10) && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return ok ? String.fromCodePoint(code) : whole;
  });
}

/**
 * A tag, and in group 1 the name of one that ends a line as a browser draws it (a "<br>" or "<li>" list in a
 * JSON feed: sephora_ca_2023 puts "<br>" between shades and blurbs, 35 corpus texts): those are line ends,
 * every other tag (inline, or a shop code such as <ILN42254>) a space.
 */
const MARKUP = /<\/?(?:(br|p|li|ul|ol|div|tr|td|th|dd|dt|h[1-6]|table|tbody|section)\b)?[^<>]{0,300}>/gi;

/**
 * A page's expand toggle read with the text's end ("..., Phenoxyethanol, Fragrance See more", "› See more
 * product details", "Show less"): only at the very end, where no list goes on (inside the text "read more"
 * may be a sentence of the prose before the list). It glued itself to the last name, an irritant as often as
 * not ("Fragrance See more" matched nothing).
 */
const TRAILING_TOGGLE =
  /[\s›>»…]*\b(?:see|show|view|read)\s+(?:more|less|all)(?:\s+product\s+details)?[\s.…›>»]*$/i;

/**
 * Remove markup-like chunks: tags, shop codes such as <ILN42254>, the INCIDecoder "[more]" toggle
 * (docs/sources.md#text-shop-codes-and-toggles) and a trailing "See more". Zero-width characters are gone
 * before this runs: they are default-ignorable, so normalizeChars() drops them.
 */
export function stripMarkup(s: string): string {
  let out = s;
  if (out.indexOf('<') >= 0) out = out.replace(MARKUP, (tag, name?: string) => (name ? '\n' : ' '));
  if (out.indexOf('[') >= 0) out = out.replace(/\[more\]/gi, ' ');
  // asked of the text's last characters only (a pattern anchored at the end is tried at every position)
  if (TRAILING_TOGGLE.test(out.slice(-48))) out = out.replace(TRAILING_TOGGLE, '');
  return out;
}

/**
 * What normalizeChars() changes, in one class (one scan of the text; most texts hold none of these):
 * invisible characters (every Unicode default-ignorable code point: soft hyphen, zero-width joiners, word
 * joiner, LRM/RLM, U+180E, variation selectors, BOM), spaces that are not U+0020 (no-break, narrow no-break,
 * figure, ideographic), full-width, ideographic and small commas, the full-width semicolon and parentheses,
 * and other middle dots (Japanese labels use ･ and ・).
 */
const ODD_CHARS =
  /[\p{Default_Ignorable_Code_Point}\u00a0\u2007\u202f\u3000\uff0c\u3001\ufe50\uff64\uff1b\u30fb\uff65\u2027\u2219\u22c5\uff08\uff09]/gu;
const CHAR_MAP: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u3000': ' ',
  '\uff0c': ',',
  '\u3001': ',',
  '\ufe50': ',',
  '\uff64': ',',
  '\uff1b': ';',
  '\uff08': '(',
  '\uff09': ')',
  '\u30fb': '·',
  '\uff65': '·',
  '\u2027': '·',
  '\u2219': '·',
  '\u22c5': '·',
};

/**
 * Characters that hide or disguise a separator, before anything else reads the text: German shops hyphenate
 * long names with &shy; ("Sali\u00adcylic Acid"), pasted text carries LRM/RLM and word joiners, Japanese lists
 * separate items with ･ or 、. Every Unicode default-ignorable code point is dropped (never visible, so never
 * part of a name); odd spaces become spaces; full-width separators their ASCII selves, middle dots "·".
 * Idempotent: nothing it writes is a character it changes.
 */
export function normalizeChars(s: string): string {
  // eslint-disable-next-line no-control-regex -- the fast path: plain ASCII needs nothing
  if (!/[^\u0000-\u007f]/.test(s)) return s;
  return s.replace(ODD_CHARS, (c) => CHAR_MAP[c] ?? '');
}

/** The drug-facts section headers the parser reads: "Active", "Inactive ingredients", "Other ingredients". */
export const SECTION_HEADER = String.raw`(?:in)?active(?:\s+ingredients?)?|other\s+ingredients?`;
/** The Drug Facts panel's own headings of its two ingredient sections: "Active ingredient(s)", "Inactive ...". */
const ACTIVE_HEADING = String.raw`(?:in)?active\s+ingredients?`;

/**
 * A section header glued to the item before it, in any case: "Adapalene 0.1%Inactive ingredients: Carbomer",
 * "Sulfur 3%INACTIVE: Aqua", "...Glycerin.Other Ingredients: ...". A newline goes in front so the header
 * starts its own piece. Every header ends in a colon, so only the text just before each colon is read
 * (HEADER_BEFORE_COLON, anchored at its end): a case-insensitive scan of the whole text, and before it a
 * lookbehind tried at every position, cost more than the rest of this function (node --cpu-prof, issue 9
 * item 7).
 */
const HEADER_BEFORE_COLON = new RegExp(`(?:${SECTION_HEADER})\\s*:$`, 'i');
/** How far before its colon a header can start: "inactive ingredients" and the spaces around it. */
const HEADER_WINDOW = 64;
/** Before a glued "Active"/"Inactive" header: anything but a separator or space. */
const NOT_GLUED = new Set([' ', '\t', ',', ';', '•', '·', '\n']);
/** Before a glued "Other ingredients:" header: a percent sign, digit, ")", letter or period. */
const GLUED_BEFORE_OTHER = /[%\d)a-z.]/i;
/** A header starts here: no strength split in front of it. */
const HEADER_AHEAD = new RegExp(`^(?:${SECTION_HEADER})`, 'i');

/**
 * A strength glued to the next name: "Benzoyl Peroxide 2.50%Water, Cyclopentasiloxane" (drug-facts panels of
 * kits, sephora_cosmetics.csv). A percentage always ends its item, so a comma goes after it: after "%" (or
 * "% ") that follows a digit, before two ASCII letters that do not start an "active", "inactive" or
 * "other ingredient" header.
 */
const DIGIT_BEFORE_PERCENT = /\d\s?%$/;

/**
 * The same with a space: a name, its strength, then the next name capitalised, as US drug-facts panels list
 * sunscreen filters ("Homosalate 10% Octisalate 5% Avobenzone 3%"). Only after a name's own strength (a
 * letter or ")" just before the number), so "15% L-Ascorbic Acid" keeps its strength, and only before a
 * capital letter that starts no header. Not inside parentheses ("(10% Withanolides and 32%
 * Oligosaccharides)") and not in a label, whose colon comes before the next separator ("Ultra Pure Serum
 * 9.8% Glycolic Acid: Aqua, ...").
 */
const NAME_STRENGTH_BEFORE = /[a-z)] ?\d{1,3}(?:[.,]\d{1,4})?\s?%$/i;
/** The longest text NAME_STRENGTH_BEFORE reads: letter, space, 3 digits, 5 decimals, space, "%". */
const STRENGTH_WINDOW = 12;

/** A colon before any separator or sentence end: the text ahead is a label ("Glycolic Acid: Aqua, ..."). */
const LABEL_AHEAD = /^(?:[^,;\n•·:.]|\.(?!\s))*:/;

/**
 * A label's colon ahead (LABEL_AHEAD), not a section header's: "Benzoyl Peroxide 5% Purpose Acne treatment
 * Inactive ingredients: Water" is a drug-facts panel run together, its "Purpose" column after the strength.
 */
function labelAhead(ahead: string): boolean {
  const m = LABEL_AHEAD.exec(ahead);
  return m !== null && !HEADER_BEFORE_COLON.test(m[0].slice(-HEADER_WINDOW));
}

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 97 && l <= 122;
}

/**
 * Insert ", " after each glued strength (DIGIT_BEFORE_PERCENT above). Each "%" is found by indexOf (2,922 of
 * 16,267 corpus lists hold one, a few each) and only its neighbours are read: the lookbehind pattern this
 * replaces was tried at every position of the text.
 */
function splitGluedStrengths(s: string): string {
  let out = '';
  let from = 0;
  for (let p = s.indexOf('%'); p >= 0; p = s.indexOf('%', p + 1)) {
    const after = p + 1;
    if (
      isAsciiLetter(s.charCodeAt(after)) &&
      isAsciiLetter(s.charCodeAt(after + 1)) &&
      DIGIT_BEFORE_PERCENT.test(s.slice(Math.max(0, p - 2), after)) &&
      !HEADER_AHEAD.test(s.slice(after, after + 24))
    ) {
      out += `${s.slice(from, after)}, `;
      from = after;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Replace the spaces after a name's strength with ", " before a capitalised name (NAME_STRENGTH_BEFORE
 * above); the parentheses are counted once, left to right, as the percent signs come (asking lastIndexOf at
 * each one was quadratic: 1.5 s for 100 kB of "Aa 1% Bb ").
 */
function splitSpacedStrengths(s: string): string {
  let out = '';
  let from = 0;
  let pos = 0;
  let lastOpen = -1;
  let lastClose = -1;
  for (let p = s.indexOf('%'); p >= 0; p = s.indexOf('%', p + 1)) {
    const after = p + 1;
    let q = after;
    while (s.charCodeAt(q) === 32 || s.charCodeAt(q) === 9) q++;
    const next = s.charCodeAt(q);
    if (q === after || next < 65 || next > 90) continue;
    if (!NAME_STRENGTH_BEFORE.test(s.slice(Math.max(0, p - STRENGTH_WINDOW), after))) continue;
    if (HEADER_AHEAD.test(s.slice(q, q + 24))) continue;
    for (; pos < after; pos++) {
      const c = s.charCodeAt(pos);
      if (c === 40) lastOpen = pos;
      else if (c === 41) lastClose = pos;
    }
    if (lastOpen > lastClose || labelAhead(s.slice(q, q + 120))) continue;
    out += `${s.slice(from, after)}, `;
    from = q;
  }
  return from === 0 ? s : out + s.slice(from);
}

export function unglueHeaders(s: string): string {
  const t = s.indexOf('%') >= 0 ? splitSpacedStrengths(splitGluedStrengths(s)) : s;
  let out = '';
  let from = 0;
  for (let c = t.indexOf(':'); c >= 0; c = t.indexOf(':', c + 1)) {
    const winStart = Math.max(0, c - HEADER_WINDOW);
    const m = HEADER_BEFORE_COLON.exec(t.slice(winStart, c + 1));
    if (m === null) continue;
    const at = winStart + m.index;
    if (at === 0) continue;
    const before = t[at - 1]!;
    const glued =
      (m[0].charCodeAt(0) | 0x20) === 111 ? GLUED_BEFORE_OTHER.test(before) : !NOT_GLUED.has(before);
    if (!glued) continue;
    out += `${t.slice(from, at)}\n`;
    from = at;
  }
  return from === 0 ? t : out + t.slice(from);
}

/**
 * "1. " or "2) " at the text's start or after a space or separator, before a name: a list number. A name may
 * start with digits and a dash ("10) 1,2-Hexanediol", "4-Terpineol"): without them the count stopped there
 * and every later number stayed in its name.
 */
const LIST_NUMBER = /(^|[\s,;])(\d{1,3})[.)]\s+(?=[A-Za-z]|\d[\d,]*-)/g;

/**
 * A numbered list written on one line ("1. Water 2. Glycerin 3. Retinol"): the numbers are separators
 * (docs/sources.md#text-numbered-and-dashed-lists). Only numbers that count 1, 2, 3 ... in order, at least
 * three of them, so "Polysorbate 20. Red 40" and a "1.5%" stay as they are.
 */
export function unnumberList(s: string): string {
  // cheap exits first (this runs on every text): a "1." or "1)" and a "2." or "2)" with a space after
  if ((s.indexOf('1. ') < 0 && s.indexOf('1) ') < 0) || (s.indexOf('2. ') < 0 && s.indexOf('2) ') < 0))
    return s;
  const found: { at: number; end: number }[] = [];
  let expect = 1;
  for (const m of s.matchAll(LIST_NUMBER)) {
    const k = Number(m[2]);
    if (k === expect) {
      found.push({ at: m.index, end: m.index + m[0].length });
      expect++;
    } else if (k === 1) {
      found.length = 0;
      found.push({ at: m.index, end: m.index + m[0].length });
      expect = 2;
    }
  }
  if (found.length < 3) return s;
  let out = '';
  let last = 0;
  for (const f of found) {
    out += `${s.slice(last, f.at)}\n`;
    last = f.end;
  }
  return out + s.slice(last);
}

/** A spaced dash or plus between names: " – ", " — ", " - ", " + ". */
const SPACED_DASH = / [–—+-] /g;

/**
 * Names separated by spaced dashes or pluses ("Water – Glycerin – Retinol – Parfum"): separators when the
 * text has at least three of them and no commas or semicolons of its own, or four times as many dashes as
 * those (blurbs in front of a dash list), so a strength ("Zinc Oxide - 10%") or a blurb's dash inside a
 * comma list is never cut.
 */
export function dashSeparators(s: string): string {
  if (s.indexOf(' - ') < 0 && s.indexOf(' – ') < 0 && s.indexOf(' — ') < 0 && s.indexOf(' + ') < 0) return s;
  const n = s.match(SPACED_DASH)?.length ?? 0;
  if (n < 3) return s;
  // commas and semicolons of the text's own: none, or far fewer than the dashes (a blurb's commas in front
  // of a dash-separated list: "-Niacinamide: evens tone, smooths. Aqua - Glycerin - ...")
  const commas = separatorCount(s);
  if (commas > 0 && n < 4 * commas) return s;
  // in a text written so, a dash spaced on one side between words is one too ("1,2-HEXANEDIOL- OCTYLDODECANOL",
  // "GLYCERYL STEARATE -ISONIACINAMIDE": Boots)
  return s.replace(SPACED_DASH, ', ').replace(HALF_SPACED_DASH, '$1, ');
}

/**
 * Names separated by slashes ("Water/Glycerin/Retinol/Parfum", "Aqua / Glycerin / ..."): a list pasted or
 * exported with the slash as its one separator. None of the corpus's 16,267 texts is written so, but the
 * paste box takes any text, and read as written such a list was one item: every irritant but the one the
 * cover matcher found was a silent miss (the independent set rewritten so: recall 0.867). Separators only
 * when the text has at least four slashes at the top level (not inside a bracket: "Citrus Aurantium Dulcis
 * (Orange/Naranja) Peel Oil") and four times as many as the other separators from the first slash on
 * (commas, semicolons, line ends, bullets, pipes, full stops): in a comma or line list a slash joins a name's
 * synonyms ("Aqua/Water/Eau") or a copolymer's monomers ("Acrylates/C10-30 Alkyl Acrylate Crosspolymer") and
 * stays. Never a slash between digits ("1/2"), in a URL or of "and/or".
 */
export function slashSeparators(s: string): string {
  let slashes = 0;
  for (let i = s.indexOf('/'); i >= 0; i = s.indexOf('/', i + 1)) slashes++;
  // every slash counted first (a cheap no for the comma lists that hold "Aqua/Water/Eau"), then the top-level ones
  if (slashes < MIN_SLASHES) return s;
  // the other separators from the first slash on (blurbs in front of the list hold their own), counted only
  // until they are too many (a comma list says so within a few names)
  const others = otherSeparators(s, s.indexOf('/'), slashes / 4);
  if (slashes < 4 * others) return s;
  const at = topLevelSlashes(s);
  if (at.length < MIN_SLASHES || at.length < 4 * others) return s;
  // names run together with no separator at all ("Aqua/Water/EauGlycerinRetinol...": a page's elements read
  // with textContent): the slashes there are the names' own, and the run-together reader splits the rest
  if (runTogetherCount(s, at.length) >= at.length) return s;
  // Spaced slashes between names ("Water / Glycerin / Acrylates/C10-30 Alkyl Acrylate Crosspolymer"): a
  // slash written tight is then inside a name (synonyms, a copolymer's monomers) and stays.
  const spaced = at.filter((i) => s.charCodeAt(i - 1) === 32 || s.charCodeAt(i + 1) === 32);
  const cuts = spaced.length * 2 >= at.length ? spaced : at;
  const parts: string[] = [];
  let last = 0;
  for (const i of cuts) {
    parts.push(s.slice(last, i).trim());
    last = i + 1;
  }
  parts.push(s.slice(last).trim());
  // names between the slashes, not a run of words with a slash here and there (a shade list that lost its
  // separators: "Synthetic Fluorphlogopite Neopentyl Glycol Dicaprylate/Dicaprate Dimethicone ...")
  let long = 0;
  for (const p of parts) if (p.split(' ').length > MAX_SLASH_PART_WORDS) long++;
  if (long * 4 > parts.length) return s;
  if (cuts !== at) return parts.join(', ');
  // Every slash tight ("Water/Glycerin/Caprylic/Capric Triglyceride/..."): a name that holds a slash of its
  // own is known by the vocabulary ("Caprylic/Capric Triglyceride", "Lactic Acid/Glycolic Acid Copolymer":
  // read apart, a lactic acid the product does not hold), three parts tried before two; a copolymer the
  // vocabulary lacks joins its two parts unless the first is an irritant's name (a lost "Alcohol" would be a
  // silent miss, a monomer read apart only a name too many).
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    let name = parts[k]!;
    for (let more = 2; more >= 1; more--) {
      if (k + more >= parts.length) continue;
      const joined = parts.slice(k, k + more + 1).join('/');
      const n = normalizeName(joined);
      if (isKnownName(n) || (more === 1 && POLYMER.test(n) && !isIrritantName(normalizeName(name)))) {
        name = joined;
        k += more;
        break;
      }
    }
    out.push(name);
  }
  return out.join(', ');
}

/** Top-level slashes in a slash list, at least: five names (a synonym set holds two or three). */
const MIN_SLASHES = 4;

/** Words in one name of a slash list, at most (INCI names run to five or six: "Bis-PEG-18 Methyl Ether Dimethyl Silane"). */
const MAX_SLASH_PART_WORDS = 7;

/** A normalized name that is an irritant rule's, as written. */
function isIrritantName(n: string): boolean {
  return getVocab().exact.get(n)?.rule !== undefined;
}

/** Lower-case letters followed by a capital ("EauGlycerin"), counted up to `most`. */
function runTogetherCount(s: string, most: number): number {
  let k = 0;
  for (let i = 1; i < s.length && k < most; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      const b = s.charCodeAt(i - 1);
      if (b >= 97 && b <= 122) k++;
    }
  }
  return k;
}

/** A normalized polymer's name ("... copolymer", "... crosspolymer"). */
const POLYMER = /(?:^|\s)(?:co|cross)?polymer$/;

/** The slashes outside brackets that may separate names (see slashSeparators). */
function topLevelSlashes(s: string): number[] {
  const out: number[] = [];
  let depth = 0;
  // inside a URL ("https://shop.example/a/b"): from its "://" to the next white space
  let url = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40 || c === 91)
      depth++; // ( [
    else if ((c === 41 || c === 93) && depth > 0)
      depth--; // ) ]
    else if (c === 58 && s.startsWith('//', i + 1)) url = true;
    else if (c <= 32) url = false;
    else if (c === 47 && depth === 0 && !url) {
      const before = s.charCodeAt(i - 1);
      const after = s.charCodeAt(i + 1);
      if (isDigitCode(before) && isDigitCode(after)) continue;
      if (/\band$/i.test(s.slice(Math.max(0, i - 4), i)) && /^or\b/i.test(s.slice(i + 1, i + 4))) continue;
      out.push(i);
    }
  }
  return out;
}

/**
 * The separators a slash list lacks from `from` on, counted up to the first past `most`: commas (not between
 * digits) and semicolons, every other character that ends a name (NAME_SEPARATORS: line ends, tabs, pipes,
 * bullets, middle dots) and a full stop before a space (a list written "AQUA/WATER/EAU. GLYCERIN. ...").
 */
function otherSeparators(s: string, from: number, most: number): number {
  let k = 0;
  for (let i = from; i < s.length && k <= most; i++) {
    const c = s.charCodeAt(i);
    if (c === 44) {
      if (!(isDigitCode(s.charCodeAt(i - 1)) && isDigitCode(s.charCodeAt(i + 1)))) k++;
    } else if (c === 46) {
      if (s.charCodeAt(i + 1) === 32) k++;
    } else if (c < 128 ? ASCII_SEPARATOR[c] === 1 : OTHER_SEPARATORS.has(c)) k++;
  }
  return k;
}

/** NAME_SEPARATORS by code: a table for ASCII, a set for the bullets and middle dots. */
const ASCII_SEPARATOR = new Uint8Array(128);
const OTHER_SEPARATORS = new Set<number>();
for (const ch of NAME_SEPARATORS) {
  const c = ch.charCodeAt(0);
  if (c < 128) ASCII_SEPARATOR[c] = 1;
  else OTHER_SEPARATORS.add(c);
}

/** A dash with a space on one side only, between a word (or a bracket) and a word. */
const HALF_SPACED_DASH = /([A-Za-z)])(?:- | -)(?=[A-Za-z])/g;

/** Commas (not between digits: "1,2-Hexanediol") and semicolons. */
function separatorCount(s: string): number {
  let k = 0;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1))
    if (!(isDigitCode(s.charCodeAt(i - 1)) && isDigitCode(s.charCodeAt(i + 1)))) k++;
  for (let i = s.indexOf(';'); i >= 0; i = s.indexOf(';', i + 1)) k++;
  return k;
}

/**
 * The sections of a US "Drug Facts" panel (docs/sources.md#text-drug-facts-panel; 21 CFR 201.66: Active
 * ingredient(s), Purpose, Use(s), Warnings, Directions, Other information, Inactive ingredients, Questions)
 * that hold no ingredient. Written on one line they ran into the names: "Active Ingredient: Salicylic Acid
 * 2% Purpose: Acne Treatment Inactive Ingredients: Water, ..." read "Salicylic Acid 2% Purpose" as a shade
 * label and lost the active.
 */
const DRUG_FACTS_PANEL = new RegExp(String.raw`\b${ACTIVE_HEADING}\b`, 'i');
/**
 * A Drug Facts heading: after a start, line end or sentence end, or as the panel writes it with a colon or
 * a question mark; "use" only so ("For external use only" is a warning's text, not a heading).
 */
const DRUG_FACTS_HEADING = new RegExp(
  String.raw`(^|\n|[.:%)]\s*|\s)(${ACTIVE_HEADING}(?:\s*\([^)]*\))?|other\s+ingredients|purposes?|uses?|warnings?|directions|other\s+information|questions(?:\s+or\s+comments)?)(\s*[:?]|\s*\n|(?=\s*$))`,
  'gi',
);
/** The headings whose section holds ingredients. */
const INGREDIENT_HEADING = new RegExp(String.raw`^(?:${ACTIVE_HEADING}|other\s+ingredients)`, 'i');
/** "Active ingredient" right before a heading: the printed table's column headings ("Active ingredient Purpose"). */
const COLUMN_HEADINGS = new RegExp(String.raw`${ACTIVE_HEADING}\s*$`, 'i');
/** A purpose column after dot leaders ("Salicylic Acid 2% ......... Acne treatment"), to the line's end. */
const DOT_LEADER = /\s*\.{4,}[^\n]*/g;

/** The non-ingredient headings' letters, in the two cases labels write them: a cheap test before the scan. */
const PANEL_HINTS = [
  'urpose',
  'URPOSE',
  'arning',
  'ARNING',
  'irection',
  'IRECTION',
  'ses:',
  'SES:',
  'nformation',
  'NFORMATION',
];

export function dropDrugFactsSections(s: string): string {
  // cheapest test first, this runs on every text (over the corpus: 17 ms a pass in this order, 68 ms with
  // the headings' letters first): "ctive" of "(In)Active", then the panel's heading, then another heading
  if (s.indexOf('ctive') < 0 && s.indexOf('CTIVE') < 0) return s;
  if (!DRUG_FACTS_PANEL.test(s) || !PANEL_HINTS.some((h) => s.indexOf(h) >= 0)) return s;
  const heads: { at: number; end: number; ingredients: boolean }[] = [];
  for (const m of s.matchAll(DRUG_FACTS_HEADING)) {
    const at = m.index + m[1]!.length;
    heads.push({
      at,
      end: m.index + m[0].length,
      ingredients: INGREDIENT_HEADING.test(m[2]!),
    });
  }
  // a panel: an ingredient heading and at least one other section
  if (!heads.some((h) => h.ingredients) || heads.every((h) => h.ingredients)) return s;
  let out = '';
  let last = 0;
  for (let k = 0; k < heads.length; k++) {
    const h = heads[k]!;
    if (h.ingredients) continue;
    // "Active ingredient Purpose" on one line: the table's column headings, not a section
    if (COLUMN_HEADINGS.test(s.slice(Math.max(0, h.at - 40), h.at))) {
      out += s.slice(last, h.at);
      last = h.end;
      continue;
    }
    const next = heads[k + 1]?.at ?? s.length;
    out += `${s.slice(last, h.at)}\n`;
    last = next;
  }
  out += s.slice(last);
  return out.replace(DOT_LEADER, '');
}
