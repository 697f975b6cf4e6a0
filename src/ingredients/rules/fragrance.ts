/**
 * Fragrance: added fragrance and flavour (high), and the labelled fragrance allergens on their own (note).
 * A named flavour or fragrance ("Vanilla Fragrance") is found by family pattern (families.ts).
 *
 * Sources: clinic aftercare sheets (category source in categories.ts: avoid anything scented in the first
 * days). The allergens cite their own source: the EU Cosmetics Regulation Annex III labelled allergens.
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
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
    ref: 'eu-fragrance-allergens',
  },
] satisfies Rule<'fragrance'>[];
