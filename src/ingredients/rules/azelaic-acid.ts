/**
 * Azelaic acid (high) and its milder derivative (low).
 *
 * Sources: clinic aftercare sheets (acid exfoliants 3-7 days) and the EU CosIng function Keratolytic
 * (2020-12-30 export), as the category source in categories.ts.
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'azelaic-acid',
    category: 'azelaic-acid',
    canonical: 'Azelaic Acid',
    names: ['Azelaic Acid', 'Acide Azélaïque'],
    severity: 'high',
    reason: 'azelaic acid',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'azelaic-derivative',
    category: 'azelaic-acid',
    canonical: 'Potassium Azeloyl Diglycinate',
    names: ['Potassium Azeloyl Diglycinate', 'Azeloyl Diglycinate'],
    severity: 'low',
    reason: 'azelaic acid derivative: milder',
  },
] satisfies Rule<'azelaic-acid'>[];
