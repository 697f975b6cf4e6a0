/**
 * The category vocabulary, declared once: every category the engine flags, in display order, with the
 * words each place needs and the facts cited on every finding. The engine, the recovery model (windows,
 * reminder sentences), the popup, the options page and the command line all read it from here.
 *
 * Category ids are part of the command-line contract (`npm run check -- --jsonl`).
 *
 * Sources: each category's `ref` names the docs/sources.md entries its `why` and `source` rest on, mostly
 * docs/sources.md#aftercare-clinic-sheets, the granuloma papers (docs/sources.md#granuloma-vitamin-c-2014,
 * docs/sources.md#granuloma-review-2024) and docs/sources.md#cosing-functions, read from the 2020-12-30 export
 * (docs/sources.md#dataset-cosing-export-2020).
 */

export interface CategoryInfo {
  /** Singular, capitalised: a finding's tag and the options table ("Retinoid"). */
  label: string;
  /** Lower-case plural for the list of what was checked ("retinoids, AHAs, physical exfoliants (scrubs)"). */
  plural: string;
  /** Lower-case plural inside a sentence ("pause retinoids, AHAs and scrubs"): short, no brackets. */
  sentence: string;
  /** One line for the user: why this matters on freshly needled skin. */
  why: string;
  /** Where the category's facts come from; cited per finding unless the rule gives its own source. */
  source: string;
  /**
   * The docs/sources.md entry id(s) that state `source` (and the facts in `why`); also the reference of every
   * rule of the category that has no `source` of its own. Checked by tests/unit/sources.test.ts.
   */
  ref: string | readonly string[];
}

const CLINIC = 'Clinic aftercare sheets';

/**
 * The key order is the display order everywhere (options table, "we checked" line, reminder sentences):
 * actives that are held longest first, acids together, then the drying, scented and sunscreen categories.
 */
