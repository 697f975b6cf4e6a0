/**
 * The irritant rules: what to flag on freshly needled skin, under which category, how strongly, and why.
 *
 * Each rule names its canonical INCI name, the synonyms and trade / common / non-English names seen on
 * real labels, the look-alikes it must never match, and its source. Category-wide facts (why, source)
 * live in CATEGORIES. Sources: docs/recovery-windows.md in the shared research folder (clinic aftercare
 * sheets, the granuloma case reports) and the EU CosIng functions (2020-12-30 export).
 */
import type { CategoryId, Severity } from './types';

export interface CategoryInfo {
  label: string;
  plural?: string;
  why: string;
}

const CLINIC = 'Clinic aftercare sheets';

export const CATEGORIES: Record<CategoryId, CategoryInfo> = {
  retinoid: {
    label: 'Retinoid',
    plural: 'retinoids',
    why: 'Retinoids speed up cell turnover and irritate skin whose barrier is open after needling.',
  },
  aha: {
    label: 'AHA',
    plural: 'AHAs',
    why: 'Alpha hydroxy acids exfoliate chemically and sting or burn in fresh micro-channels.',
  },
  bha: {
    label: 'BHA',
    plural: 'BHAs',
    why: 'Salicylic acid and other beta hydroxy acids exfoliate chemically and irritate needled skin.',
  },
  pha: {
    label: 'PHA',
    plural: 'PHAs',
    why: 'Polyhydroxy acids are gentler acids but still exfoliate; clinics group them with AHAs/BHAs.',
  },
  'physical-exfoliant': {
    label: 'Physical exfoliant',
    plural: 'physical exfoliants (scrubs)',
    why: 'Scrub particles abrade skin that is already micro-injured.',
  },
  'benzoyl-peroxide': {
    label: 'Benzoyl peroxide',
    why: 'Benzoyl peroxide is an oxidising, drying acne active that irritates a disrupted barrier.',
  },
  'vitamin-c': {
    label: 'Vitamin C',
    why: 'Pure vitamin C (L-ascorbic acid) is acidic; vitamin C serums needled into skin were linked to granulomas.',
  },
  fragrance: {
    label: 'Fragrance',
    plural: 'fragrance',
    why: 'Fragrance is a leading cause of contact allergy; skip anything scented while the skin is open.',
  },
  'essential-oil': {
    label: 'Essential oil',
    plural: 'essential oils',
    why: 'Essential oils are concentrated fragrance and allergen sources; avoid them on needled skin.',
  },
  'drying-alcohol': {
    label: 'Drying alcohol',
    plural: 'drying alcohols',
    why: 'Drying alcohols (alcohol denat., SD alcohol, isopropyl) sting and dry out an open barrier.',
  },
  enzyme: {
    label: 'Enzyme exfoliant',
    plural: 'enzyme exfoliants',
    why: 'Protein-digesting enzymes exfoliate; treat them like chemical exfoliants after needling.',
  },
  hydroquinone: {
    label: 'Hydroquinone',
    why: 'Hydroquinone is a strong skin-lightening active that irritates after procedures.',
  },
  'chemical-sunscreen': {
    label: 'Chemical sunscreen filter',
    plural: 'chemical sunscreen filters',
    why: 'Prefer mineral filters (zinc oxide, titanium dioxide) for the first 24-48 h.',
  },
  'cooling-agent': {
    label: 'Cooling agent',
    plural: 'cooling agents (menthol, camphor)',
    why: 'Menthol and camphor feel cool by irritating nerve endings; they sting on open skin.',
  },
  astringent: {
    label: 'Astringent',
    plural: 'astringents (witch hazel)',
    why: 'Witch hazel is astringent and often comes with alcohol; it can dry and sting fresh skin.',
  },
  'azelaic-acid': {
    label: 'Azelaic acid',
    why: 'Azelaic acid is an exfoliating acid active that stings on freshly needled skin.',
  },
};

/** Category sources, cited per finding unless a rule gives its own. */
export const CATEGORY_SOURCES: Record<CategoryId, string> = {
  retinoid: `${CLINIC}: retinoids 48 h to 1-2 weeks`,
  aha: `${CLINIC}: acid exfoliants 3-7 days`,
  bha: `${CLINIC}: acid exfoliants 3-7 days; EU CosIng function: Keratolytic`,
  pha: `${CLINIC}: acid exfoliants 3-7 days`,
  'physical-exfoliant': `${CLINIC}: scrubs about 1 week; EU CosIng function: Abrasive`,
  'benzoyl-peroxide': `${CLINIC}: benzoyl peroxide 4-7 days`,
  'vitamin-c': `${CLINIC}; Soltani-Arabshahi 2014 JAMA Dermatol; Friedmann 2024 Dermatol Surg`,
  fragrance: `${CLINIC}: avoid anything scented in the first days`,
  'essential-oil': `${CLINIC}: fragrance and essential oils, at least 24 h`,
  'drying-alcohol': `${CLINIC}: drying alcohol 48-72 h, alcohol toners 10-14 days`,
  enzyme: 'No figure published; treated like chemical exfoliants (our inference)',
  hydroquinone: `${CLINIC}: hydroquinone 5-7 days`,
  'chemical-sunscreen': 'Dermatologist Q&A (weak): prefer mineral filters for 24-48 h',
  'cooling-agent': `${CLINIC}: avoid irritants and anything scented in the first days (inference for menthol)`,
  astringent: `${CLINIC}: drying / alcohol-based toners (inference for witch hazel)`,
  'azelaic-acid': `${CLINIC}: acid exfoliants 3-7 days; EU CosIng function: Keratolytic`,
};

