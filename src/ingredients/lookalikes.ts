import { RULES } from './rules';

/**
 * Names that look like an irritant but are not (a harmless competitor in matching, never flagged). Collected
 * from the rules' notMatch lists plus the traps named in the issue (docs/sources.md#text-irritant-lookalikes;
 * BHT beside the BHA of docs/sources.md#text-clean-at-sephora-footer).
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
