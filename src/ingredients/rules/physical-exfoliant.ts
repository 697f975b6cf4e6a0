/**
 * Physical exfoliants: shell, seed and stone powders, pumice, perlite (high), and particles that are a scrub
 * only in some products (silica, salt, sugar, cellulose, polyethylene, jojoba esters: low). More shell and seed
 * powders are found by family pattern (families.ts).
 *
 * Sources: clinic aftercare sheets (scrubs about 1 week) and the EU CosIng function Abrasive (2020-12-30
 * export), as the category source in categories.ts.
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
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
      'Alumina',
      'Cellulose Acetate',
      'Diatomaceous Earth',
      'Oryza Sativa (Rice) Powder',
      'Oryza Sativa Powder',
      'Rice Powder',
      'Oryza Sativa Hull Powder',
      'Rice Hull Powder',
      'Zea Mays (Corn) Cob Powder',
      'Corn Cob Powder',
    ],
    notMatch: ['Silica Dimethyl Silylate', 'Silica Silylate', 'Hydroxyethylcellulose', 'Cellulose Gum'],
    severity: 'low',
    reason: 'scrub particle only in some products',
  },
] satisfies Rule<'physical-exfoliant'>[];