export interface Rule {
  /** Stable id, e.g. "retinol". */
  id: string;
  category: CategoryId;
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
  /** Acids, scrubs and alcohols: lowered to "low" when listed after the ~1% line. */
  positional?: boolean;
  /** Leave-on actives that a rinse-off product makes much milder. */
  rinseOffLowers?: boolean;
  /** Short or ambiguous names are matched exactly only (never fuzzily). Default true. */
  fuzzy?: boolean;
}

const ACID: Pick<Rule, 'positional' | 'rinseOffLowers'> = { positional: true, rinseOffLowers: true };

export const RULES: Rule[] = [
  // ---------------------------------------------------------------- retinoids
  {
    id: 'retinol',
    category: 'retinoid',
    canonical: 'Retinol',
    names: [
      'Retinol',
      'Rétinol',
      'Vitamin A',
      'Vitamin A Alcohol',
      'Encapsulated Retinol',
      'Retinol Liposome',
    ],
    notMatch: ['Retinyl Palmitate Polypeptide'],
    severity: 'high',
    reason: 'retinoid',
  },
  {
    id: 'retinal',
    category: 'retinoid',
    canonical: 'Retinal',
    names: ['Retinal', 'Retinaldehyde', 'Rétinal', 'Retinaldéhyde'],
    severity: 'high',
    reason: 'retinoid',
  },
  {
    id: 'retinyl-palmitate',
    category: 'retinoid',
    canonical: 'Retinyl Palmitate',
    names: ['Retinyl Palmitate', 'Vitamin A Palmitate', 'Palmitate de Rétinyle'],
    severity: 'high',
    reason: 'retinyl ester (converted to retinoic acid in skin)',
  },
  {
    id: 'retinyl-acetate',
    category: 'retinoid',
    canonical: 'Retinyl Acetate',
    names: ['Retinyl Acetate', 'Vitamin A Acetate'],
    severity: 'high',
    reason: 'retinyl ester',
  },
  {
    id: 'retinyl-propionate',
    category: 'retinoid',
    canonical: 'Retinyl Propionate',
    names: ['Retinyl Propionate'],
    severity: 'high',
    reason: 'retinyl ester',
  },
  {
    id: 'retinyl-linoleate',
    category: 'retinoid',
    canonical: 'Retinyl Linoleate',
    names: ['Retinyl Linoleate'],
    severity: 'high',
    reason: 'retinyl ester',
  },
  {
    id: 'retinyl-retinoate',
    category: 'retinoid',
    canonical: 'Retinyl Retinoate',
    names: ['Retinyl Retinoate'],
    severity: 'high',
    reason: 'retinoid ester',
  },
  {
    id: 'hydroxypinacolone-retinoate',
    category: 'retinoid',
    canonical: 'Hydroxypinacolone Retinoate',
    names: ['Hydroxypinacolone Retinoate', 'HPR', 'Granactive Retinoid'],
    severity: 'high',
    reason: 'retinoid (retinoic acid ester)',
  },
  {
    id: 'tretinoin',
    category: 'retinoid',
    canonical: 'Tretinoin',
    names: ['Tretinoin', 'Retinoic Acid', 'All-Trans Retinoic Acid', 'Trétinoïne', 'Retin-A'],
    severity: 'high',
    reason: 'prescription retinoid (clinics: 7-10 days)',
  },
  {
    id: 'isotretinoin',
    category: 'retinoid',
    canonical: 'Isotretinoin',
    names: ['Isotretinoin', '13-Cis-Retinoic Acid'],
    severity: 'high',
    reason: 'prescription retinoid',
  },
  {
    id: 'adapalene',
    category: 'retinoid',
    canonical: 'Adapalene',
    names: ['Adapalene', 'Differin'],
    severity: 'high',
    reason: 'prescription-strength retinoid (clinics: 7-10 days)',
  },
  {
    id: 'tazarotene',
    category: 'retinoid',
    canonical: 'Tazarotene',
    names: ['Tazarotene'],
    severity: 'high',
    reason: 'prescription retinoid (clinics: 7-10 days)',
  },
  {
    id: 'trifarotene',
    category: 'retinoid',
    canonical: 'Trifarotene',
    names: ['Trifarotene'],
    severity: 'high',
    reason: 'prescription retinoid',
  },
  {
    id: 'bakuchiol',
    category: 'retinoid',
    canonical: 'Bakuchiol',
    names: ['Bakuchiol'],
    severity: 'note',
    reason: 'retinol alternative, not a retinoid; usually well tolerated - note only',
    source: 'Plant-derived retinol alternative (not a retinoid); note only',
  },
  // ---------------------------------------------------------------- AHAs
  {
    id: 'glycolic-acid',
    category: 'aha',
    canonical: 'Glycolic Acid',
    names: ['Glycolic Acid', 'Acide Glycolique', 'Glykolsäure', 'Hydroxyacetic Acid'],
    notMatch: ['Lactic Acid/Glycolic Acid Copolymer', 'Glycolic Acid Copolymer'],
    severity: 'high',
    reason: 'alpha hydroxy acid',
    ...ACID,
  },
  {
    id: 'lactic-acid',
    category: 'aha',
    canonical: 'Lactic Acid',
    names: ['Lactic Acid', 'L-Lactic Acid', 'Acide Lactique', 'Milchsäure', 'Acido Lattico'],
    notMatch: [
      'Lactobacillus Ferment',
      'Lactobacillus',
      'Lactococcus Ferment Lysate',
      'Lactic Acid/Glycolic Acid Copolymer',
      'Polylactic Acid',
      'Lactose',
      'Lactoferrin',
      'Lauroyl Lactylate',
      'Sodium Stearoyl Lactylate',
      'Lactitol',
    ],
    severity: 'high',
    reason: 'alpha hydroxy acid',
    ...ACID,
  },
  {
    id: 'mandelic-acid',
    category: 'aha',
    canonical: 'Mandelic Acid',
    names: ['Mandelic Acid', 'Acide Mandélique'],
    severity: 'high',
    reason: 'alpha hydroxy acid',
    ...ACID,
  },
  {
    id: 'malic-acid',
    category: 'aha',
    canonical: 'Malic Acid',
    names: ['Malic Acid', 'Acide Malique'],
    notMatch: ['Maleic Acid', 'Diisostearyl Malate'],
    severity: 'high',
    reason: 'alpha hydroxy acid',
    ...ACID,
  },
  {
    id: 'tartaric-acid',
    category: 'aha',
    canonical: 'Tartaric Acid',
    names: ['Tartaric Acid', 'Acide Tartrique'],
    severity: 'high',
    reason: 'alpha hydroxy acid',
    ...ACID,
  },
  {
    id: 'citric-acid',
    category: 'aha',
    canonical: 'Citric Acid',
    names: ['Citric Acid', 'Acide Citrique', 'Zitronensäure'],
    notMatch: ['Sodium Citrate', 'Triethyl Citrate', 'Glyceryl Citrate'],
    severity: 'low',
    reason: 'usually a pH adjuster, not a peel',
    ...ACID,
  },
  {
    id: 'aha-salt',
    category: 'aha',
    canonical: 'Sodium Lactate',
    names: [
      'Sodium Lactate',
      'Potassium Lactate',
      'Calcium Lactate',
      'Ammonium Lactate',
      'Ammonium Glycolate',
      'Sodium Glycolate',
    ],
    severity: 'low',
    reason: 'AHA salt: usually a pH adjuster/humectant',
    ...ACID,
  },
  // ---------------------------------------------------------------- BHAs
  {
    id: 'salicylic-acid',
    category: 'bha',
    canonical: 'Salicylic Acid',
    names: ['Salicylic Acid', 'Acide Salicylique', 'Salicylsäure', 'Acido Salicilico', 'Beta Hydroxy Acid'],
    notMatch: [
      'Butylated Hydroxyanisole',
      'Ethylhexyl Salicylate',
      'Homosalate',
      'Benzyl Salicylate',
      'Methyl Salicylate',
      'Octisalate',
    ],
    severity: 'high',
    reason: 'beta hydroxy acid',
    ...ACID,
  },
  {
    id: 'betaine-salicylate',
    category: 'bha',
    canonical: 'Betaine Salicylate',
    names: ['Betaine Salicylate'],
    severity: 'high',
    reason: 'beta hydroxy acid (salicylic acid complex)',
    ...ACID,
  },
  {
    id: 'capryloyl-salicylic-acid',
    category: 'bha',
    canonical: 'Capryloyl Salicylic Acid',
    names: ['Capryloyl Salicylic Acid', 'LHA', 'Lipo Hydroxy Acid'],
    severity: 'high',
    reason: 'beta hydroxy acid (lipophilic salicylic acid)',
    ...ACID,
  },
  {
    id: 'sodium-salicylate',
    category: 'bha',
    canonical: 'Sodium Salicylate',
    names: ['Sodium Salicylate', 'Potassium Salicylate', 'Tea-Salicylate'],
    severity: 'low',
    reason: 'salicylate salt: often a preservative at low level',
    ...ACID,
  },
  {
    id: 'willow-bark',
    category: 'bha',
    canonical: 'Salix Alba Bark Extract',
    names: [
      'Salix Alba Bark Extract',
      'Willow Bark Extract',
      'Salix Alba Bark Water',
      'Salix Nigra Bark Extract',
    ],
    severity: 'note',
    reason: 'may contain salicylates (salicin), not free salicylic acid',
  },
  // ---------------------------------------------------------------- PHAs
  {
    id: 'gluconolactone',
    category: 'pha',
    canonical: 'Gluconolactone',
    names: ['Gluconolactone', 'Glucono Delta Lactone', 'Glucono-Delta-Lactone'],
    notMatch: [
      'Sodium Gluconate',
      'Calcium Gluconate',
      'Zinc Gluconate',
      'Copper Gluconate',
      'Magnesium Gluconate',
    ],
    severity: 'high',
    reason: 'polyhydroxy acid',
    ...ACID,
  },
  {
    id: 'lactobionic-acid',
    category: 'pha',
    canonical: 'Lactobionic Acid',
    names: ['Lactobionic Acid'],
    severity: 'high',
    reason: 'polyhydroxy acid',
    ...ACID,
  },
  {
    id: 'maltobionic-acid',
    category: 'pha',
    canonical: 'Maltobionic Acid',
    names: ['Maltobionic Acid'],
    severity: 'high',
    reason: 'polyhydroxy acid',
    ...ACID,
  },
  // ---------------------------------------------------------------- physical exfoliants
  {
    id: 'shell-seed-powder',
    category: 'physical-exfoliant',
    canonical: 'Juglans Regia Shell Powder',
    names: [
      'Juglans Regia Shell Powder',
      'Walnut Shell Powder',
      'Prunus Armeniaca Seed Powder',
      'Apricot Seed Powder',
      'Apricot Kernel Powder',
      'Prunus Amygdalus Dulcis Seed Meal',
      'Almond Meal',
      'Coffea Arabica Seed Powder',
      'Coffee Seed Powder',
      'Coffee Grounds',
      'Olea Europaea Seed Powder',
      'Olive Seed Powder',
      'Vaccinium Macrocarpon Seed Powder',
      'Cranberry Seed',
      'Bambusa Arundinacea Stem Powder',
      'Bamboo Stem Powder',
      'Bamboo Powder',
      'Pumice',
      'Perlite',
      'Cocos Nucifera Shell Powder',
      'Rice Bran Granules',
    ],
    notMatch: [
      'Prunus Armeniaca Kernel Oil',
      'Apricot Kernel Oil',
      'Prunus Amygdalus Dulcis Oil',
      'Sweet Almond Oil',
      'Coffea Arabica Seed Oil',
      'Olea Europaea Fruit Oil',
      'Juglans Regia Seed Oil',
      'Vaccinium Macrocarpon Seed Oil',
    ],
    severity: 'high',
    reason: 'abrasive scrub particle',
    positional: true,
  },
  {
    id: 'possible-scrub-particle',
    category: 'physical-exfoliant',
    canonical: 'Silica',
    names: [
      'Silica',
      'Hydrated Silica',
      'Sodium Chloride',
      'Salt',
      'Sea Salt',
      'Maris Sal',
      'Sucrose',
      'Sugar',
      'Polyethylene',
      'Cellulose',
      'Microcrystalline Cellulose',
      'Jojoba Esters',
    ],
    notMatch: ['Silica Dimethyl Silylate', 'Silica Silylate', 'Hydroxyethylcellulose', 'Cellulose Gum'],
    severity: 'low',
    reason: 'scrub particle only in some products',
  },
  // ---------------------------------------------------------------- benzoyl peroxide
  {
    id: 'benzoyl-peroxide',
    category: 'benzoyl-peroxide',
    canonical: 'Benzoyl Peroxide',
    names: ['Benzoyl Peroxide', 'Peroxyde de Benzoyle', 'Benzoylperoxid'],
    severity: 'high',
    reason: 'benzoyl peroxide',
    rinseOffLowers: true,
  },
  // ---------------------------------------------------------------- vitamin C
  {
    id: 'ascorbic-acid',
    category: 'vitamin-c',
    canonical: 'Ascorbic Acid',
    names: ['Ascorbic Acid', 'L-Ascorbic Acid', 'Vitamin C', 'Acide Ascorbique', 'Ascorbinsäure'],
    notMatch: ['Erythorbic Acid'],
    severity: 'high',
    reason: 'pure vitamin C (acidic)',
    positional: true,
  },
  {
    id: 'vitamin-c-derivative',
    category: 'vitamin-c',
    canonical: 'Ascorbyl Glucoside',
    names: [
      'Ascorbyl Glucoside',
      'Sodium Ascorbyl Phosphate',
      'Magnesium Ascorbyl Phosphate',
      'Ascorbyl Palmitate',
      'Tetrahexyldecyl Ascorbate',
      'Ascorbyl Tetraisopalmitate',
      'Ethyl Ascorbic Acid',
      '3-O-Ethyl Ascorbic Acid',
      '3-0-Ethyl Ascorbic Acid',
      '2-O-Ethyl Ascorbic Acid',
      'Ascorbyl Methylsilanol Pectinate',
      'Aminopropyl Ascorbyl Phosphate',
      'Sodium Ascorbate',
      'Calcium Ascorbate',
      'Ascorbyl Tetraisopalmitate',
      'Ascorbyl Dipalmitate',
      'Ascorbyl 2-Phosphate',
    ],
    severity: 'low',
    reason: 'vitamin C derivative: milder than L-ascorbic acid',
  },
  // ---------------------------------------------------------------- fragrance
  {
    id: 'fragrance',
    category: 'fragrance',
    canonical: 'Parfum',
    names: [
      'Fragrance',
      'Parfum',
      'Perfume',
      'Aroma',
      'Flavor',
      'Flavour',
      'Parfüm',
      'Duft',
      'Duftstoffe',
      'Profumo',
      'Natural Fragrance',
      'Fragrance Blend',
      'Fragrance Oil',
      'Natural Flavor',
      'Natural Flavour',
      'Fragance',
      'Fragrances',
      'Flavors',
      'Natural Flavors',
      'Aromas',
    ],
    severity: 'high',
    reason: 'added fragrance',
  },
  {
    id: 'fragrance-allergen',
    category: 'fragrance',
    canonical: 'Linalool',
    names: [
      'Linalool',
      'Limonene',
      'D-Limonene',
      'Citronellol',
      'Citronnellol',
      'Geraniol',
      'Citral',
      'Eugenol',
      'Isoeugenol',
      'Coumarin',
      'Benzyl Salicylate',
      'Benzyl Benzoate',
      'Benzyl Cinnamate',
      'Hexyl Cinnamal',
      'Amyl Cinnamal',
      'Cinnamal',
      'Cinnamyl Alcohol',
      'Farnesol',
      'Hydroxycitronellal',
      'Alpha-Isomethyl Ionone',
      'Butylphenyl Methylpropional',
      'Anise Alcohol',
      'Hydroxyisohexyl 3-Cyclohexene Carboxaldehyde',
      'Evernia Prunastri Extract',
      'Evernia Furfuracea Extract',
    ],
    severity: 'note',
    reason: 'fragrance allergen on its own (EU labelling list); note only',
    source: 'EU Cosmetics Regulation Annex III labelled fragrance allergens; note only',
  },
  // ---------------------------------------------------------------- essential oils (explicit; more by pattern)
  {
    id: 'essential-oil',
    category: 'essential-oil',
    canonical: 'Essential Oil',
    names: [
      'Essential Oil',
      'Essential Oils',
      'Essential Oil Blend',
      'Lavender Oil',
      'Peppermint Oil',
      'Spearmint Oil',
      'Mint Oil',
      'Eucalyptus Oil',
      'Tea Tree Oil',
      'Tea Tree Leaf Oil',
      'Rosemary Oil',
      'Rosemary Leaf Oil',
      'Lemon Oil',
      'Lemon Peel Oil',
      'Orange Oil',
      'Orange Peel Oil',
      'Sweet Orange Oil',
      'Bergamot Oil',
      'Grapefruit Oil',
      'Grapefruit Peel Oil',
      'Lime Oil',
      'Mandarin Oil',
      'Tangerine Oil',
      'Geranium Oil',
      'Ylang Ylang Oil',
      'Lemongrass Oil',
      'Clary Sage Oil',
      'Frankincense Oil',
      'Sandalwood Oil',
      'Clove Oil',
      'Cinnamon Oil',
      'Patchouli Oil',
      'Chamomile Oil',
      'Neroli Oil',
      'Jasmine Oil',
      'Cedarwood Oil',
      'Rose Oil',
      'Rose Flower Oil',
      'Melaleuca Alternifolia Leaf Oil',
      'Lavandula Angustifolia Oil',
      'Lavandula Angustifolia Flower Oil',
      'Mentha Piperita Oil',
      'Mentha Piperita Leaf Oil',
      'Eucalyptus Globulus Leaf Oil',
      'Rosmarinus Officinalis Leaf Oil',
      'Citrus Limon Peel Oil',
      'Citrus Aurantium Dulcis Peel Oil',
      'Citrus Aurantium Bergamia Fruit Oil',
      'Citrus Paradisi Peel Oil',
      'Pelargonium Graveolens Flower Oil',
      'Cananga Odorata Flower Oil',
      'Rosa Damascena Flower Oil',
      'Cymbopogon Citratus Leaf Oil',
      'Salvia Sclarea Oil',
      'Boswellia Carterii Oil',
      'Santalum Album Oil',
      'Eugenia Caryophyllus Flower Oil',
      'Cinnamomum Zeylanicum Bark Oil',
      'Pogostemon Cablin Oil',
      'Anthemis Nobilis Flower Oil',
      'Citrus Aurantium Amara Flower Oil',
      'Jasminum Officinale Oil',
      'Cedrus Atlantica Bark Oil',
    ],
    notMatch: [
      'Simmondsia Chinensis Seed Oil',
      'Argania Spinosa Kernel Oil',
      'Rosa Canina Fruit Oil',
      'Squalane',
      'Helianthus Annuus Seed Oil',
      'Olea Europaea Fruit Oil',
      'Prunus Amygdalus Dulcis Oil',
      'Vitis Vinifera Seed Oil',
      'Hippophae Rhamnoides Oil',
      'Sclerocarya Birrea Seed Oil',
      'Persea Gratissima Oil',
      'Cocos Nucifera Oil',
    ],
    severity: 'high',
    reason: 'volatile essential oil',
  },
  // ---------------------------------------------------------------- drying alcohol
  {
    id: 'drying-alcohol',
    category: 'drying-alcohol',
    canonical: 'Alcohol Denat.',
    names: [
      'Alcohol',
      'Alcohol Denat',
      'Alcohol Denat.',
      'Denatured Alcohol',
      'SD Alcohol',
      'SD Alcohol 40',
      'SD Alcohol 40-B',
      'SD Alcohol 39-C',
      'Ethanol',
      'Ethyl Alcohol',
      'Isopropyl Alcohol',
      'Isopropanol',
      'Alkohol',
      'Alcool',
      'Alcohol (Organic)',
      'Grain Alcohol',
    ],
    notMatch: [
      'Cetyl Alcohol',
      'Cetearyl Alcohol',
      'Stearyl Alcohol',
      'Behenyl Alcohol',
      'Myristyl Alcohol',
      'Lauryl Alcohol',
      'Arachidyl Alcohol',
      'C12-15 Alcohols',
      'C12-16 Alcohols',
      'C14-22 Alcohols',
      'C20-22 Alcohols',
      'Benzyl Alcohol',
      'Phenethyl Alcohol',
      'Lanolin Alcohol',
      'Dichlorobenzyl Alcohol',
      'Oleyl Alcohol',
      'Isostearyl Alcohol',
      'Cinnamyl Alcohol',
      'Anise Alcohol',
      'Polyvinyl Alcohol',
      'Octyldodecanol',
      'Isopropyl Myristate',
      'Isopropyl Palmitate',
    ],
    severity: 'high',
    reason: 'drying alcohol',
    positional: true,
  },
  // ---------------------------------------------------------------- enzymes
  {
    id: 'enzyme',
    category: 'enzyme',
    canonical: 'Papain',
    names: ['Papain', 'Bromelain', 'Subtilisin', 'Protease', 'Actinidin', 'Keratinase'],
    severity: 'high',
    reason: 'protein-digesting exfoliating enzyme',
    rinseOffLowers: true,
  },
  {
    id: 'enzyme-fruit',
    category: 'enzyme',
    canonical: 'Carica Papaya Fruit Extract',
    names: [
      'Carica Papaya Fruit Extract',
      'Papaya Fruit Extract',
      'Papaya Extract',
      'Ananas Sativus Fruit Extract',
      'Ananas Sativas Fruit Extract',
      'Pineapple Fruit Extract',
      'Pineapple Extract',
    ],
    severity: 'note',
    reason: 'fruit extract, not the isolated enzyme - note only',
  },
  // ---------------------------------------------------------------- the rest
  {
    id: 'hydroquinone',
    category: 'hydroquinone',
    canonical: 'Hydroquinone',
    names: ['Hydroquinone', 'Hydrochinon', 'Hydroquinone USP'],
    notMatch: ['Arbutin', 'Alpha-Arbutin'],
    severity: 'high',
    reason: 'hydroquinone',
  },
  {
    id: 'avobenzone',
    category: 'chemical-sunscreen',
    canonical: 'Butyl Methoxydibenzoylmethane',
    names: ['Butyl Methoxydibenzoylmethane', 'Avobenzone'],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'octinoxate',
    category: 'chemical-sunscreen',
    canonical: 'Ethylhexyl Methoxycinnamate',
    names: ['Ethylhexyl Methoxycinnamate', 'Octinoxate', 'Octyl Methoxycinnamate'],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'oxybenzone',
    category: 'chemical-sunscreen',
    canonical: 'Benzophenone-3',
    names: ['Benzophenone-3', 'Oxybenzone', 'Benzophenone-4', 'Sulisobenzone'],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'octocrylene',
    category: 'chemical-sunscreen',
    canonical: 'Octocrylene',
    names: ['Octocrylene'],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'homosalate',
    category: 'chemical-sunscreen',
    canonical: 'Homosalate',
    names: ['Homosalate'],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'octisalate',
    category: 'chemical-sunscreen',
    canonical: 'Ethylhexyl Salicylate',
    names: ['Ethylhexyl Salicylate', 'Octisalate', 'Octyl Salicylate'],
    severity: 'low',
    reason: 'chemical UV filter (not a BHA): prefer mineral filters for 24-48 h',
  },
  {
    id: 'other-uv-filter',
    category: 'chemical-sunscreen',
    canonical: 'Ethylhexyl Triazone',
    names: [
      'Ethylhexyl Triazone',
      'Octyl Triazone',
      'Bis-Ethylhexyloxyphenol Methoxyphenyl Triazine',
      'Bemotrizinol',
      'Diethylamino Hydroxybenzoyl Hexyl Benzoate',
      'Drometrizole Trisiloxane',
      'Terephthalylidene Dicamphor Sulfonic Acid',
      'Ecamsule',
      'Methylene Bis-Benzotriazolyl Tetramethylbutylphenol',
      'Phenylbenzimidazole Sulfonic Acid',
      'Ensulizole',
      'Diethylhexyl Butamido Triazone',
      'Isoamyl P-Methoxycinnamate',
      'Polysilicone-15',
      '4-Methylbenzylidene Camphor',
      'Methoxypropylamino Cyclohexenylidene Ethoxyethylcyanoacetate',
      'Ethylhexyl Dimethyl PABA',
    ],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'menthol',
    category: 'cooling-agent',
    canonical: 'Menthol',
    names: ['Menthol', 'L-Menthol', 'Camphor', 'Racemic Menthol', 'DL-Menthol'],
    notMatch: ['Menthone Glycerin Acetal'],
    severity: 'high',
    reason: 'cooling irritant',
  },
  {
    id: 'menthol-derivative',
    category: 'cooling-agent',
    canonical: 'Menthyl Lactate',
    names: ['Menthyl Lactate', 'Menthoxypropanediol', 'Menthyl PCA'],
    severity: 'low',
    reason: 'milder menthol derivative',
  },
  {
    id: 'witch-hazel',
    category: 'astringent',
    canonical: 'Hamamelis Virginiana Water',
    names: [
      'Hamamelis Virginiana Water',
      'Hamamelis Virginiana Extract',
      'Hamamelis Virginiana Leaf Extract',
      'Hamamelis Virginiana Bark/Leaf/Twig Extract',
      'Hamamelis Virginiana Leaf Water',
      'Witch Hazel',
      'Witch Hazel Water',
      'Witch Hazel Extract',
      'Witch Hazel Distillate',
    ],
    severity: 'low',
    reason: 'astringent (witch hazel)',
  },
  {
    id: 'azelaic-acid',
    category: 'azelaic-acid',
    canonical: 'Azelaic Acid',
    names: ['Azelaic Acid', 'Acide Azélaïque'],
    severity: 'high',
    reason: 'azelaic acid',
    ...ACID,
  },
  {
    id: 'azelaic-derivative',
    category: 'azelaic-acid',
    canonical: 'Potassium Azeloyl Diglycinate',
    names: ['Potassium Azeloyl Diglycinate', 'Azeloyl Diglycinate'],
    severity: 'low',
    reason: 'azelaic acid derivative: milder',
  },
];

