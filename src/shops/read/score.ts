/**
 * Does a text look like a full INCI list, and which part of it is the list? Pure string work, linear in the
 * text; every reader (sections, embedded JSON, JSON-LD, shop selectors) keeps the best-scoring candidate.
 */
import type { Found } from '../types';
import { MAX_TEXT } from './text';

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
