/**
 * The user-facing words for each ingredient category, from the catalogues. A literal table rather than keys
 * built from the id, so the catalogue test sees every key used and the type checker sees every category.
 */
import { CATEGORY_IDS, type CategoryId } from '../ingredients/categories';
import { t, type MessageKey } from './i18n';

interface CategoryText {
  label: MessageKey;
  plural: MessageKey;
  why: MessageKey;
}

/** One entry per category (the Record type makes it complete); the categories module is data, not the engine. */
export const CATEGORY_TEXT: Readonly<Record<CategoryId, CategoryText>> = {
  retinoid: { label: 'category_retinoid', plural: 'category_retinoid_plural', why: 'category_retinoid_why' },
  aha: { label: 'category_aha', plural: 'category_aha_plural', why: 'category_aha_why' },
  bha: { label: 'category_bha', plural: 'category_bha_plural', why: 'category_bha_why' },
  pha: { label: 'category_pha', plural: 'category_pha_plural', why: 'category_pha_why' },
  'physical-exfoliant': {
    label: 'category_physical_exfoliant',
    plural: 'category_physical_exfoliant_plural',
    why: 'category_physical_exfoliant_why',
  },
  'benzoyl-peroxide': {
    label: 'category_benzoyl_peroxide',
    plural: 'category_benzoyl_peroxide_plural',
    why: 'category_benzoyl_peroxide_why',
  },
  'vitamin-c': {
    label: 'category_vitamin_c',
    plural: 'category_vitamin_c_plural',
    why: 'category_vitamin_c_why',
  },
  fragrance: {
    label: 'category_fragrance',
    plural: 'category_fragrance_plural',
    why: 'category_fragrance_why',
  },
  'essential-oil': {
    label: 'category_essential_oil',
    plural: 'category_essential_oil_plural',
    why: 'category_essential_oil_why',
  },
  'drying-alcohol': {
    label: 'category_drying_alcohol',
    plural: 'category_drying_alcohol_plural',
    why: 'category_drying_alcohol_why',
  },
  enzyme: { label: 'category_enzyme', plural: 'category_enzyme_plural', why: 'category_enzyme_why' },
  hydroquinone: {
    label: 'category_hydroquinone',
    plural: 'category_hydroquinone_plural',
    why: 'category_hydroquinone_why',
  },
  'chemical-sunscreen': {
    label: 'category_chemical_sunscreen',
    plural: 'category_chemical_sunscreen_plural',
    why: 'category_chemical_sunscreen_why',
  },
  'cooling-agent': {
    label: 'category_cooling_agent',
    plural: 'category_cooling_agent_plural',
    why: 'category_cooling_agent_why',
  },
  astringent: {
    label: 'category_astringent',
    plural: 'category_astringent_plural',
    why: 'category_astringent_why',
  },
  'azelaic-acid': {
    label: 'category_azelaic_acid',
    plural: 'category_azelaic_acid_plural',
    why: 'category_azelaic_acid_why',
  },
};

/** Every category, in the engine's display order (src/ingredients/categories.ts owns the order). */
export const ALL_CATEGORIES: readonly CategoryId[] = CATEGORY_IDS;

export const categoryLabel = (c: CategoryId): string => t(CATEGORY_TEXT[c].label);
export const categoryPlural = (c: CategoryId): string => t(CATEGORY_TEXT[c].plural);
export const categoryWhy = (c: CategoryId): string => t(CATEGORY_TEXT[c].why);
