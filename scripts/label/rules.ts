/**
 * The labelling rules of tests/fixtures/ingredients/README.md ("Labelling rules"), as word lists and regular
 * expressions written for the labeller alone. They are not the engine's lists and must not become them: the
 * point of the independent set is that a blind spot of the engine is not also a blind spot of its labels.
 *
 * A rule reads one item (lower-cased, see text.ts) with its position and the product's context, and says
 * `warn` (the category must produce a high or low finding), `no` (a look-alike that must not), or
 * `undecided` (excluded from scoring). Anything a rule cannot place is left to the hand review.
 */
import type { LabelItem } from './text';

export const CATEGORIES = [
  'retinoid',
  'aha',
  'bha',
  'pha',
  'physical-exfoliant',
  'benzoyl-peroxide',
  'vitamin-c',
  'drying-alcohol',
  'fragrance',
  'essential-oil',
  'enzyme',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Verdict = 'warn' | 'no' | 'undecided';

export interface RuleHit {
  category: Category;
  verdict: Verdict;
  /** Short rule name, quoted in the review sheet. */
  rule: string;
}

export interface ProductContext {
  name?: string;
  category?: string;
}

/** What the rules need to know about the product (name and shop category, when the source has them). */
export interface Ctx {
  scrub: boolean;
  vitaminC: boolean;
  enzyme: boolean;
}

/** "Peel-off" masks are films, not peels. */
const SCRUB_PRODUCT =
  /scrub|exfoli|foliant|polish|gommage|peeling|\bpeel(?![\s-]*off)|buff(?:ing)?\b|microderm|dermabrasion|resurfac|smoothing grains|\bgrains\b/i;
const VITAMIN_C_PRODUCT =
  /vitamin[\s-]*c\b|\bvit\.?[\s-]*c\b|ascorb|\bc[\s-](?:firma|e ferulic|serum)\b|\bc\+|\bc[\s-]?(?:10|12|15|20|25)\b|super[\s-]*c\b/i;

export function context(ctx: ProductContext | undefined): Ctx {
  const s = `${ctx?.name ?? ''} | ${ctx?.category ?? ''}`;
  return { scrub: SCRUB_PRODUCT.test(s), vitaminC: VITAMIN_C_PRODUCT.test(s), enzyme: /enzyme/i.test(s) };
}

// ---------------------------------------------------------------------------------------------------------
// retinoid: every retinoid in the list warns, at any position (retinyl esters included: the amount cannot be
// read from a list, and a caution on freshly needled skin is what clinic sheets ask for).
const RETINOID =
  /\bretin(?:ol|al|aldehyde|oic acid|oate|oid)\b|\bretinyl\b|\b(?:iso)?tretinoin\b|\badapalene\b|\btazarotene\b|\btrifarotene\b|\balitretinoin\b|\bhydroxypinacolone\b/;

function retinoid(n: string): RuleHit | null {
  if (RETINOID.test(n)) return { category: 'retinoid', verdict: 'warn', rule: 'retinoid' };
  if (/\bvitamin a\b/.test(n))
    return { category: 'retinoid', verdict: 'undecided', rule: '"vitamin a" unnamed' };
  if (/\bbakuchiol\b|\bbeta-?carotene\b/.test(n))
    return { category: 'retinoid', verdict: 'no', rule: 'not a retinoid' };
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// aha
/** Position rule for acids that are also pH adjusters (citric, malic, tartaric). */
function phAdjusterAcid(it: LabelItem, c: Ctx, name: string): RuleHit {
  if (it.position <= 5) return { category: 'aha', verdict: 'warn', rule: `${name} in the first 5` };
  if (c.scrub && it.position <= Math.ceil(it.of / 3))
    return { category: 'aha', verdict: 'warn', rule: `${name} in the first third of an exfoliant` };
  if (it.position > 10 || it.position > it.of / 2)
    return { category: 'aha', verdict: 'no', rule: `${name} late: pH adjuster` };
  return { category: 'aha', verdict: 'undecided', rule: `${name} mid-list` };
}

function aha(it: LabelItem, c: Ctx): RuleHit | null {
  const n = it.norm;
  if (/copolymer|polymer|\bplga\b/.test(n) && /lactic|glycolic/.test(n))
    return { category: 'aha', verdict: 'no', rule: 'lactic/glycolic copolymer' };
  if (
    /\b(?:glycolic|lactic|mandelic)\s+a[cs]id\b|\bhydroxyacetic\b|\b2-hydroxypropanoic\b|\bammonium (?:glycolate|lactate)\b/.test(
      n,
    )
  )
    return { category: 'aha', verdict: 'warn', rule: 'glycolic/lactic/mandelic acid' };
  if (/\bcitric a[cs]id\b/.test(n)) return phAdjusterAcid(it, c, 'citric acid');
  if (/\bmalic a[cs]id\b/.test(n)) return phAdjusterAcid(it, c, 'malic acid');
  if (/\btartaric a[cs]id\b/.test(n)) return phAdjusterAcid(it, c, 'tartaric acid');
  if (/\b(?:alpha[\s-]hydroxy acids?|aha|fruit acids?)\b/.test(n))
    return { category: 'aha', verdict: 'undecided', rule: 'unnamed AHA' };
  if (/\bhydroxycaprylic acid\b/.test(n))
    return { category: 'aha', verdict: 'undecided', rule: 'hydroxycaprylic acid' };
  if (/\b(?:sodium|potassium|calcium|magnesium) lactate\b|\blactylate\b|\bglycolate\b/.test(n))
    return { category: 'aha', verdict: 'no', rule: 'lactate/glycolate salt' };
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// bha
function bha(n: string): RuleHit | null {
  if (
    /\bsalicylic a[cs]id\b|\bbetaine salicylate\b|\bsodium salicylate\b|\b2-hydroxybenzoic\b|\bbeta[\s-]hydroxy acid\b/.test(
      n,
    )
  )
    return { category: 'bha', verdict: 'warn', rule: 'salicylic acid or its salt' };
  if (/\bsalicylate\b|\bhomosalate\b|\bsalix\b|\bwillow\b|\bbutylated hydroxyanisole\b/.test(n))
    return { category: 'bha', verdict: 'no', rule: 'salicylate ester / willow / BHA-the-antioxidant' };
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// pha
function pha(it: LabelItem, all: LabelItem[]): RuleHit | null {
  const n = it.norm;
  if (/\blactobionic acid\b|\bmaltobionic acid\b|\bgalactonolactone\b/.test(n))
    return { category: 'pha', verdict: 'warn', rule: 'lactobionic/maltobionic acid' };
  if (/\bglucono-?(?:delta-?)?lactone\b|\bgluconolactone\b/.test(n)) {
    // Gluconolactone + sodium benzoate (+ calcium gluconate) late in a list is a preservative blend.
    const near = all.filter(
      (o) =>
        o !== it &&
        Math.abs(o.position - it.position) <= 3 &&
        o.of === it.of &&
        o.mayContain === it.mayContain,
    );
    const blend = near.some((o) => /\bsodium benzoate\b|\bcalcium gluconate\b/.test(o.norm));
    if (blend && it.position > it.of / 2)
      return { category: 'pha', verdict: 'undecided', rule: 'gluconolactone in a late preservative blend' };
    return { category: 'pha', verdict: 'warn', rule: 'gluconolactone' };
  }
  if (/\bgluconate\b/.test(n)) return { category: 'pha', verdict: 'no', rule: 'gluconate salt' };
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// physical-exfoliant
/**
 * Materials used only as abrasives: warn in any product. Not perlite or rice hull powder: the selection shows
 * them as absorbents in an eye cream, a powder foundation and a dry shampoo (soft particles, below).
 */
const HARD_ABRASIVE =
  /\b(?:shell|pit|stone)s?\s*(?:powder|granules?|flour|meal|particles?)\b|\bpumice\b|\bjuglans regia\b.*\bshell\b|\bwalnut shell\b|\bprunus armeniaca\b.*\bseed powder\b|\bapricot (?:seed|kernel|pit|shell) (?:powder|granules?)\b|\bcorundum\b|\bloofah\b|\bluffa\b/;
/** Particles that are a scrub only in a scrub / exfoliator / polish / peel product. */
const SOFT_PARTICLE =
  /\bsilica\b|\bpolyethylene\b|\bperlite\b|\b(?:husk|hull)s?\s*(?:powder|flour|meal)\b|\bkaolin\b|\bbentonite\b|\bmontmorillonite\b|\billite\b|\bclay\b|\bjojoba (?:esters|beads|wax beads)\b|\bcellulose\b|\bdiatomaceous\b|\bseed (?:powder|meal|flour)\b|\bkernel (?:powder|meal|flour)\b|\bbean (?:powder|meal)\b|\b(?:rice|oat|oryza sativa|avena sativa|bamboo|bambusa|zea mays|corn)\b.*\b(?:powder|meal|bran|flour|granules)\b|\bcoffea?\b.*\b(?:powder|seed|grounds?)\b|\bcoffee\b|\balumina\b|\baluminum oxide\b|\bcalcium carbonate\b|\bbeads?\b|\bgranules?\b|\bmicrospheres?\b|\bpolylactic acid\b|\bnylon-\d+\b/;
const SALT_SUGAR =
  /\bsodium chloride\b|\bmaris sal\b|\bsea salt\b|\bsalt\b|\bdead sea\b.*\bsalt|\bmagnesium sulfate\b|\bsucrose\b|\bsugar\b|\bsaccharum\b|\bsaccharose\b/;

/**
 * Dissolved or film-forming forms of the particle materials: thickeners and binders, never grains. Not
 * cellulose acetate: the beads of three scrubs in the selection (Avene, Versed, Dermalogica-style bars).
 */
const NOT_A_GRAIN =
  /\bgum\b|(?<!cellulose )\bacetate\b|\bhydroxy\w*\s*cellulose\b|\b(?:methyl|ethyl|carboxymethyl)\s*cellulose\b|\bcellulose gum\b|\bsilicate\b|\bsilylate\b|\bglycol\b|\bpeg-|\bstearalkonium\b|\bdisteardimonium\b|\bquaternium-\d+\b|\b(?:ester|esters|stearate|laurate|palmitate|cocoate|polycottonseedate|benzoate|dilaurate|erucate)\b/;

function physical(it: LabelItem, c: Ctx): RuleHit | null {
  // Parenthesised notes are not the material: "Carbomer (sucrose derived)", "Perlite (exfoliant)" keeps perlite.
  const n = it.norm.replace(/\([^)]*\)/g, ' ');
  if (
    /\boil\b|\bextract\b|\bbutter\b|\bwater\b|\bjuice\b|\bsap\b|\bwax\b|\bferment\b/.test(n) &&
    !/\bpowder\b|\bbeads?\b/.test(n)
  ) {
    // Apricot kernel OIL, walnut shell extract, luffa extract: not particles.
    if (/\b(?:kernel|seed|shell|nut|luffa|walnut|apricot)\b/.test(n))
      return { category: 'physical-exfoliant', verdict: 'no', rule: 'oil/extract of a scrub material' };
    return null;
  }
  if (HARD_ABRASIVE.test(n))
    return { category: 'physical-exfoliant', verdict: 'warn', rule: 'hard abrasive' };
  if (NOT_A_GRAIN.test(n)) return null;
  if (SALT_SUGAR.test(n)) {
    if (!c.scrub)
      return { category: 'physical-exfoliant', verdict: 'no', rule: 'salt/sugar outside a scrub' };
    return it.position <= 5
      ? { category: 'physical-exfoliant', verdict: 'warn', rule: 'salt/sugar base of a scrub' }
      : { category: 'physical-exfoliant', verdict: 'undecided', rule: 'salt/sugar late in a scrub' };
  }
  if (SOFT_PARTICLE.test(n)) {
    return c.scrub
      ? { category: 'physical-exfoliant', verdict: 'warn', rule: 'particle in a scrub' }
      : { category: 'physical-exfoliant', verdict: 'no', rule: 'particle outside a scrub' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
function benzoylPeroxide(n: string): RuleHit | null {
  if (/\bbenzoyl\s*peroxide\b/.test(n))
    return { category: 'benzoyl-peroxide', verdict: 'warn', rule: 'benzoyl peroxide' };
  if (/\bperoxide\b/.test(n))
    return { category: 'benzoyl-peroxide', verdict: 'no', rule: 'another peroxide' };
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// vitamin-c: L-ascorbic acid (the form in the granuloma reports) warns anywhere; a derivative warns as the
// hero of a vitamin C product or in the first 5, is a note far down (after 10 or after half the list).
function vitaminC(it: LabelItem, c: Ctx): RuleHit | null {
  const n = it.norm;
  const derivative =
    /\bascorbyl\b|\bascorbate\b|\bethyl ascorbic\b|\b3-o-ethyl\b|\bascorbic acid (?:polypeptide|glucoside)\b|\bascorbyl glucoside\b/.test(
      n,
    );
  if (!derivative && (/\b(?:l-)?ascorbic a[cs]id\b/.test(n) || /^vitamin c\b/.test(n)))
    return { category: 'vitamin-c', verdict: 'warn', rule: 'ascorbic acid' };
  if (!derivative) return null;
  if (c.vitaminC || it.position <= 5)
    return { category: 'vitamin-c', verdict: 'warn', rule: 'derivative as the hero' };
  if (it.position > 10 || it.position > it.of / 2)
    return { category: 'vitamin-c', verdict: 'no', rule: 'trace derivative' };
  return { category: 'vitamin-c', verdict: 'undecided', rule: 'derivative mid-list' };
}

// ---------------------------------------------------------------------------------------------------------
// drying-alcohol: ethanol and isopropanol in any form, at any position.
/**
 * Named alcohols that are not ethanol: every "-yl alcohol" (cetyl, stearyl, benzyl, "Cetl" as one Sephora list
 * spells it...) other than ethyl and isopropyl, plant-named fatty alcohols, and alcohol-free claims.
 */
const FATTY_OR_AROMATIC_ALCOHOL =
  /\b(?!(?:ethyl|isopropyl)\b)\w+yl\s+alcohols?\b|\b(?:cetl|lanolin|wool|anise|jojoba|coconut|sugar|sterol|brassica|rapeseed|polyvinyl|c\d+-\d+|hydroxy\w*)\s+alcohols?\b|\balcohols\b|\balcohol[\s-]free\b|\bfree (?:of|from) alcohol\b|\bstearylicus\b/;

/** Names that contain "ethanol" or "ethyl alcohol" without being ethanol. */
const NOT_ETHANOL =
  /\bphen(?:oxy|yl)[\s-]*ethanol\b|\bphenyl ethyl alcohol\b|\balcohol (?:cetylicus|stearylicus|cetylstearylicus|benzylicus)\b/;

function dryingAlcohol(raw: string): RuleHit | null {
  const n = raw.replace(NOT_ETHANOL, ' ');
  if (n !== raw && !/\balcohol\b|\bethanol\b/.test(n))
    return {
      category: 'drying-alcohol',
      verdict: 'no',
      rule: 'phenoxyethanol / phenethyl / latin fatty alcohol',
    };
  if (/\b(?:t-butyl|tert-butyl)\s+alcohol\b/.test(n))
    return { category: 'drying-alcohol', verdict: 'undecided', rule: 't-butyl alcohol alone' };
  if (
    /\balcohol denat|\bsd[\s-]?alcohol\b|\bdenatured alcohol\b|\bethanol\b|\bethyl alcohol\b|\bisopropyl alcohol\b|\bisopropanol\b|\b2-propanol\b|\bpropan-2-ol\b|\balcool\b|\balkohol\b/.test(
      n,
    )
  )
    return { category: 'drying-alcohol', verdict: 'warn', rule: 'ethanol / isopropanol' };
  const bare = n
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*+]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/\balcohol\b/.test(n) && !/\balcohol\b/.test(bare) && !FATTY_OR_AROMATIC_ALCOHOL.test(n))
    return { category: 'drying-alcohol', verdict: 'undecided', rule: '"alcohol" in parentheses' };
  if (/\balcohol\b/.test(bare) && !FATTY_OR_AROMATIC_ALCOHOL.test(n)) {
    // "Alcohol", "Organic Alcohol", "Alcohol/Ethanol", "Water, Alcohol (and) Witch Hazel Extract".
    if (
      /^(?:organic |natural |grain |wheat |cane |sugar cane |denat\.? )?alcohol\b(?!\s+(?:esters?|extract))/.test(
        bare,
      ) ||
      /\/\s*alcohol\b|\(and\)\s*alcohol\b/.test(n)
    )
      return { category: 'drying-alcohol', verdict: 'warn', rule: 'alcohol' };
    return { category: 'drying-alcohol', verdict: 'undecided', rule: 'unplaced "alcohol"' };
  }
  if (/\balcohols?\b|\bstearylicus\b/.test(n))
    return { category: 'drying-alcohol', verdict: 'no', rule: 'fatty or aromatic alcohol' };
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// fragrance: a declared fragrance, perfume, aroma or flavour (including flavour oils); allergens alone do not.
const FRAGRANCE_ALLERGEN =
  /\b(?:linalool|limonene|d-limonene|citral|geraniol|citronellol|eugenol|isoeugenol|coumarin|farnesol|benzyl (?:benzoate|salicylate|cinnamate)|hexyl cinnamal|amyl cinnamal|cinnamal|cinnamyl alcohol|anise alcohol|anisyl alcohol|alpha-isomethyl ionone|butylphenyl methylpropional|hydroxycitronellal|hydroxyisohexyl|evernia|vanillin|ethyl vanillin)\b/;

const FRAGRANCE_WORD =
  /\b(?:fragrances?|fragance|fragrence|parfums?|par-fum|perfumes?|aroma|arome|flavou?rs?|flavou?ring)\b/;

function fragrance(n: string): RuleHit | null {
  if (
    /\b(?:fragrance|parfum|perfume)[\s-]?free\b|\b(?:no|without|free (?:from|of)) (?:added )?(?:synthetic )?(?:fragrances?|parfum|perfume)\b|\bunscented\b/.test(
      n,
    )
  )
    return { category: 'fragrance', verdict: 'no', rule: 'fragrance-free claim' };
  const bare = n.replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ').trim();
  // "Coumarin (EU fragrance allergen)", "Linalool (fragrances of botanical origin)": an allergen, annotated.
  if (FRAGRANCE_ALLERGEN.test(bare) && !FRAGRANCE_WORD.test(bare))
    return { category: 'fragrance', verdict: 'no', rule: 'allergen alone' };
  if (FRAGRANCE_WORD.test(bare) || (bare.length === 0 && FRAGRANCE_WORD.test(n)))
    return { category: 'fragrance', verdict: 'warn', rule: 'fragrance / aroma / flavour' };
  // "Citrus Aurantium Dulcis Peel Oil (fragrances of botanical origin)": an essential oil used as fragrance.
  if (FRAGRANCE_WORD.test(n))
    return { category: 'fragrance', verdict: 'undecided', rule: 'fragrance only in a note' };
  if (FRAGRANCE_ALLERGEN.test(n)) return { category: 'fragrance', verdict: 'no', rule: 'allergen alone' };
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// essential-oil: an aromatic plant's volatile oil, by genus (or common name) + any part + "oil", or the words
// "essential oil". Seed, kernel, nut and germ oils are fixed (carrier) oils, except spice seeds whose oil is
// distilled (coriander, carrot, fennel, cardamom, anise, cumin, caraway, dill, celery, parsley, nutmeg).
const AROMATIC_GENUS =
  /\b(?:citrus|lavandula|lavandin|ferula|galbanum|bulnesia|guaiac|adesmia|rosmarinus|mentha|eucalyptus|melaleuca|pelargonium|jasminum|cananga|chamomilla|matricaria|anthemis|ormenis|tanacetum|cymbopogon|salvia|cedrus|juniperus|cupressus|pogostemon|vetiveria|chrysopogon|boswellia|commiphora|cinnamomum|syzygium|eugenia|origanum|thymus|ocimum|foeniculum|coriandrum|pinus|abies|picea|litsea|myrtus|laurus|pimenta|illicium|pimpinella|zingiber|elettaria|daucus|helichrysum|lippia|aloysia|aniba|leptospermum|kunzea|backhousia|gaultheria|copaifera|amyris|styrax|myroxylon|ravensara|artemisia|tagetes|achillea|hyssopus|melissa|nepeta|perilla|piper|nardostachys|valeriana|angelica|levisticum|apium|cuminum|carum|anethum|petroselinum|curcuma|cistus|santalum|myristica|citrus|betula|dryobalanops|cedrela|thuja|chamaecyparis|cryptomeria|agathosma|cinnamon|michelia|magnolia|osmanthus|polianthes|narcissus|iris|viola|lavender|rosemary|peppermint|spearmint|tea tree|geranium|jasmine|ylang|chamomile|camomile|lemongrass|citronella|palmarosa|clary sage|cedarwood|juniper|cypress|patchouli|vetiver|frankincense|olibanum|myrrh|clove|oregano|thyme|basil|fennel|coriander|litsea|bergamot|neroli|petitgrain|grapefruit|mandarin|tangerine|lemon|lime|orange|yuzu|sandalwood|wintergreen|ginger|cardamom|helichrysum|manuka|tansy|camphor|ho wood|niaouli|cajeput|rosewood|pine|fir|spruce|verbena|marjoram|tarragon|caraway|anise|nutmeg|cinnamomum)\b/;
const ROSE_FLOWER_OIL =
  /\brosa (?:damascena|centifolia|gallica|alba)\b.*\boil\b|\brose (?:flower )?oil\b|\brose otto\b/;
const SPICE_SEED =
  /\b(?:coriandrum|coriander|daucus|carrot|foeniculum|fennel|elettaria|cardamom|pimpinella|anise|cuminum|cumin|carum|caraway|anethum|dill|apium|celery|petroselinum|parsley|myristica|nutmeg|piper)\b/;
const CARRIER_PART =
  /\b(?:seed|kernel|nut|germ|seedcake|bran)\s*oil\b|\b(?:seed|kernel|nut)\s*(?:butter|wax)\b/;

function essentialOil(n: string): RuleHit | null {
  // A bare binomial: LookFantastic's cleaned lists cut part words, so "lavandula angustifolia" may have been an
  // oil or an extract,
  // and "rosa canina flower oil" is no INCI name (rosehip has no flower oil). Neither can be decided.
  const [genus, species] = n.split(' ');
  if (
    /^[a-z]+ [a-z]+$/.test(n) &&
    AROMATIC_GENUS.test(genus!) &&
    !/^(?:oils?|extract|water|alcohol|aldehyde|flower|leaf|peel|seed|root|bark|wood|fruit|powder|juice|wax|butter|hydrosol)$/.test(
      species!,
    )
  )
    return { category: 'essential-oil', verdict: 'undecided', rule: 'bare botanical name (cleaned list)' };
  if (/\brosa canina flower oil\b/.test(n))
    return { category: 'essential-oil', verdict: 'undecided', rule: 'rosa canina flower oil (cleaned list)' };
  if (
    /\b(?:free (?:of|from)|without|no) (?:\w+ )?essential oils?\b|\bnaturally present in essential oils?\b/.test(
      n,
    )
  )
    return { category: 'essential-oil', verdict: 'no', rule: 'essential-oil-free claim or allergen note' };
  if (/\bessential oils?\b|\bhuiles? essentielles?\b|\batherische/.test(n))
    return { category: 'essential-oil', verdict: 'warn', rule: '"essential oil"' };
  if (!/\boils?\b/.test(n)) return null;
  if (/\bflavou?r/.test(n)) return null; // a flavour oil is fragrance (see fragrance)
  if (/\brosa (?:canina|rubiginosa|moschata|eglanteria|mosqueta)\b|\brosehip\b|\brose hip\b/.test(n))
    return { category: 'essential-oil', verdict: 'no', rule: 'rosehip: carrier oil' };
  if (/\bsalvia hispanica\b|\bchia\b/.test(n))
    return { category: 'essential-oil', verdict: 'no', rule: 'chia: carrier oil' };
  if (ROSE_FLOWER_OIL.test(n)) return { category: 'essential-oil', verdict: 'warn', rule: 'rose flower oil' };
  // "Salvia Hispanica (Chia) Seed Oil", "Santalum Spicatum Seed Oil", "Citrus Paradisi Seed Oil": carriers.
  if (CARRIER_PART.test(n) && !SPICE_SEED.test(n)) {
    return AROMATIC_GENUS.test(n)
      ? { category: 'essential-oil', verdict: 'no', rule: 'seed/kernel oil of an aromatic genus' }
      : null;
  }
  // "Citrus Aurantium Dulcis (Orange) Fruit Water", "Citrus ... Peel Extract" have no "oil": not reached.
  if (
    AROMATIC_GENUS.test(n) &&
    !/\bmineral oil\b|\bhydrogenated\b|\bpeg-\d+\b|\bglycerides?\b|\besters?\b|\bpolyglyceryl\b/.test(n)
  )
    return { category: 'essential-oil', verdict: 'warn', rule: 'aromatic genus + oil' };
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// enzyme: named proteolytic enzymes; papaya / pineapple / pumpkin extracts only in an enzyme product (undecided).
function enzyme(n: string, c: Ctx): RuleHit | null {
  if (
    /\bpapain\b|\bbromelain\b|\bactinidin\b|\bficin\b|\bsubtilisin\b|\bprotease\b|\bkeratinase\b|\b(?:papaya|pineapple|pumpkin|fruit|protein-digesting)\s+enzymes?\b|^enzymes?$/.test(
      n,
    ) &&
    !/\bsuperoxide dismutase\b|\blysozyme\b|\blipase\b|\bamylase\b|\boxidase\b|\bperoxidase\b|\bcoenzyme\b/.test(
      n,
    )
  )
    return { category: 'enzyme', verdict: 'warn', rule: 'proteolytic enzyme' };
  if (
    /\bcarica papaya\b|\bpapaya\b|\bananas\b|\bpineapple\b|\bcucurbita pepo\b|\bpumpkin\b/.test(n) &&
    /\bextract|ferment|juice|powder\b/.test(n)
  )
    return c.enzyme
      ? { category: 'enzyme', verdict: 'undecided', rule: 'fruit extract in an enzyme product' }
      : { category: 'enzyme', verdict: 'no', rule: 'fruit extract' };
  return null;
}

/** Every rule hit on one item. */
export function hitsFor(it: LabelItem, all: LabelItem[], c: Ctx): RuleHit[] {
  const n = it.norm;
  const out: (RuleHit | null)[] = [
    retinoid(n),
    aha(it, c),
    bha(n),
    pha(it, all),
    physical(it, c),
    benzoylPeroxide(n),
    vitaminC(it, c),
    dryingAlcohol(n),
    fragrance(n),
    essentialOil(n),
    enzyme(n, c),
  ];
  return out.filter((h): h is RuleHit => h !== null);
}
