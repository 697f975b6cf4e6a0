/**
 * Noisy variants of an ingredient list for the evaluation (scripts/eval.ts): case, separators, seeded typos,
 * a glued "Active ingredient: ... Inactive ingredients:" header and a seeded mix. Each variant keeps the
 * list's ingredients (so its labels still hold) and changes only how they are written.
 */

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One typo (swap, drop, double or replace one letter, never the first, as real typos mostly do). */
export function typo(w: string, rand: () => number): string {
  if (w.length < 3) return w;
  const i = 1 + Math.floor(rand() * (w.length - 2));
  const op = Math.floor(rand() * 4);
  if (op === 0) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
  if (op === 1) return w.slice(0, i) + w.slice(i + 1); // drop
  if (op === 2) return w.slice(0, i) + w[i] + w.slice(i); // double
  let c = LETTERS[Math.floor(rand() * 26)]!;
  if (c === w[i]!.toLowerCase()) c = c === 'z' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1);
  const cc = w[i] === w[i]!.toUpperCase() ? c.toUpperCase() : c;
  return w.slice(0, i) + cc + w.slice(i + 1); // replace
}

/** One typo in every word of 4 or more letters (the regression set's typo variant). */
export function typoEveryWord(text: string, seed: number): string {
  const rand = rng(seed);
  return text.replace(/[A-Za-z]{4,}/g, (w) => typo(w, rand));
}

/**
 * Where an evidence string occurs in the text as written: the labeller quotes items with invisible characters
 * removed and odd spaces made plain (scripts/label/text.ts cleanRaw), so those may sit anywhere in the text.
 */
function evidencePattern(ev: string): RegExp {
  const chars = [...ev].map((c) =>
    c === ' '
      ? '[ \\u00A0\\u2007\\u202F\\u3000]'
      : c === ','
        ? '[,\\uFF0C\\u3001\\uFE50]'
        : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
  );
  return new RegExp(chars.join('\\p{Default_Ignorable_Code_Point}*'), 'gu');
}

/** Applies `change` to every word (4 letters or more) of every occurrence of every evidence string. */
function inEvidence(text: string, evidence: readonly string[], change: (w: string) => string): string {
  let out = text;
  // Longest first, so that "Alcohol Denat." is changed as a whole before a shorter "Alcohol" is looked for.
  for (const ev of [...new Set(evidence)].sort((a, b) => b.length - a.length)) {
    if (ev.length === 0) continue;
    out = out.replace(evidencePattern(ev), (m) => m.replace(/[A-Za-z]{4,}/g, change));
  }
  return out;
}

/**
 * One typo in every word (4 letters or more) of every evidence string, wherever the string occurs: the
 * irritant names themselves misspelled, the rest of the list as written.
 */
export function typoEvidence(text: string, evidence: readonly string[], seed: number): string {
  const rand = rng(seed);
  return inEvidence(text, evidence, (w) => typo(w, rand));
}

/** Indices of the top-level list separators: commas, semicolons, bullets, middle dots, outside parentheses. */
function separators(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    const digitComma = c === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if (depth === 0 && !digitComma && ',;•·･'.includes(c)) out.push(i);
  }
  return out;
}

/** Every top-level separator becomes `sep(k)` (k = its index), with the spaces around it dropped. */
function reseparate(text: string, sep: (k: number) => string): string {
  let out = '';
  let last = 0;
  separators(text).forEach((i, k) => {
    out += text.slice(last, i).replace(/\s+$/, '') + sep(k);
    last = i + 1;
    while (text[last] === ' ') last++;
  });
  return out + text.slice(last);
}

/** Commas and semicolons at the top level become " •" (Boots style). */
export function bullets(text: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    const digitComma = c === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if ((c === ',' || c === ';') && depth === 0 && !digitComma) out += ' •';
    else out += c;
  }
  return out;
}

/** One ingredient per line (INCIDecoder raw DOM text, pasted lists). */
export const oneItemPerLine = (text: string): string => reseparate(text, () => '\n');

/** Semicolon-separated. */
export const semicolons = (text: string): string => reseparate(text, () => '; ');

/** Pipe-separated (a feed that joins a table's cells with " | "). */
export const pipes = (text: string): string => reseparate(text, () => ' | ');

/** Slash-separated, spaced (a list exported or pasted with " / " between names; names' own slashes stay). */
export const slashes = (text: string): string => reseparate(text, () => ' / ');