/**
 * Names that look like an irritant but are not (a harmless competitor in matching, never flagged).
 * Collected from the rules' notMatch lists plus the traps named in the issue.
 */
export const LOOKALIKES: string[] = [
  ...RULES.flatMap((r) => r.notMatch ?? []),
  'Butylated Hydroxytoluene',
  'BHT',
  'Sodium Hyaluronate',
  'Hyaluronic Acid',
  'Lactobacillus Ferment Lysate',
  'Saccharomyces Ferment Filtrate',
  'Lactobacillus/Soybean Ferment Extract',
  'Sodium Gluconate',
  'Calcium Gluconate',
  'Glucose',
  'Glycerin',
  'Glycine',
  'Glycol',
  'Glyceryl Stearate',
  'Retinyl Palmitate Polypeptide',
  'Sodium PCA',
  'Isopropyl Isostearate',
  'Polylactic Acid',
  'Ascorbyl Glucoside Polymer',
  'Citrus Aurantium Dulcis Fruit Water',
  'Citrus Limon Fruit Extract',
  'Rosmarinus Officinalis Leaf Extract',
  'Lavandula Angustifolia Flower Extract',
  'Prunus Armeniaca Kernel Oil',
  'Salicornia Herbacea Extract',
  'Hydrolyzed Silk',
  'Maltodextrin',
  'Lactose',
  'Mentha Piperita Leaf Extract',
  'Mentha Piperita Leaf Water',
  'Papaya Seed Oil',
  'Carica Papaya Seed Oil',
];

