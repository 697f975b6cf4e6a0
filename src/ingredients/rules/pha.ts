/**
 * Polyhydroxy acids: gentler acids that clinics group with AHAs/BHAs.
 *
 * Sources: clinic aftercare sheets (category source in categories.ts: acid exfoliants 3-7 days).
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'gluconolactone',
    category: 'pha',
    canonical: 'Gluconolactone',
    names: ['Gluconolactone', 'Glucono Delta Lactone', 'Glucono-Delta-Lactone'],
    notMatch: [
      'Sodium Gluconate',
      'Calcium Gluconate',
      'Zinc Gluconate',
      'Copper Gluconate',
      'Magnesium Gluconate',
    ],
    severity: 'high',
    reason: 'polyhydroxy acid',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'lactobionic-acid',
    category: 'pha',
    canonical: 'Lactobionic Acid',
    names: ['Lactobionic Acid'],
    severity: 'high',
    reason: 'polyhydroxy acid',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'maltobionic-acid',
    category: 'pha',
    canonical: 'Maltobionic Acid',
    names: ['Maltobionic Acid'],
    severity: 'high',
    reason: 'polyhydroxy acid',
    positional: true,
    rinseOffLowers: true,
  },
] satisfies Rule<'pha'>[];
