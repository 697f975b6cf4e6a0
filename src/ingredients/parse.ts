/**
 * Ingredient text -> sub-lists of items.
 *
 * Real shop text is messy (see the data notes in ../shared/data/SOURCES.md, "Gotchas"): key-ingredient
 * blurbs glued in front, "Clean at Sephora" footers naming what is NOT inside, disclaimers, shade and
 * kit sections, "May contain" sections, bullets instead of commas, missing commas, python-list strings.
 *
 * Everything here is a linear scan or a bounded regex (no nested quantifiers), and the input is capped,
 * so any string returns quickly.
 */
import { MAX_NAME_LENGTH, normalizeName, tokensOf } from './normalize';
import type { Item, SubList } from './types';
import { isKnownName } from './vocab';

/** Longest text we read; real lists (with footers) stay under 10 kB. */
export const MAX_TEXT_LENGTH = 100_000;
/** Most items per product (all sub-lists together). */
export const MAX_ITEMS = 2_000;
/** Parentheses further apart than this are treated as stray characters. */
const MAX_PAREN_SPAN = 200;
/** Raw item text is cut to this length. */
const MAX_RAW_LENGTH = 400;

const HEADER_WORDS = new Set([
  'ingredients',
  'ingredient',
  'ingredient list',
  'ingredients list',
  'full ingredients',
  'full ingredients list',
  'full ingredient list',
  'inci',
  'inci list',
  'inci ingredients',
  'ingredients inci',
  'ingredientes',
  'ingredienti',
  'inhaltsstoffe',
  'zutaten',
  'composition',
  'formula',
  'active ingredients',
  'active ingredient',
  'inactive ingredients',
  'inactive ingredient',
  'other ingredients',
  'actives',
  'drug facts active ingredients',
]);

const MAY_CONTAIN_MARKERS = [
  'may contain',
  'peut contenir',
  'kann enthalten',
  'puede contener',
  'pode conter',
];

/** Phrases that start a trailing disclaimer or a "free from" footer: the list ends there. */
const FOOTER_MARKERS = [
  'clean at sephora',
  'please be aware that ingredient',
  'please be aware that the ingredient',
  'ingredient lists may change',
  'ingredients lists may change',
  'please refer to the ingredient list on',
  'please refer to the product packaging',
  'please refer to the packaging',
  'ingredients are subject to change',
  'ingredient list is subject to change',
  'formulated without',
  'this product is free of',
  'this product is free from',
  'free of parabens',
  'free from parabens',
];

/** Words before a period that do not end a sentence ("Alcohol Denat.", "No. 4", "Ext. D&C"). */
const ABBREVIATIONS = new Set([
  'no',
  'nr',
  'ext',
  'extr',
  'denat',
  'sd',
  'st',
  'vit',
  'fl',
  'oz',
  'eg',
  'ie',
  'ci',
  'dr',
  'mr',
  'var',
  'ssp',
  'subsp',
  'spp',
  'sp',
  'cv',
  'hydrolyzed',
  'fd',
  'usp',
  'vs',
  'approx',
  'incl',
]);

const FOOTNOTE_CHARS = '*†‡°¹²³⁴⁵^#~§¶';
const LEGEND_WORDS = [
  'organic',
  'certified',
  'natural',
  'derived',
  'ingredient',
  'from',
  'contains',
  'fair',
  'wild',
  'biologique',
  'origin',
  'agriculture',
  'sustainabl',
  'color additive',
];