/** Commas, and ", and" before the last name (a brand's own page written as a sentence: "..., Squalane, and Retinol."). */
export const oxfordAnd = (text: string): string => {
  const n = separators(text).length;
  return reseparate(text, (k) => (k === n - 1 ? ', and ' : ', '));
};

/** Tab-separated (a list copied out of a spreadsheet or a table's cells). */
export const tabs = (text: string): string => reseparate(text, () => '\t');

/** One name per "<br>" (a JSON feed's HTML description, read as a string: no browser drew it). */
export const lineBreakTags = (text: string): string => reseparate(text, () => '<br>');

/** The list headers a shop's tab or a label puts in front, in the languages the shops write them. */
const LIST_HEADERS = [
  'Ingredients: ',
  'INGREDIENTS:\n',
  'Full Ingredients List:\n',
  'INCI: ',
  'Ingrédients : ',
  'Inhaltsstoffe: ',
  'Ingredientes: ',
  'Ingredienti:\n',
];

/** One of `leads`, picked by the seed, in front of the whole text. */
function leadIn(leads: readonly string[], text: string, seed: number): string {
  return leads[Math.floor(rng(seed)() * leads.length)]! + text;
}

/** A list header in front of the whole text (before any blurbs in it, as a tab's heading is read with them). */
export const headed = (text: string, seed: number): string => leadIn(LIST_HEADERS, text, seed);

/**
 * Claims in a description in front of the list, naming irritants the product is free of: none of them may
 * count, and the list after them must still be read.
 */
const CLAIMS = [
  'Formulated without parabens, sulfates and phthalates. ',
  'This product is free from fragrance, alcohol and essential oils.\n',
  'Free of parabens, mineral oil and synthetic fragrance. ',
  'This gentle serum is formulated without retinol, alcohol or fragrance, so it suits sensitive skin. ',
  'Does not contain alcohol, fragrance or retinol.\n',
];

/**
 * Key-ingredient sections in front of the list, then its header (or none): they name actives by common names ("Vitamin
 * C", "Retinol", "AHA") that need not be in the list, and must give no finding.
 */
const KEY_SECTIONS = [
  'Key Ingredients: Vitamin C, Retinol, Niacinamide\nIngredients: ',
  'Key Ingredients:\nSalicylic Acid 2%: unclogs pores\nGlycolic Acid: exfoliates\n\nFull Ingredients: ',
  'Hero Ingredients • Retinal: renews overnight • Lactic Acid: smooths\nINGREDIENTS: ',
  'Highlighted Ingredients: Vitamin C (brightens), Tea Tree Oil (clarifies).\nFull Ingredients List: ',
  // and no header: the list right after the section's line
  'Key Ingredients: Retinol, Vitamin C, Squalane.\n',
];

/** A key-ingredients section (and mostly a list header) in front of the whole text. */
export const keySection = (text: string, seed: number): string => leadIn(KEY_SECTIONS, text, seed);

/** A free-from claim in front of the whole text. */
export const claimed = (text: string, seed: number): string => leadIn(CLAIMS, text, seed);

/**
 * No separator at all: the page put each name in its own element and the text was read with textContent,
 * which joins them ("WaterGlycerinSalicylic Acid"). In a list in capitals or lower case the names cannot be
 * told apart by case, so this variant is a stress test, not one of the scored forms.
 */
export const joined = (text: string): string => reseparate(text, () => '');

const GLUED_HEADERS: [string, string][] = [
  ['Active ingredient: ', 'Inactive ingredients: '],
  ['ACTIVE INGREDIENT: ', 'INACTIVE INGREDIENTS: '],
  ['Active Ingredients: ', 'Inactive: '],
  ['active ingredient: ', 'INACTIVE: '],
];

/**
 * A US drug-facts header glued to the items with no separator (issue 9: "Active ingredient: Adapalene
 * 0.1%Inactive ingredients: Carbomer, ..."): the list's first item becomes the "active" with a strength, the
 * rest follows the inactive header. `start` is where the list begins (after any blurb in front of it).
 */
export function gluedHeader(text: string, seed: number, start = 0): string {
  const [active, inactive] = GLUED_HEADERS[Math.floor(rng(seed)() * GLUED_HEADERS.length)]!;
  const rest = text.slice(start);
  const sep = separators(rest)[0];
  if (sep === undefined) return `${text.slice(0, start)}${active}${rest.trim()} 1%`;
  return `${text.slice(0, start)}${active}${rest.slice(0, sep).trim()} 1%${inactive}${rest.slice(sep + 1).trimStart()}`;
}