/** Everything the engine checks, for the "nothing detected - we checked: ..." line. */
export const CHECKED_CATEGORIES: CategoryId[] = Object.keys(CATEGORIES) as CategoryId[];

// ------------------------------------------------------------------ token patterns
// Families too large to list name by name: essential oils by botanical name, scrub powders by plant
// part, SD alcohols by number. They work on normalized tokens (no regex), so they cannot backtrack.

/** Genera (or genus + species) whose oils are volatile essential oils, never carrier oils. */
const EO_GENERA = new Set([
  'lavandula',
  'mentha',
  'eucalyptus',
  'melaleuca',
  'cymbopogon',
  'pelargonium',
  'cananga',
  'boswellia',
  'santalum',
  'pogostemon',
  'eugenia',
  'syzygium',
  'cinnamomum',
  'jasminum',
  'cedrus',
  'juniperus',
  'cupressus',
  'thymus',
  'origanum',
  'ocimum',
  'rosmarinus',
  'litsea',
  'vetiveria',
  'chrysopogon',
  'helichrysum',
  'commiphora',
  'cistus',
  'anthemis',
  'chamomilla',
  'matricaria',
  'ormenis',
  'tanacetum',
  'artemisia',
  'citrus',
  'abies',
  'picea',
  'aniba',
  'elettaria',
  'zingiber',
  'coriandrum',
  'foeniculum',
  'illicium',
  'pimpinella',
  'leptospermum',
  'myrtus',
  'ravensara',
  'backhousia',
  'amyris',
  'nardostachys',
  'michelia',
  'osmanthus',
  'polianthes',
  'lippia',
  'aloysia',
  'laurus',
  'gaultheria',
  'salvia sclarea',
  'salvia officinalis',
  'salvia lavandulifolia',
  'rosa damascena',
  'rosa centifolia',
  'rosa gallica',
  'pinus sylvestris',
  'pinus pinaster',
  'pinus mugo',
  'piper nigrum',
  'daucus carota',
]);

