/**
 * Every irritant rule, assembled from the per-category files in the order the engine has always read them.
 * The order is part of the behaviour: when two rules list the same name, the first one claims it (vocab.ts),
 * and the irritant index of the fuzzy matcher is built in this order.
 */
import type { Rule } from '../types';
import { RULES as AHA } from './aha';
import { RULES as ASTRINGENT } from './astringent';
import { RULES as AZELAIC_ACID } from './azelaic-acid';
import { RULES as BENZOYL_PEROXIDE } from './benzoyl-peroxide';
import { RULES as BHA } from './bha';
import { RULES as CHEMICAL_SUNSCREEN } from './chemical-sunscreen';
import { RULES as COOLING_AGENT } from './cooling-agent';
import { RULES as DRYING_ALCOHOL } from './drying-alcohol';
import { RULES as ENZYME } from './enzyme';
import { RULES as ESSENTIAL_OIL } from './essential-oil';
import { RULES as FRAGRANCE } from './fragrance';
import { RULES as HYDROQUINONE } from './hydroquinone';
import { RULES as PHA } from './pha';
import { RULES as PHYSICAL_EXFOLIANT } from './physical-exfoliant';
import { RULES as RETINOID } from './retinoid';
import { RULES as VITAMIN_C } from './vitamin-c';

export const RULES: readonly Rule[] = [
  ...RETINOID,
  ...AHA,
  ...BHA,
  ...PHA,
  ...PHYSICAL_EXFOLIANT,
  ...BENZOYL_PEROXIDE,
  ...VITAMIN_C,
  ...FRAGRANCE,
  ...ESSENTIAL_OIL,
  ...DRYING_ALCOHOL,
  ...ENZYME,
  ...HYDROQUINONE,
  ...CHEMICAL_SUNSCREEN,
  ...COOLING_AGENT,
  ...ASTRINGENT,
  ...AZELAIC_ACID,
];