export const CATEGORIES = {
  retinoid: {
    label: 'Retinoid',
    plural: 'retinoids',
    sentence: 'retinoids',
    why: 'Retinoids speed up cell turnover and irritate skin whose barrier is open after needling.',
    source: `${CLINIC}: retinoids 48 h to 1-2 weeks`,
    ref: 'aftercare-clinic-sheets',
  },
  aha: {
    label: 'AHA',
    plural: 'AHAs',
    sentence: 'AHAs',
    why: 'Alpha hydroxy acids exfoliate chemically and sting or burn in fresh micro-channels.',
    source: `${CLINIC}: acid exfoliants 3-7 days`,
    ref: 'aftercare-clinic-sheets',
  },
  bha: {
    label: 'BHA',
    plural: 'BHAs',
    sentence: 'BHAs',
    why: 'Salicylic acid and other beta hydroxy acids exfoliate chemically and irritate needled skin.',
    source: `${CLINIC}: acid exfoliants 3-7 days; EU CosIng function: Keratolytic`,
    ref: ['aftercare-clinic-sheets', 'cosing-functions'],
  },
  pha: {
    label: 'PHA',
    plural: 'PHAs',
    sentence: 'PHAs',
    why: 'Polyhydroxy acids are gentler acids but still exfoliate; clinics group them with AHAs/BHAs.',
    source: `${CLINIC}: acid exfoliants 3-7 days`,
    ref: 'aftercare-clinic-sheets',
  },
  'azelaic-acid': {
    label: 'Azelaic acid',
    plural: 'azelaic acid',
    sentence: 'azelaic acid',
    why: 'Azelaic acid is an exfoliating acid active that stings on freshly needled skin.',
    source: `${CLINIC}: acid exfoliants 3-7 days; EU CosIng function: Keratolytic`,
    ref: ['aftercare-clinic-sheets', 'cosing-functions', 'inferred-windows'],
  },
  enzyme: {
    label: 'Enzyme exfoliant',
    plural: 'enzyme exfoliants',
    sentence: 'enzyme exfoliants',
    why: 'Protein-digesting enzymes exfoliate; treat them like chemical exfoliants after needling.',
    source: 'No figure published; treated like chemical exfoliants (our inference)',
    ref: ['enzyme-exfoliants', 'inferred-windows'],
  },
  'physical-exfoliant': {
    label: 'Physical exfoliant',
    plural: 'physical exfoliants (scrubs)',
    sentence: 'scrubs',
    why: 'Scrub particles abrade skin that is already micro-injured.',
    source: `${CLINIC}: scrubs about 1 week; EU CosIng function: Abrasive`,
    ref: ['aftercare-clinic-sheets', 'cosing-functions'],
  },
  'benzoyl-peroxide': {
    label: 'Benzoyl peroxide',
    plural: 'benzoyl peroxide',
    sentence: 'benzoyl peroxide',
    why: 'Benzoyl peroxide is an oxidising, drying acne active that irritates a disrupted barrier.',
    source: `${CLINIC}: benzoyl peroxide 4-7 days`,
    ref: 'aftercare-clinic-sheets',
  },
  'vitamin-c': {
    label: 'Vitamin C',
    plural: 'vitamin C',
    sentence: 'vitamin C',
    why: 'Pure vitamin C (L-ascorbic acid) is acidic; vitamin C serums needled into skin were linked to granulomas.',
    source: `${CLINIC}; Soltani-Arabshahi 2014 JAMA Dermatol; Friedmann 2024 Dermatol Surg`,
    ref: ['aftercare-clinic-sheets', 'granuloma-vitamin-c-2014', 'granuloma-review-2024'],
  },
  hydroquinone: {
    label: 'Hydroquinone',
    plural: 'hydroquinone',
    sentence: 'hydroquinone',
    why: 'Hydroquinone is a strong skin-lightening active that irritates after procedures.',
    source: `${CLINIC}: hydroquinone 5-7 days`,
    ref: 'aftercare-clinic-sheets',
  },
  'drying-alcohol': {
    label: 'Drying alcohol',
    plural: 'drying alcohols',
    sentence: 'drying alcohol',
    why: 'Drying alcohols (alcohol denat., SD alcohol, isopropyl) sting and dry out an open barrier.',
    source: `${CLINIC}: drying alcohol 48-72 h, alcohol toners 10-14 days`,
    ref: ['aftercare-clinic-sheets', 'drying-alcohol-names'],
  },
  astringent: {
    label: 'Astringent',
    plural: 'astringents (witch hazel)',
    sentence: 'astringents',
    why: 'Witch hazel is astringent and often comes with alcohol; it can dry and sting fresh skin.',
    source: `${CLINIC}: drying / alcohol-based toners (inference for witch hazel)`,
    ref: ['astringent-witch-hazel', 'inferred-windows'],
  },
  fragrance: {
    label: 'Fragrance',
    plural: 'fragrance',
    sentence: 'fragrance',
    why: 'Fragrance is a leading cause of contact allergy; skip anything scented while the skin is open.',
    source: `${CLINIC}: avoid anything scented in the first days`,
    ref: 'aftercare-clinic-sheets',
  },
  'essential-oil': {
    label: 'Essential oil',
    plural: 'essential oils',
    sentence: 'essential oils',
    why: 'Essential oils are concentrated fragrance and allergen sources; avoid them on needled skin.',
    source: `${CLINIC}: fragrance and essential oils, at least 24 h`,
    ref: ['aftercare-clinic-sheets', 'eu-fragrance-allergens'],
  },
  'cooling-agent': {
    label: 'Cooling agent',
    plural: 'cooling agents (menthol, camphor)',
    sentence: 'cooling agents',
    why: 'Menthol and camphor feel cool by irritating nerve endings; they sting on open skin.',
    source: `${CLINIC}: avoid irritants and anything scented in the first days (inference for menthol)`,
    ref: ['cooling-agents', 'inferred-windows'],
  },
  'chemical-sunscreen': {
    label: 'Chemical sunscreen filter',
    plural: 'chemical sunscreen filters',
    sentence: 'chemical sunscreen filters',
    why: 'Prefer mineral filters (zinc oxide, titanium dioxide) for the first 24-48 h.',
    source: 'Dermatologist Q&A (weak): prefer mineral filters for 24-48 h',
    ref: 'aftercare-dermatologist-qa',
  },
} as const satisfies Record<string, CategoryInfo>;

export type CategoryId = keyof typeof CATEGORIES;

/** Every category id, in display order. */
export const CATEGORY_IDS = Object.freeze(Object.keys(CATEGORIES)) as readonly CategoryId[];

/** What the engine checks, in one line for "nothing detected": "retinoids, AHAs, BHAs, ...". */
export function checkedSummary(): string {
  return CATEGORY_IDS.map((id) => CATEGORIES[id].plural).join(', ');
}