/** Common names of essential oils (with the token "oil"). */
const EO_COMMON = new Set([
  'lavender',
  'peppermint',
  'spearmint',
  'mint',
  'eucalyptus',
  'rosemary',
  'lemon',
  'orange',
  'bergamot',
  'grapefruit',
  'lime',
  'mandarin',
  'tangerine',
  'yuzu',
  'geranium',
  'ylang',
  'lemongrass',
  'frankincense',
  'sandalwood',
  'clove',
  'cinnamon',
  'patchouli',
  'chamomile',
  'neroli',
  'jasmine',
  'cedarwood',
  'vetiver',
  'thyme',
  'basil',
  'cypress',
  'juniper',
  'palmarosa',
  'petitgrain',
  'myrrh',
  'helichrysum',
  'immortelle',
  'niaouli',
  'manuka',
  'rosewood',
  'citronella',
  'cajeput',
  'tea tree',
  'clary sage',
  'rose flower',
  'damask rose',
  'essential',
  'wintergreen',
  'camphor',
]);

/** Tokens that make an oil name a carrier / processed oil, or not an oil at all. */
const NOT_EO = new Set([
  'seed',
  'kernel',
  'nut',
  'butter',
  'extract',
  'water',
  'wax',
  'juice',
  'ferment',
  'glycerides',
  'glyceride',
  'esters',
  'ester',
  'hydrogenated',
  'peg',
  'unsaponifiables',
  'polyglyceryl',
  'acid',
  'sterols',
  'hip',
  'rosehip',
  'hips',
  'canina',
  'rubiginosa',
  'moschata',
  'hispanica',
  'powder',
  'cera',
]);

