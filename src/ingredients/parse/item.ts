/**
 * One item of the list: its name, slash and parenthesis synonyms, stated percentage and footnote marks
 * (docs/sources.md#text-separators-and-list-strings); footnote legends are recognised here too.
 */
import { MAX_NAME_LENGTH, normalizeName } from '../normalize';
import type { Item } from '../types';
import { getVocab, isKnownName } from '../vocab';
import { splitTop, takeParens } from './parens';
import { FOOTNOTE_CHARS, JUNK_ALIASES, LEGEND_WORDS } from './words';

/** Raw item text is cut to this length. */
const MAX_RAW_LENGTH = 400;

/** What an item's text parses to, wherever it stands in the list. */
export type ItemText = Pick<Item, 'raw' | 'name' | 'aliases' | 'percent'>;

/** "15%", "7.5 %", "0,5%", ".50%" (a leading decimal point). */
const PERCENT_RE = /(\d{1,3}(?:[.,]\d{1,4})?|(?<![\d.,])[.,]\d{1,4})\s?%/;

/** Anything cleanName() would change: footnote marks, odd or doubled spaces, junk at either end. */
const NEEDS_CLEAN = /[*†‡°¹²³⁴⁵^~§¶]|[^\S ]|\s\s|^[\s\-–.:'"`]|[\s\-–.:'"`]$/;

function cleanName(s: string): string {
  if (!NEEDS_CLEAN.test(s)) return s;
  let t = s.replace(/[*†‡°¹²³⁴⁵^~§¶]/g, '').replace(/\s+/g, ' ');
  t = t.replace(/^[\s\-–.:'"`]+/, '').replace(/[\s\-–.:'"`]+$/, '');
  return t.trim();
}

function isPolymer(n: string): boolean {
  return /(?:^|\s)(?:co|cross)?polymer$/.test(n);
}

/** Add a cleaned synonym (not junk such as "organic", no duplicates, at most 12). */
function addAlias(aliases: string[], a: string): void {
  const c = cleanName(a);
  if (c.length === 0 || c.length > MAX_NAME_LENGTH) return;
  if (JUNK_ALIASES.has(c.toLowerCase())) return;
  if (!aliases.includes(c) && aliases.length < 12) aliases.push(c);
}

/** One item's text -> its name, synonyms and stated percentage (position and section are the caller's). */
export function makeItem(raw: string): ItemText {
  const rawCut = raw.length > MAX_RAW_LENGTH ? raw.slice(0, MAX_RAW_LENGTH) : raw;
  let text = rawCut;
  let percent: number | undefined;
  // The first percentage is the item's strength; any further one is dropped from the name too
  // ("Glycolic Acid (18%) 1%", a header's "1%" glued to the actives: "Salicylic Acid 2% 1%Inactive: ...").
  for (let k = 0, pm = PERCENT_RE.exec(text); pm !== null && k < 4; k++, pm = PERCENT_RE.exec(text)) {
    if (percent === undefined) {
      const num = pm[1]!.replace(',', '.');
      percent = Number.parseFloat(num.startsWith('.') ? `0${num}` : num);
    }
    text = text.slice(0, pm.index) + ' ' + text.slice(pm.index + pm[0].length);
    text = text.replace(/\(\s*\)/g, ' ');
  }
  const { base, groups } = takeParens(text);
  const aliases: string[] = [];
  let name = cleanName(base);
  for (const g of groups) {
    const inner = takeParens(g.content);
    for (const part of splitTop(inner.base, ',')) addAlias(aliases, part);
    for (const ig of inner.groups) addAlias(aliases, ig.content);
    // "Melaleuca Alternifolia (Tea Tree) Leaf Oil" -> also "Tea Tree Leaf Oil"
    const after = cleanName(takeParens(g.after).base);
    if (after.length > 0 && inner.base.length > 0 && inner.base.length < 40)
      addAlias(aliases, `${inner.base} ${after}`);
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
        for (const p of parts) addAlias(aliases, p);
      } else if (parts.length > 1 && (synonymList || (!wholeKnown && known >= 1))) {
        name = parts[0]!;
        const rest = parts.slice(1);
        for (let k = rest.length - 1; k >= 0; k--) {
          if (!aliases.includes(rest[k]!)) aliases.unshift(rest[k]!);
        }
      } else if (parts.length > 1 && parts.length <= 4 && !wholeKnown && parts.every((p) => !/\s/.test(p))) {
        // single words, none known, each perhaps misspelt ("Fraagrance/Parum"): the name stays whole, and the
        // matcher reads each word too, as it reads "Fragrance/Parum" once "Fragrance" is known. Not longer
        // parts: "Lactc Aicd/Glycolc Aicd Coploymer" is one polymer, misspelt past isPolymer()
        for (const p of parts) addAlias(aliases, p);
      }
    }
  }
  if (name.length > MAX_NAME_LENGTH) name = name.slice(0, MAX_NAME_LENGTH);
  const item: ItemText = { raw: rawCut.trim(), name, aliases };
  if (percent !== undefined && Number.isFinite(percent)) item.percent = percent;
  return item;
}

/**
 * A slash between names that cannot be synonyms: the list's own separator ("Aqua / Glycerin / Salicylic Acid /
 * Parfum"). Read as synonyms, such a piece was one item named after its first part, and of its irritants only
 * the first was found: the fragrance above was a silent miss. Synonyms name one ingredient, so two parts the
 * vocabulary knows as irritants of different categories (a BHA and a fragrance) are two ingredients. Nothing
 * weaker splits: synonym sets are known under two rules of one category ("Maris Sal/Sea Salt/Sel Marin") or
 * as a harmless name beside a rule ("Solum Diatomeae/Diatomaceous Earth"), and one irritant among harmless
 * parts ("Water/Glycerin/Retinol") is already found through its alias. Returns the parts, or null to read the
 * piece as one item.
 */
export function slashSeparated(text: string): string[] | null {
  if (!text.includes('/')) return null;
  const parts = splitTop(text, '/')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  const exact = getVocab().exact;
  let category: string | undefined;
  for (const p of parts) {
    const rule = exact.get(normalizeName(takeParens(p).base))?.rule;
    if (!rule) continue;
    if (category === undefined) category = rule.category;
    else if (rule.category !== category) {
      // the whole asked last: two irritant categories are rare, and most slash pieces are synonym sets
      const whole = normalizeName(text);
      return isPolymer(whole) || isKnownName(whole) ? null : parts;
    }
  }
  return null;
}

function isFootnoteChar(c: string | undefined): boolean {
  return c !== undefined && FOOTNOTE_CHARS.includes(c);
}

/**
 * A writer's "and" before the last name ("Water, Squalane, and Retinol": the Oxford comma left "and Retinol",
 * one unknown name and a silent miss) and a dash bullet at a line's start ("- Retinol": the name matched, the
 * finding showed the dash): the name alone, when it is name-sized. No INCI name starts with the word "and" or
 * a dash.
 */
const LEADING_JOIN = /^(?:(?:and|&)\s+|[-\u2013\u2014]\s+)(?=[A-Za-z0-9\u00c0-\u024f])/i;

export function withoutLeadingJoin(text: string): string {
  const m = LEADING_JOIN.exec(text);
  if (m === null) return text;
  // a name's length: a sentence of prose read as an item ("and the deterioration of natural keratin") stays
  const rest = text.slice(m[0].length);
  return rest.split(' ').length <= MAX_JOINED_NAME_WORDS ? rest : text;
}

/** Words of a name after a leading "and" (INCI names run to five or six, with a strength). */
const MAX_JOINED_NAME_WORDS = 6;

/** "*Certified Organic Ingredient", "**made from organic ..." : a legend, not an ingredient. */
export function isLegend(text: string): boolean {
  const t = text.trim();
  if (!isFootnoteChar(t[0])) return false;
  const rest = t.replace(/^[*†‡°¹²³⁴⁵^#~§¶\s]+/, '').toLowerCase();
  if (rest.length === 0) return true;
  if (rest.split(/\s+/).length > 5) return true;
  return LEGEND_WORDS.some((w) => rest.includes(w));
}
