import type { CategoryId } from './categories';

export type { CategoryId };

/**
 * high: the irritant itself, in a meaningful amount (hold it).
 * low: usually harmless in this role (pH adjuster, derivative, possible scrub particle) - caution.
 * note: worth knowing, never a hold (allergen alone, bakuchiol, willow bark).
 */
export type Severity = 'high' | 'low' | 'note';

export type MatchKind = 'exact' | 'synonym' | 'fuzzy';

/**
 * One irritant rule: what to flag on freshly needled skin, under which category, how strongly, and why.
 * Rules are data, one file per category in rules/; category-wide facts (why, source) are in categories.ts.
 */
export interface Rule<C extends CategoryId = CategoryId> {
  /** Stable id, e.g. "retinol". */
  id: string;
  category: C;
  /** Canonical INCI name. */
  canonical: string;
  /** Synonyms, trade, common and non-English names (matched after normalisation). */
  names: string[];
  /** Look-alikes this rule must never match (kept as harmless competitors). */
  notMatch?: string[];
  severity: Severity;
  /** Why this severity (shown with the finding). */
  reason: string;
  /** Overrides the category's source. */
  source?: string;
  /**
   * The docs/sources.md entry id(s) stating `source`: required with an own `source` (checked by
   * tests/unit/sources.test.ts); without one, the rule cites its category's `ref`.
   */
  ref?: string | readonly string[];
  /**
   * Acids, scrubs and alcohols: lowered to "low" when listed after the ~1% line
   * (docs/sources.md#inci-one-percent-line, docs/sources.md#position-and-rinse-off).
   */
  positional?: boolean;
  /** Leave-on actives that a rinse-off product makes much milder (docs/sources.md#position-and-rinse-off). */
  rinseOffLowers?: boolean;
  /** Short or ambiguous names are matched exactly only (never fuzzily). Default true. */
  fuzzy?: boolean;
}

/** One item of a parsed ingredient list. */
export interface Item {
  /** 1-based position within its sub-list. */
  position: number;
  /** The exact text it came from (after the list was split, before normalisation). */
  raw: string;
  /** The primary INCI name (concentrations, footnote marks removed). */
  name: string;
  /** Slash and parenthesis synonyms, e.g. Water/Aqua/Eau -> ["Aqua", "Eau"]. */
  aliases: string[];
  /** Concentration when the text states one, e.g. 15 for "15% L-Ascorbic Acid". */
  percent?: number;
  /** True when the item comes from a "May contain / +/-" section. */
  mayContain?: boolean;
}

/** A shade, kit part, or the whole product. */
export interface SubList {
  /** Label such as "Shade A" or "C-Firma Day Serum"; null for a single list. */
  label: string | null;
  items: Item[];
}

export interface Finding {
  category: CategoryId;
  /** The item's text as written on the page. */
  ingredient: string;
  /** Canonical INCI name of the rule that matched. */
  canonical: string;
  /** Rule id (stable), e.g. "retinol". */
  rule: string;
  position: number;
  /** Sub-list label when the product has several (shades, kit parts): the first one it is in. */
  list: string | null;
  /**
   * Every sub-list this ingredient is in (one finding per ingredient and category: a 72-shade lipstick
   * gives one finding naming 72 shades, not 72 findings). `list` and `position` are the kept (most severe,
   * then first) occurrence's; the popup reads them.
   */
  lists?: (string | null)[];
  /**
   * The other occurrences this finding stands for (the same ingredient again in this or another sub-list),
   * for the parsed list's marks; absent when there is none, and in results stored by an older version.
   */
  also?: { list: string | null; position: number }[];
  match: { kind: MatchKind; score?: number };
  severity: Severity;
  /** Why this severity: position, rinse-off, role (e.g. "citric acid near the end is a pH adjuster"). English. */
  reason: string;
  /**
   * The same reason as a code and its values, for the popup's translated text (public/_locales): `reason`
   * is for the command line and the logs. Optional only for results stored by an older version.
   */
  reasonCode?: ReasonCode;
  reasonParams?: ReasonParams;
  /** The docs/sources.md entry ids behind `source` (the popup shows their translated short names). */
  refs?: string[];
  /** One line for the user: why this matters on freshly needled skin. */
  why: string;
  /** Where the rule's facts come from. */
  source: string;
}

/**
 * What decided a finding's severity: the rule itself (`rule`: its own severity and reason, the rule id says
 * which), or what lowered or raised it (position, a stated percentage, rinse-off, "may contain", the product).
 */
export type ReasonCode =
  | 'rule'
  | 'stated-percent'
  | 'may-contain'
  | 'rinse-off'
  | 'after-marker'
  | 'near-end'
  | 'not-a-scrub'
  | 'dissolved'
  | 'ph-adjuster'
  | 'aha-salt'
  | 'trace-antioxidant'
  | 'trace-antioxidant-after';

/** The values a reason names: the item's position in a list of `length`, the 1% marker it follows, a percentage. */
export interface ReasonParams {
  position?: number;
  length?: number;
  marker?: string;
  percent?: number;
}

export interface Analysis {
  lists: SubList[];
  findings: Finding[];
  /** Number of items checked over all sub-lists. */
  checked: number;
  /**
   * The text describes the product instead of listing its ingredients (analyze.ts isDescription): the
   * irritant names its sentences mention, which give no finding (nothing outside the INCI list counts).
   */
  described?: string[];
}

export interface AnalyzeOptions {
  /** Product is rinsed off (cleanser, wash, mask to rinse): lowers severity of acids and scrubs? */
  rinseOff?: boolean;
  /** What the page (or the user) says about the product; severities that depend on it read it here. */
  product?: ProductContext;
}

/**
 * Kinds of product whose verdict differs on needled skin: a scrub particle only warns in a scrub, makeup
 * waits its own window, a rinse-off cleanser is brief contact, devices and supplements carry no INCI list.
 */
export type ProductKind = 'makeup' | 'scrub' | 'rinse-off' | 'device' | 'supplement';

/** Product context from the page (JSON-LD, og:title, h1, breadcrumbs) or the user; every field optional. */
export interface ProductContext {
  /** The product's own name, never the raw <title> with the shop's name in it. */
  name?: string | null;
  /** The shop's category or breadcrumb path, e.g. "Skincare > Cleansers > Exfoliators". */
  category?: string | null;
  /** Kinds the page states or its name and category imply. */
  kinds?: ProductKind[];
}

/** The matcher's answer for one item: the rule, how it matched, and the (normalized) name that matched. */
export interface RuleMatch {
  rule: Rule;
  kind: MatchKind;
  /** 0 = perfect; for fuzzy matches the edit distance relative to the name's length. */
  score?: number;
  /** The (normalized) name that matched. */
  via: string;
}
