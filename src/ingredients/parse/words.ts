/**
 * The word lists of the parser, in one place, each with where it came from: the docs/sources.md entry
 * that describes the real lists it was taken from, or "our list", meaning chosen by us, not taken from a
 * published list.
 */

/**
 * Headers in front of a list. Seen in the corpus: "Ingredients", "Full Ingredients", "Actives", "Formula",
 * "Active / Inactive Ingredients" (the drug-facts panel of US sunscreens), "Inhaltsstoffe" and "Zutaten"
 * (German pages). The INCI forms and the Spanish, Italian and French words are our list.
 */
export const HEADER_WORDS = new Set([
  'ingredients',
  'ingredient',
  'ingredient list',
  'ingredients list',
  'full ingredients',
  'full ingredients list',
  'full ingredient list',
  // a page's section under an "Ingredients" heading that names its list again ("Full list: Aqua, ...": was
  // read as a shade's label)
  'full list',
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
  // the drug-facts headers shortened to one word ("...Sulfur 3%INACTIVE: Aqua", issue 9)
  'active',
  'inactive',
  'inactives',
  'drug facts active ingredients',
  // the drug-facts panel's title on a line of its own
  'drug facts',
  'drug facts continued',
]);

/**
 * The first word of a heading over a product's key ingredients, which name a few of them with what they do
 * and are not its INCI list ("Key Ingredients:", Boots; "Highlighted Ingredients:", Sephora; "Hero
 * ingredients", "Star ingredients", "Featured Ingredient" on brand pages). Our list, from the corpus.
 */
export const KEY_SECTION_WORDS = ['key', 'hero', 'star', 'featured', 'highlighted', 'spotlight'];

/**
 * Header words read with one typo ("Inactve Ingrdients", "Serum Ingredients"): the last word of a header, and
 * the qualifiers that may precede it (our list, from the headers above).
 */
export const HEADER_LAST = ['ingredients', 'ingredient', 'inci'];
export const HEADER_QUALIFIERS = ['active', 'inactive', 'other', 'full', 'key', 'main', 'major', 'list'];

/**
 * Markers of a "may contain" (shade) section, besides "+/-" and "±". Seen in the data: "May Contain/Peut
 * Contenir (+/-): CI 77491..." (docs/sources.md#text-shades-kits-may-contain); the German, Spanish and
 * Portuguese markers are our list.
 */
export const MAY_CONTAIN_MARKERS = [
  'may contain',
  'peut contenir',
  'kann enthalten',
  'puede contener',
  'pode conter',
];

/**
 * Phrases that start a trailing disclaimer or a "free from" footer: the list ends there. Seen in the data
 * (docs/sources.md#text-clean-at-sephora-footer): the "Clean at Sephora" boilerplate, which names ingredients
 * the product does NOT contain ("formulated without ... Butylated hydroxyanisole (BHA)"), and trailing
 * disclaimers ("Please be aware that ingredient lists may change"); the other wordings of the same two kinds
 * are our list.
 */
export const FOOTER_MARKERS = [
  'clean at sephora',
  'please be aware that ingredient',
  'please be aware that the ingredient',
  'ingredient lists may change',
  'ingredients lists may change',
  // Hourglass on Sephora: "Ingredient lists and claims may change or vary from time to time ..."
  'ingredient lists and claims may change',
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

/**
 * Page chrome after the list on saved Boots pages (dataset-boots-uk-2025: 42 lists end "...PARFUM / FRAGRANCE
 * (FIL N70067598/1) read more read less Delivery options Click & Collect ..."): the section's two toggle labels
 * in a row, the basket message, the skip links. Glued to the last name with no stop, so the list ends at the
 * phrase itself (a footer's cut goes back to its sentence's start). "Hazards and Cautions" is not one: on 17
 * Boots pages it stands before the list.
 */
export const PAGE_CHROME_MARKERS = [
  'read more read less',
  'this item has been successfully added',
  'skip to navigation',
];

/**
 * Page section headings that follow the list on a product page, read with their colon ("... algae extract,
 * yeast extract Benefits: Smooths and renews the look of skin", "Key Benefits:", "How to use:", "Country of
 * Origin Korea Benefits:": Boots pages, dataset-boots-uk-2025). The page's text runs on from the last name into
 * the heading with no stop, so the heading is not a label of the names before it: that name is an item, the
 * rest of the heading's piece is prose (parse/list-builder.ts). The other headings of the same kind are our list.
 */
export const SECTION_HEADINGS = [
  'how to use',
  'how to apply',
  'directions',
  'directions for use',
  'suggested use',
  'benefits',
  'key benefits',
  'skin benefits',
  'warning',
  'warnings',
  'caution',
  'cautions',
  'precautions',
  'country of origin',
  'suitable for',
  'good to know',
];

/**
 * Words before a period that do not end a sentence ("Alcohol Denat.", "No. 4", "Ext. D&C"): INCI and
 * botanical abbreviations (denat., ext., var., ssp., cv.), label units and titles. Our list.
 */
export const ABBREVIATIONS = new Set([
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

/**
 * Footnote marks, and the words of a footnote legend ("*Certified Organic Ingredient", "**made from organic
 * ..."): organic-certification legends follow many lists in the corpus. Our list.
 */
export const FOOTNOTE_CHARS = '*†‡°¹²³⁴⁵^#~§¶';
export const LEGEND_WORDS = [
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

/**
 * Function words of marketing prose that INCI names do not use: how a key-ingredient blurb glued in front of
 * the list is told from the list (docs/sources.md#text-key-ingredient-blurbs: "...supports skin's protective
 * barrier.Water/Aqua/Eau, Glycerin"). Our list.
 */
export const PROSE_WORDS = new Set([
  'the',
  'that',
  'this',
  'to',
  'is',
  'are',
  'your',
  'you',
  'helps',
  'help',
  'with',
  'for',
  'while',
  'which',
  'its',
  'it',
  'may',
  'can',
  'skin',
  'skins',
  'an',
  'in',
  'on',
  'into',
  'from',
]);

/** Parenthesised words that are no synonym ("(Nano)", "(Organic)", "(and)"): never kept as aliases. Our list. */
export const JUNK_ALIASES = new Set([
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

/**
 * Words that end or qualify an INCI name and are never an item alone (plant parts, forms, "organic"): a
 * missing-comma split that leaves one of these on its own cut a name in two. Our list, from the INCI
 * botanical naming pattern genus species (common) part form.
 */
export const FRAGMENT_WORDS = new Set([
  'oil',
  'oils',
  'essential',
  'extract',
  'extracts',
  'flower',
  'flowers',
  'leaf',
  'leaves',
  'peel',
  'seed',
  'root',
  'fruit',
  'juice',
  'powder',
  'butter',
  'wax',
  'stem',
  'bark',
  'kernel',
  'nut',
  'wood',
  'resin',
  'bud',
  'twig',
  'rind',
  'organic',
  'bio',
  'certified',
  'cold',
  'pressed',
  'virgin',
  'extra',
]);