const SCRUB_PART = new Set([
  'shell',
  'pit',
  'husk',
  'hull',
  'stone',
  'grounds',
  'seed',
  'kernel',
  'cob',
  'stem',
]);
const SCRUB_FORM = new Set(['powder', 'meal', 'granule', 'grain', 'grains', 'grounds', 'scrub']);
const NOT_SCRUB = new Set([
  'extract',
  'oil',
  'butter',
  'water',
  'juice',
  'wax',
  'esters',
  'acid',
  'protein',
  'ferment',
]);
/** Starch and colloidal oat / rice powders: soft, not abrasive. */
const SOFT_POWDER = new Set([
  'avena',
  'oat',
  'oryza',
  'rice',
  'zea',
  'corn',
  'maranta',
  'tapioca',
  'manihot',
]);

function hasPair(tokens: string[], set: Set<string>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (set.has(t)) return true;
    const next = tokens[i + 1];
    if (next !== undefined && set.has(`${t} ${next}`)) return true;
  }
  return false;
}

function hasAny(tokens: string[], set: Set<string>): boolean {
  for (const t of tokens) if (set.has(t)) return true;
  return false;
}

function hasSeq(tokens: string[], a: string, b: string): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) if (tokens[i] === a && tokens[i + 1] === b) return true;
  return false;
}

