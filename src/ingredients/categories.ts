/**
 * The category vocabulary, declared once: every category the engine flags, in display order, with the
 * words each place needs and the facts cited on every finding. The engine, the recovery model (windows,
 * reminder sentences), the popup, the options page and the command line all read it from here.
 *
 * Category ids are part of the command-line contract (`npm run check -- --jsonl`).
 *
 * Sources: docs/recovery-windows.md in the shared research folder (clinic aftercare sheets, the granuloma
 * case reports) and the EU CosIng functions (2020-12-30 export).
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
  },
  aha: {
    label: 'AHA',
    plural: 'AHAs',
    sentence: 'AHAs',
    why: 'Alpha hydroxy acids exfoliate chemically and sting or burn in fresh micro-channels.',
    source: `${CLINIC}: acid exfoliants 3-7 days`,
  },
  bha: {
    label: 'BHA',
    plural: 'BHAs',
    sentence: 'BHAs',
    why: 'Salicylic acid and other beta hydroxy acids exfoliate chemically and irritate needled skin.',
    source: `${CLINIC}: acid exfoliants 3-7 days; EU CosIng function: Keratolytic`,
  },
  pha: {
    label: 'PHA',
    plural: 'PHAs',
    sentence: 'PHAs',
    why: 'Polyhydroxy acids are gentler acids but still exfoliate; clinics group them with AHAs/BHAs.',
    source: `${CLINIC}: acid exfoliants 3-7 days`,
  },
  'azelaic-acid': {
    label: 'Azelaic acid',
    plural: 'azelaic acid',
    sentence: 'azelaic acid',
    why: 'Azelaic acid is an exfoliating acid active that stings on freshly needled skin.',
    source: `${CLINIC}: acid exfoliants 3-7 days; EU CosIng function: Keratolytic`,
  },
  enzyme: {
    label: 'Enzyme exfoliant',
    plural: 'enzyme exfoliants',
    sentence: 'enzyme exfoliants',
    why: 'Protein-digesting enzymes exfoliate; treat them like chemical exfoliants after needling.',
    source: 'No figure published; treated like chemical exfoliants (our inference)',
  },
  'physical-exfoliant': {
    label: 'Physical exfoliant',
    plural: 'physical exfoliants (scrubs)',
    sentence: 'scrubs',
    why: 'Scrub particles abrade skin that is already micro-injured.',
    source: `${CLINIC}: scrubs about 1 week; EU CosIng function: Abrasive`,
  },
  'benzoyl-peroxide': {
    label: 'Benzoyl peroxide',
    plural: 'benzoyl peroxide',
    sentence: 'benzoyl peroxide',
    why: 'Benzoyl peroxide is an oxidising, drying acne active that irritates a disrupted barrier.',
    source: `${CLINIC}: benzoyl peroxide 4-7 days`,
  },
  'vitamin-c': {
    label: 'Vitamin C',
    plural: 'vitamin C',
    sentence: 'vitamin C',
    why: 'Pure vitamin C (L-ascorbic acid) is acidic; vitamin C serums needled into skin were linked to granulomas.',
    source: `${CLINIC}; Soltani-Arabshahi 2014 JAMA Dermatol; Friedmann 2024 Dermatol Surg`,
  },
  hydroquinone: {
    label: 'Hydroquinone',
    plural: 'hydroquinone',
    sentence: 'hydroquinone',
    why: 'Hydroquinone is a strong skin-lightening active that irritates after procedures.',
    source: `${CLINIC}: hydroquinone 5-7 days`,
  },
  'drying-alcohol': {
    label: 'Drying alcohol',
    plural: 'drying alcohols',
    sentence: 'drying alcohol',
    why: 'Drying alcohols (alcohol denat., SD alcohol, isopropyl) sting and dry out an open barrier.',
    source: `${CLINIC}: drying alcohol 48-72 h, alcohol toners 10-14 days`,
  },
  astringent: {
    label: 'Astringent',
    plural: 'astringents (witch hazel)',
    sentence: 'astringents',
    why: 'Witch hazel is astringent and often comes with alcohol; it can dry and sting fresh skin.',
    source: `${CLINIC}: drying / alcohol-based toners (inference for witch hazel)`,
  },
  fragrance: {
    label: 'Fragrance',
    plural: 'fragrance',
    sentence: 'fragrance',
    why: 'Fragrance is a leading cause of contact allergy; skip anything scented while the skin is open.',
    source: `${CLINIC}: avoid anything scented in the first days`,
  },
  'essential-oil': {
    label: 'Essential oil',
    plural: 'essential oils',
    sentence: 'essential oils',
    why: 'Essential oils are concentrated fragrance and allergen sources; avoid them on needled skin.',
    source: `${CLINIC}: fragrance and essential oils, at least 24 h`,
  },
  'cooling-agent': {
    label: 'Cooling agent',
    plural: 'cooling agents (menthol, camphor)',
    sentence: 'cooling agents',
    why: 'Menthol and camphor feel cool by irritating nerve endings; they sting on open skin.',
    source: `${CLINIC}: avoid irritants and anything scented in the first days (inference for menthol)`,
  },
  'chemical-sunscreen': {
    label: 'Chemical sunscreen filter',
    plural: 'chemical sunscreen filters',
    sentence: 'chemical sunscreen filters',
    why: 'Prefer mineral filters (zinc oxide, titanium dioxide) for the first 24-48 h.',
    source: 'Dermatologist Q&A (weak): prefer mineral filters for 24-48 h',
  },
} as const satisfies Record<string, CategoryInfo>;

export type CategoryId = keyof typeof CATEGORIES;

/** Every category id, in display order. */
export const CATEGORY_IDS = Object.freeze(Object.keys(CATEGORIES)) as readonly CategoryId[];

/** What the engine checks, in one line for "nothing detected": "retinoids, AHAs, BHAs, ...". */
export function checkedSummary(): string {
  return CATEGORY_IDS.map((id) => CATEGORIES[id].plural).join(', ');
}