interface Piece {
  text: string;
  /** The piece starts after a hard boundary (start, newline, |, sentence end, bracket). */
  hard: boolean;
  /** A "[" opened just before this piece. */
  openBracket: boolean;
  /** A "]" closed just after this piece. */
  closeBracket: boolean;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isLower(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() === c && c.toUpperCase() !== c;
}
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

/** Kaggle "['Water, Glycerin', 'Squalane']" and LookFantastic "['water', 'glycerin']" strings. */
function unwrapPythonList(text: string): string {
  const t = text.trim();
  if (t.length < 4 || t[0] !== '[' || (t[1] !== "'" && t[1] !== '"') || t[t.length - 1] !== ']') return text;
  const parts: string[] = [];
  let i = 1;
  while (i < t.length) {
    while (i < t.length && (t[i] === ' ' || t[i] === ',')) i++;
    const q = t[i];
    if (q !== "'" && q !== '"') break;
    let j = i + 1;
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

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Remove markup-like chunks: tags, shop codes such as <ILN42254>, the INCIDecoder "[more]" toggle. */
function stripMarkup(s: string): string {
  return s
    .replace(/<[^<>]{0,300}>/g, ' ')
    .replace(/\[more\]/gi, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '');
}

/** Cut the text at the first footer / disclaimer marker. */
const FOOTER_HINT = /clean at|please|formulated without|free (?:of|from)|subject to change|lists may change/i;

function cutFooter(s: string): string {
  if (!FOOTER_HINT.test(s)) return s;
  const lower = s.toLowerCase();
  let cut = s.length;
  for (const m of FOOTER_MARKERS) {
    const at = lower.indexOf(m);
    if (at >= 0 && at < cut) cut = at;
  }
  if (cut === s.length) return s;
  // Walk back to the start of the footer's sentence ("Clean at Sephora products are ..." / "This product is").
  let start = cut;
  while (start > 0) {
    const c = s[start - 1]!;
    if (c === '.' || c === '\n' || c === '|' || c === '*' || c === '!') break;
    if (cut - start > 80) {
      start = cut;
      break;
    }
    start--;
  }
  return s.slice(0, start);
}

/** Does the text from `at` on look like the start of an INCI list (short comma-separated names)? */
function looksLikeList(s: string, at: number, caseless: boolean): boolean {
  const window = s.slice(at, at + 240);
  const parts = window.split(/[,•;]/);
  if (parts.length < 3) {
    // A one or two item list: accept when the first part is a known name.
    const first = normalizeName(parts[0] ?? '');
    return first.length > 0 && isKnownName(first);
  }
  let lowerWords = 0;
  let words = 0;
  for (let k = 0; k < 3; k++) {
    const p = parts[k]!.trim();
    const ws = p.split(/\s+/).filter((w) => w.length > 0);
    if (ws.length === 0 || ws.length > 6) return false;
    if (ws[0] === 'and' || ws[0] === 'or') return false;
    for (const w of ws) {
      words++;
      if (isLower(w[0]) && w.length > 3) lowerWords++;
    }
  }
  if (isKnownName(normalizeName(parts[0]!))) return true;
  // Descriptions are sentence case; INCI lists are Title Case or UPPER. Text in one case: structure only.
  if (caseless) return words / 3 <= 3;
  return lowerWords / Math.max(1, words) < 0.34;
}

/**
 * Drop key-ingredient blurbs glued in front of the list:
 * "-Retinol: boosts ... barrier.Water/Aqua/Eau, Glycerin, ..." -> "Water/Aqua/Eau, Glycerin, ...".
 */
function stripBlurbs(s: string): string {
  let pos = 0;
  const caseless = s.toLowerCase() === s || s.toUpperCase() === s;
  for (let guard = 0; guard < 50; guard++) {
    while (pos < s.length && (isSpace(s[pos]) || s[pos] === '\n')) pos++;
    const c = s[pos];
    if (c !== '-' && c !== '•' && c !== '–') return s.slice(pos);
    const colon = s.indexOf(':', pos);
    const comma = s.indexOf(',', pos);
    if (colon < 0 || colon - pos > 100 || (comma >= 0 && comma < colon)) return s.slice(pos);
    // Candidate ends: after ".", "!", "?" or a newline, within the next 1,000 characters.
    let found = -1;
    const limit = Math.min(s.length, colon + 1000);
    for (let i = colon + 1; i < limit; i++) {
      const ch = s[i];
      if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\n') continue;
      let j = i + 1;
      while (j < s.length && (isSpace(s[j]) || s[j] === '\n')) j++;
      if (j >= s.length) {
        return '';
      }
      const nx = s[j];
      if (nx === '-' || nx === '•' || nx === '–') {
        found = j;
        break;
      }
      if ((caseless || !isLower(nx)) && looksLikeList(s, j, caseless)) {
        return s.slice(j);
      }
    }
    if (found < 0) return s.slice(pos);
    pos = found;
  }
  return s.slice(pos);
}

/** For each "(" / ")" the index of its partner, or -1 when unmatched or too far apart. */
function matchParens(s: string): Int32Array {
  const partner = new Int32Array(s.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') stack.push(i);
    else if (c === ')' && stack.length > 0) {
      const open = stack.pop()!;
      if (i - open <= MAX_PAREN_SPAN) {
        partner[open] = i;
        partner[i] = open;
      }
    } else if (c === '\n') {
      stack.length = 0; // parentheses never span lines
    }
  }
  return partner;
}

function previousWord(s: string, i: number): string {
  let k = i - 1;
  let w = '';
  while (k >= 0 && w.length < 12) {
    const c = s[k]!;
    if (!/[A-Za-z]/.test(c)) break;
    w = c + w;
    k--;
  }
  return w.toLowerCase();
}

/** Split text into pieces at separators outside parentheses. */
function splitPieces(s: string): Piece[] {
  const partner = matchParens(s);
  const pieces: Piece[] = [];
  let depth = 0;
  let start = 0;
  let hard = true;
  let openBracket = false;
  const push = (end: number, nextHard: boolean, close = false) => {
    const text = s.slice(start, end);
    if (text.trim().length > 0 || close) pieces.push({ text, hard, openBracket, closeBracket: close });
    if (text.trim().length > 0) {
      hard = nextHard;
      openBracket = false;
    } else {
      hard = hard || nextHard;
    }
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' && partner[i]! >= 0) {
      depth++;
      continue;
    }
    if (c === ')' && partner[i]! >= 0) {
      if (depth > 0) depth--;
      continue;
    }
    if (depth > 0) continue;
    let sep = false;
    let isHard = false;
    let close = false;
    let open = false;
    switch (c) {
      case ',':
        sep = !(isDigit(s[i - 1]) && isDigit(s[i + 1]));
        break;
      case ';':
      case '•':
      case '·':
      case '●':
      case '▪':
      case '◆':
      case '♦':
      case '\t':
        sep = true;
        break;
      case '|':
      case '\n':
        sep = true;
        isHard = true;
        break;
      case '[':
        sep = true;
        isHard = true;
        open = true;
        break;
      case ']':
        sep = true;
        isHard = true;
        close = true;
        break;
      case '.': {
        const prev = s[i - 1];
        const next = s[i + 1];
        if (isDigit(prev) && isDigit(next)) break;
        if (next !== undefined && (isLower(next) || isDigit(next))) break;
        const w = previousWord(s, i);
        if (w.length === 1 || ABBREVIATIONS.has(w)) break;
        sep = true;
        isHard = true;
        break;
      }
      default:
        break;
    }
    if (sep) {
      push(i, isHard, close);
      start = i + 1;
      if (open) openBracket = true;
    }
  }
  push(s.length, true);
  return pieces;
}

/** Top-level colon (outside parentheses), or -1. */
function labelColon(s: string): number {
  let depth = 0;
  const limit = Math.min(s.length, 120);
  for (let i = 0; i < limit; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ':' && depth === 0) {
      // "Ratio 1:1" style digits on both sides is not a label
      if (isDigit(s[i - 1]) && isDigit(s[i + 1])) continue;
      return i;
    }
  }
  return -1;
}

function isMayContainMarker(lower: string): boolean {
  if (lower.includes('+/-') || lower.includes('+/–') || lower.includes('±')) return true;
  for (const m of MAY_CONTAIN_MARKERS) if (lower.includes(m)) return true;
  return false;
}

/** Strip a leading "May contain/Peut contenir (+/-)" marker without a colon; returns null if none. */
function stripMayContainPrefix(s: string): string | null {
  const c0 = s[0];
  if (c0 !== '+' && c0 !== '±' && c0 !== '(' && c0 !== '[' && c0 !== ' ' && !/[mpkMPK]/.test(c0 ?? ''))
    return null;
  const t = s.replace(/^[\s[(]+/, '');
  const lower = t.toLowerCase();
  for (const m of ['+/-', '+/–', '±', ...MAY_CONTAIN_MARKERS]) {
    if (lower.startsWith(m)) {
      let rest = t.slice(m.length);
      // more markers ("/Peut Contenir (+/-)")
      for (let k = 0; k < 4; k++) {
        const r = rest.replace(/^[\s/)(\]:]+/, '');
        const rl = r.toLowerCase();
        const more = ['+/-', '+/–', '±', ...MAY_CONTAIN_MARKERS].find((x) => rl.startsWith(x));
        if (!more) {
          rest = r;
          break;
        }
        rest = r.slice(more.length);
      }
      return rest;
    }
  }
  return null;
}

function cleanLabel(s: string): string {
  return s
    .replace(/[™®©]/g, '')
    .replace(/^[\s\-–•*.]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A label is short, not prose and not an ingredient name. */
function isLabel(prefix: string): boolean {
  const t = cleanLabel(prefix);
  if (t.length === 0 || t.length > 90) return false;
  const words = t.split(' ');
  if (words.length > 12) return false;
  const n = normalizeName(t);
  if (n.length === 0) return false;
  return !isKnownName(n);
}

function isFootnoteChar(c: string | undefined): boolean {
  return c !== undefined && FOOTNOTE_CHARS.includes(c);
}

/** "*Certified Organic Ingredient", "**made from organic ..." : a legend, not an ingredient. */
function isLegend(text: string): boolean {
  const t = text.trim();
  if (!isFootnoteChar(t[0])) return false;
  const rest = t.replace(/^[*†‡°¹²³⁴⁵^#~§¶\s]+/, '').toLowerCase();
  if (rest.length === 0) return true;
  if (rest.split(/\s+/).length > 5) return true;
  return LEGEND_WORDS.some((w) => rest.includes(w));
}

const PERCENT_RE = /(\d{1,3}(?:[.,]\d{1,4})?)\s?%/;

/** Split top-level on a character, ignoring it inside parentheses. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** Remove top-level parenthesised groups; return the remaining text and the groups' contents. */
function takeParens(s: string): { base: string; groups: { content: string; after: string }[] } {
  const groups: { content: string; after: string }[] = [];
  if (s.indexOf('(') < 0) return { base: s.trim(), groups };
  const chunks: string[] = [];
  let depth = 0;
  let groupStart = -1;
  let baseStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(') {
      if (depth === 0) {
        chunks.push(s.slice(baseStart, i));
        groupStart = i + 1;
      }
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        groups.push({ content: s.slice(groupStart, i), after: s.slice(i + 1) });
        baseStart = i + 1;
      }
    }
  }
  if (depth > 0)
    chunks.push(s.slice(groupStart)); // unclosed: keep the text
  else chunks.push(s.slice(baseStart));
  return { base: chunks.join(' ').replace(/\s+/g, ' ').trim(), groups };
}

const JUNK_ALIASES = new Set([
  'nano',
  'organic',
  'and',
  'or',
  'vegan',
  'natural',
  'bio',
  'certified organic',
  'cosmos',
]);

function cleanName(s: string): string {
  let t = s.replace(/[*†‡°¹²³⁴⁵^~§¶]/g, '').replace(/\s+/g, ' ');
  t = t.replace(/^[\s\-–.:'"`]+/, '').replace(/[\s\-–.:'"`]+$/, '');
  return t.trim();
}

function isPolymer(n: string): boolean {
  return /(?:^|\s)(?:co|cross)?polymer$/.test(n);
}

/** Build an Item from one piece of text. */
export function makeItem(raw: string, position: number, mayContain: boolean): Item {
  const rawCut = raw.length > MAX_RAW_LENGTH ? raw.slice(0, MAX_RAW_LENGTH) : raw;
  let text = rawCut;
  let percent: number | undefined;
  const pm = PERCENT_RE.exec(text);
  if (pm) {
    percent = Number.parseFloat(pm[1]!.replace(',', '.'));
    text = text.slice(0, pm.index) + ' ' + text.slice(pm.index + pm[0].length);
    text = text.replace(/\(\s*\)/g, ' ');
  }
  const { base, groups } = takeParens(text);
  const aliases: string[] = [];
  const addAlias = (a: string) => {
    const c = cleanName(a);
    if (c.length === 0 || c.length > MAX_NAME_LENGTH) return;
    if (JUNK_ALIASES.has(c.toLowerCase())) return;
    if (!aliases.includes(c) && aliases.length < 12) aliases.push(c);
  };
  let name = cleanName(base);
  for (const g of groups) {
    const inner = takeParens(g.content);
    for (const part of splitTop(inner.base, ',')) addAlias(part);
    for (const ig of inner.groups) addAlias(ig.content);
    // "Melaleuca Alternifolia (Tea Tree) Leaf Oil" -> also "Tea Tree Leaf Oil"
    const after = cleanName(takeParens(g.after).base);
    if (after.length > 0 && inner.base.length > 0 && inner.base.length < 40)
      addAlias(`${inner.base} ${after}`);
  }
  if (name.length === 0 && aliases.length > 0) name = aliases.shift()!;
  // Slash synonyms: "Water/Aqua/Eau" -> Water + [Aqua, Eau]; but "Caprylic/Capric Triglyceride" is one name.
  if (name.includes('/')) {
    const n = normalizeName(name);
    if (!isPolymer(n)) {
      const parts = splitTop(name, '/')
        .map(cleanName)
        .filter((p) => p.length > 0);
      const spaced = name.includes(' /') || name.includes('/ ');
      const known = parts.filter((p) => isKnownName(normalizeName(p))).length;
      const wholeKnown = isKnownName(n);
      // Synonym lists ("Water/Aqua/Eau", "AQUA / WATER / EAU") split; a known two-part name such as
      // "Caprylic/Capric Triglyceride" stays whole and keeps its parts as aliases.
      const synonymList = spaced || (known === parts.length && parts.length >= 3);
      if (parts.length > 1 && wholeKnown && !synonymList) {
        for (const p of parts) addAlias(p);
      } else if (parts.length > 1 && (synonymList || (!wholeKnown && known >= 1))) {
        name = parts[0]!;
        const rest = parts.slice(1);
        for (let k = rest.length - 1; k >= 0; k--) {
          if (!aliases.includes(rest[k]!)) aliases.unshift(rest[k]!);
        }
      }
    }
  }
  if (name.length > MAX_NAME_LENGTH) name = name.slice(0, MAX_NAME_LENGTH);
  const item: Item = { position, raw: rawCut.trim(), name, aliases };
  if (percent !== undefined && Number.isFinite(percent)) item.percent = percent;
  if (mayContain) item.mayContain = true;
  return item;
}

/**
 * A piece with missing commas ("Caprylic/Capric Triglyceride Dicaprylyl Carbonate Squalane Rosa Canina
 * Fruit Oil"): split by greedy longest known-name segmentation. Returns null when that does not explain
 * the piece well (then it stays one item).
 */
function segment(piece: string): string[] | null {
  // words, with parenthesised groups glued to the previous word
  const words: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < piece.length; i++) {
    const c = piece[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (c === ' ' || c === '\u00a0')) {
      if (cur.length > 0) words.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur.length > 0) words.push(cur);
  if (words.length < 5 || words.length > 200) return null;
  const norms = words.map((w) => normalizeName(takeParens(w).base));
  if (isKnownName(norms.filter((x) => x.length > 0).join(' '))) return null;
  const out: string[] = [];
  let unknown: string[] = [];
  let knownWords = 0;
  let knownSegs = 0;
  let i = 0;
  while (i < words.length) {
    let hit = 0;
    for (let j = Math.min(words.length, i + 8); j > i; j--) {
      const n = norms
        .slice(i, j)
        .filter((x) => x.length > 0)
        .join(' ');
      if (n.length > 0 && isKnownName(n)) {
        hit = j - i;
        break;
      }
    }
    if (hit > 0) {
      if (unknown.length > 0) out.push(unknown.join(' '));
      unknown = [];
      out.push(words.slice(i, i + hit).join(' '));
      knownWords += hit;
      knownSegs++;
      i += hit;
    } else {
      unknown.push(words[i]!);
      i++;
    }
  }
  if (unknown.length > 0) out.push(unknown.join(' '));
  if (knownSegs < 2 || knownWords / words.length < 0.6) return null;
  return out;
}

/** Parse ingredient text into sub-lists (shades, kit parts) of items. Never throws. */
export function parse(input: string): SubList[] {
  let text = typeof input === 'string' ? input : '';
  if (text.length > MAX_TEXT_LENGTH) text = text.slice(0, MAX_TEXT_LENGTH);
  text = unwrapPythonList(text);
  text = decodeEntities(stripMarkup(text)).replace(/\r\n?/g, '\n');
  text = cutFooter(text);
  text = stripBlurbs(text);

  const lists: SubList[] = [];
  let current: SubList = { label: null, items: [] };
  /** Index in current.items where the current hard segment started. */
  let segmentStart = 0;
  let mayContain = false;
  let mayBracket = false;
  let total = 0;

  const startList = (label: string) => {
    if (current.items.length > 0) lists.push(current);
    current = { label, items: [] };
    segmentStart = 0;
    mayContain = false;
    mayBracket = false;
  };
  const addItem = (raw: string) => {
    if (total >= MAX_ITEMS) return;
    const trimmed = raw.trim();
    if (trimmed.length === 0) return;
    if (isLegend(trimmed)) return;
    const item = makeItem(trimmed, current.items.length + 1, mayContain);
    if (normalizeName(item.name).length === 0 && item.aliases.length === 0) return;
    current.items.push(item);
    total++;
  };

  for (const piece of splitPieces(text)) {
    if (total >= MAX_ITEMS) break;
    if (piece.hard) segmentStart = current.items.length;
    if (piece.openBracket) {
      const head = piece.text.trim().toLowerCase();
      if (isMayContainMarker(head.slice(0, 40))) {
        mayContain = true;
        mayBracket = true;
      }
    }
    let body = piece.text.trim();
    // Labels and headers: "Shade A: ...", "Ingredients: ...", "May Contain/Peut Contenir (+/-): ..."
    for (let k = 0; k < 3; k++) {
      const colon = labelColon(body);
      if (colon < 0) break;
      const prefix = body.slice(0, colon);
      const lower = normalizeName(prefix);
      if (HEADER_WORDS.has(lower) || lower.endsWith(' ingredients') || lower.endsWith(' ingredient')) {
        body = body.slice(colon + 1).trim();
        continue;
      }
      if (isMayContainMarker(prefix.toLowerCase())) {
        mayContain = true;
        body = body.slice(colon + 1).trim();
        continue;
      }
      if (isLabel(prefix)) {
        let label = cleanLabel(prefix);
        // Cult Beauty style "Crash, Haze, Hot Mess: Talc, ...": the earlier names of this segment
        // belong to the label when they are few, short and not ingredient names.
        const back = current.items.slice(segmentStart);
        if (
          !piece.hard &&
          back.length > 0 &&
          back.length <= 8 &&
          back.every((it) => it.raw.split(/\s+/).length <= 4 && !isKnownName(normalizeName(it.name)))
        ) {
          label = [...back.map((it) => cleanLabel(it.raw)), label].join(', ');
          current.items.length = segmentStart;
          total -= back.length;
        }
        startList(label);
        body = body.slice(colon + 1).trim();
        continue;
      }
      break;
    }
    const stripped = stripMayContainPrefix(body);
    if (stripped !== null) {
      mayContain = true;
      body = stripped.trim();
    }
    if (body.length > 0) {
      const seg = body.length > 40 && !body.includes(':') ? segment(body) : null;
      if (seg) for (const s of seg) addItem(s);
      else addItem(body);
    }
    if (piece.closeBracket && mayBracket) {
      mayContain = false;
      mayBracket = false;
    }
  }
  if (current.items.length > 0) lists.push(current);
  // A single unlabeled list stays unlabeled; a labeled first list keeps its label.
  return lists;
}

/** Tokens of an item (name and aliases), for the pattern rules. */
export function itemTokens(item: Item): string[] {
  const out: string[] = [];
  for (const s of [item.name, ...item.aliases]) {
    for (const t of tokensOf(normalizeName(s))) if (!out.includes(t)) out.push(t);
  }
  return out;
}
