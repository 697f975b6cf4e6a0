/**
 * Beta hydroxy acids: salicylic acid and its complexes and salts; willow bark as a note (salicin, not free
 * salicylic acid). The sunscreen salicylates are look-alikes here (they are chemical-sunscreen rules).
 *
 * Sources: clinic aftercare sheets (acid exfoliants 3-7 days) and the EU CosIng function Keratolytic
 * (2020-12-30 export), as the category source in categories.ts.
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
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
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'betaine-salicylate',
    category: 'bha',
    canonical: 'Betaine Salicylate',
    names: ['Betaine Salicylate'],
    severity: 'high',
    reason: 'beta hydroxy acid (salicylic acid complex)',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'capryloyl-salicylic-acid',
    category: 'bha',
    canonical: 'Capryloyl Salicylic Acid',
    names: ['Capryloyl Salicylic Acid', 'LHA', 'Lipo Hydroxy Acid'],
    severity: 'high',
    reason: 'beta hydroxy acid (lipophilic salicylic acid)',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'sodium-salicylate',
    category: 'bha',
    canonical: 'Sodium Salicylate',
    names: ['Sodium Salicylate', 'Potassium Salicylate', 'Tea-Salicylate'],
    severity: 'low',
    reason: 'salicylate salt: often a preservative at low level',
    positional: true,
    rinseOffLowers: true,
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
] satisfies Rule<'bha'>[];