/**
 * Rule id for a family pattern, or null. `tokens` are the normalized tokens of one item (its name
 * and parenthesised aliases together, so "Melaleuca Alternifolia (Tea Tree) Leaf Oil" is seen whole).
 */
export function matchPattern(tokens: string[]): string | null {
  if (tokens.length === 0 || tokens.length > 16) return null;
  const has = (t: string) => tokens.includes(t);
  // SD Alcohol 40-B, Alcohol Denat. (any word order), Denatured Alcohol.
  if (hasSeq(tokens, 'sd', 'alcohol') || (has('alcohol') && has('denat'))) return 'drying-alcohol';
  if (has('oil') && !hasAny(tokens, NOT_EO)) {
    if (hasPair(tokens, EO_GENERA) || hasPair(tokens, EO_COMMON)) return 'essential-oil';
  }
  // "Natural Cinnamon Flavor", "Vanilla Fragrance": a named flavour or fragrance is still fragrance
  const last = tokens[tokens.length - 1]!;
  if (
    last === 'flavor' ||
    last === 'flavour' ||
    last === 'fragrance' ||
    last === 'parfum' ||
    last === 'aroma'
  ) {
    return 'fragrance';
  }
  if (has('salix') && has('bark')) return 'willow-bark';
  if (hasSeq(tokens, 'willow', 'bark')) return 'willow-bark';
  if ((has('hamamelis') || hasSeq(tokens, 'witch', 'hazel')) && !has('seed') && !has('oil'))
    return 'witch-hazel';
  if (has('pumice') || has('perlite')) return 'shell-seed-powder';
  if (hasAny(tokens, SCRUB_FORM) && !hasAny(tokens, NOT_SCRUB)) {
    if (has('bambusa') || has('bamboo')) return 'shell-seed-powder';
    if (hasAny(tokens, SCRUB_PART) && !hasAny(tokens, SOFT_POWDER)) return 'shell-seed-powder';
  }
  if (
    ((has('carica') && has('papaya')) || (has('ananas') && has('sativus'))) &&
    !has('seed') &&
    !has('oil')
  ) {
    return 'enzyme-fruit';
  }
  return null;
}
