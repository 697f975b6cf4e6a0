/**
 * Family patterns: ingredient families too large to list name by name - essential oils by botanical genus
 * or common name, scrub powders by plant part and form, SD alcohols by number, named flavours and
 * fragrances, willow bark, witch hazel, papaya and pineapple extracts. Each family answers with the id of
 * the rule (rules/) its items belong to.
 *
 * They work on normalized tokens (no regex), so they cannot backtrack.
 */

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
  // conifers, shrubs and herbs whose leaf, wood or flower oils are steam-distilled (the less common
  // aromatic genera the held-out misses named: hinoki, paramela, cape chamomile)
  'chamaecyparis',
  'thuja',
  'cryptomeria',
  'callitris',
  'adesmia',
  'boronia',
  'eriocephalus',
  'tagetes',
  'hyssopus',
  'melissa',
  'satureja',
  'levisticum',
  'angelica',
  'ferula',
  'bulnesia',
  'agathosma',
  'kunzea',
  'aquilaria',
  'cuminum',
  'carum',
  'anethum',
  'myristica',
  'vetivera',
  'valeriana',
  'prostanthera',
  'eremophila',
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
  // Litsea cubeba's oil, listed by its common name alone ("May Chang Oil") on natural brands' labels
  'may chang',
  'ho wood',
  // the common names of the genera above, as labels write them without the Latin ("Ginger Root Oil",
  // "Spruce Needle Oil"), or beside a misspelt genus ("Ziniber Officinale (Ginger) Root Oil"). None of four
  // letters or fewer: pine, fir, sage and dill are one edit from common words ("Pink Lotus" -> pine)
  'ginger',
  'spruce',
  'cedar',
  'marjoram',
  'oregano',
  'hyssop',
  'melissa',
  'verbena',
  'tansy',
  'cassia',
  'black pepper',
  'cardamom',
  'fennel',
  'anise',
  'nutmeg',
  'coriander',
  'caraway',
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

/** Genera (and common names) of spices whose seed oil is an essential oil. */
const SPICE_SEED = new Set([
  'daucus',
  'carrot',
  'coriandrum',
  'coriander',
  'cuminum',
  'foeniculum',
  'fennel',
  'pimpinella',
  'anise',
  'myristica',
  'nutmeg',
  'elettaria',
  'cardamom',
  'carum',
  'caraway',
  'anethum',
  'dill',
]);
/** A spice seed oil that is pressed or processed, or the root macerate ("carrot root oil" is a carrier). */
const NOT_SPICE_EO = new Set([
  'root',
  'hydrogenated',
  'peg',
  'glycerides',
  'esters',
  'extract',
  'butter',
  // black cumin is Nigella sativa, a pressed carrier oil
  'nigella',
  'black',
  // "Daucus Carota Sativa (Cold Pressed Wild Carrot) Seed Oil": pressed, not distilled
  'pressed',
  'cold',
]);

/**
 * Every word the patterns read, for typo repair (match/typo.ts): a misspelt genus or plant part is repaired
 * to it as to any word of a known name ("Litsae Cueba (May Chaang Oil)" -> litsea cubeba, may chang, oil),
 * so the patterns see essential oils and scrub powders through typos, not only the names listed in rules/.
 */
export const FAMILY_WORDS: readonly string[] = [
  ...new Set(
    [EO_GENERA, EO_COMMON, NOT_EO, SCRUB_PART, SCRUB_FORM, NOT_SCRUB, SOFT_POWDER, SPICE_SEED, NOT_SPICE_EO]
      .flatMap((set) => [...set])
      .flatMap((w) => w.split(' ')),
  ),
];

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
 * Rule id for a family pattern, or null. `tokens` are the normalized tokens of one item, each once, in
 * order: its name's (the first `nameLength`) and then its parenthesised aliases', so "Melaleuca Alternifolia
 * (Tea Tree) Leaf Oil" is seen whole.
 */
export function matchPattern(tokens: string[], nameLength = tokens.length): string | null {
  if (tokens.length === 0 || tokens.length > 16) return null;
  const has = (t: string) => tokens.includes(t);
  // SD Alcohol 40-B, Alcohol Denat. (any word order), Denatured Alcohol.
  if (hasSeq(tokens, 'sd', 'alcohol') || (has('alcohol') && has('denat'))) return 'drying-alcohol';
  // spice seeds are distilled for their essential oil (carrot, coriander, cumin, fennel, anise, nutmeg,
  // cardamom); every other seed oil is pressed, a carrier
  if (has('oil') && has('seed') && hasAny(tokens, SPICE_SEED) && !hasAny(tokens, NOT_SPICE_EO)) {
    return 'essential-oil';
  }
  if (has('oil') && !hasAny(tokens, NOT_EO)) {
    // the aromatic word names the oil in a synonym or parenthesis ("Recutita (Matricaria) Flower Oil"), or
    // in the name before its last "oil" ("Zingiber Officinale Root Oil"), or after a first "oil"
    // ("Oil/Bergamot Fruit Oil") or "oil of"; after the oil it names something else: "Passion Fruit
    // Oils-Ginger Extract", a blurb's heading glued to the list, is a carrier oil and a ginger extract
    const name = tokens.slice(0, nameLength);
    const lastOil = name.lastIndexOf('oil');
    // (no "oil" in the name: it is in an alias, "Litsea Cubeba (Maychang Oil)", "Tanacetum Annuum
    // Flower/Leaf/Stem Oil", and the name names it)
    const named =
      lastOil <= 0 ? tokens.slice(lastOil + 1) : [...name.slice(0, lastOil), ...tokens.slice(nameLength)];
    const ofIndex = name.indexOf('of');
    if (ofIndex > 0 && name[ofIndex - 1] === 'oil') named.push(...name.slice(ofIndex + 1));
    if (hasPair(named, EO_GENERA) || hasPair(named, EO_COMMON)) return 'essential-oil';
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