const PANEL_SECTIONS: [string, string][] = [
  ['Purpose', 'Acne treatment'],
  ['Uses', 'helps prevent sunburn; for the treatment of acne'],
  ['Warnings', 'For external use only. Do not use on damaged or broken skin. Keep out of reach of children.'],
  ['Directions', 'apply a thin layer once a day'],
  ['Other information', 'store at 20 to 25°C'],
];

/**
 * A full US Drug Facts panel around the list (21 CFR 201.66): the first item as the active with a strength,
 * then Purpose, Uses, Warnings, Directions and Other information, then the inactive ingredients; on one line
 * or one section per line, by the seed. The sections hold no ingredient of the 11 categories.
 */
export function drugFactsPanel(text: string, seed: number, start = 0): string {
  const rand = rng(seed);
  const lines = rand() < 0.5;
  const rest = text.slice(start);
  const sep = separators(rest)[0];
  const active = (sep === undefined ? rest : rest.slice(0, sep)).trim();
  const inactive = sep === undefined ? '' : rest.slice(sep + 1).trim();
  const gap = lines ? '\n' : ' ';
  const sections = PANEL_SECTIONS.map(([h, t]) => (lines ? `${h}\n${t}` : `${h}: ${t}`)).join(gap);
  const head = lines ? 'Drug Facts\nActive ingredient\n' : 'Drug Facts Active ingredient: ';
  const tail = inactive.length > 0 ? `${gap}Inactive ingredients: ${inactive}` : '';
  return `${text.slice(0, start)}${head}${active} 1%${gap}${sections}${tail}`;
}

/**
 * A seeded mix: each separator a comma, bullet, newline or semicolon; each stretch between separators as
 * written, UPPER or lower; half the words of the evidence strings misspelled (when there are none, as in the
 * regression set, one word in seven of 5 letters or more).
 */
export function mixed(text: string, seed: number, evidence?: readonly string[]): string {
  const rand = rng(seed);
  let out = text;
  if (evidence && evidence.length > 0) {
    out = inEvidence(out, evidence, (w) => (rand() < 0.5 ? typo(w, rand) : w));
  } else {
    out = out.replace(/[A-Za-z]{5,}/g, (w) => (rand() < 1 / 7 ? typo(w, rand) : w));
  }
  const seps = [', ', ' • ', '\n', '; '];
  out = reseparate(out, () => seps[Math.floor(rand() * seps.length)]!);
  return out
    .split(/(\n|, | • |; )/)
    .map((part) => {
      const r = rand();
      return r < 0.2 ? part.toUpperCase() : r < 0.4 ? part.toLowerCase() : part;
    })
    .join('');
}

/** What a variant may know about the list: its evidence strings (for typos) and where the list starts. */
export interface VariantInput {
  text: string;
  seed: number;
  evidence?: readonly string[];
  start?: number;
}

export const VARIANTS: Record<string, (l: VariantInput) => string> = {
  clean: (l) => l.text,
  upper: (l) => l.text.toUpperCase(),
  lower: (l) => l.text.toLowerCase(),
  lines: (l) => oneItemPerLine(l.text),
  bullets: (l) => bullets(l.text),
  semicolons: (l) => semicolons(l.text),
  pipes: (l) => pipes(l.text),
  slashes: (l) => slashes(l.text),
  'and-last': (l) => oxfordAnd(l.text),
  tabs: (l) => tabs(l.text),
  br: (l) => lineBreakTags(l.text),
  joined: (l) => joined(l.text),
  typos: (l) => typoEvidence(l.text, l.evidence ?? [], l.seed),
  'typos-all': (l) => typoEveryWord(l.text, l.seed),
  headed: (l) => headed(l.text, l.seed),
  claim: (l) => claimed(l.text, l.seed),
  key: (l) => keySection(l.text, l.seed),
  glued: (l) => gluedHeader(l.text, l.seed, l.start),
  panel: (l) => drugFactsPanel(l.text, l.seed, l.start),
  mixed: (l) => mixed(l.text, l.seed, l.evidence),
};

/** Variants whose text depends on the seed (eval --seeds N runs each of them N times). */
export const SEEDED = new Set(['typos', 'typos-all', 'headed', 'claim', 'key', 'glued', 'panel', 'mixed']);

/** Variants that need evidence strings: not run on the regression set, which has none. */
export const NEEDS_EVIDENCE = new Set(['typos']);
