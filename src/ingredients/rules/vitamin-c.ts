/**
 * Vitamin C: pure L-ascorbic acid (high) and its milder derivatives (low).
 *
 * Sources: clinic aftercare sheets, and the granuloma reports Soltani-Arabshahi 2014 (JAMA Dermatol) and
 * Friedmann 2024 (Dermatol Surg), as the category source in categories.ts.
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'ascorbic-acid',
    category: 'vitamin-c',
    canonical: 'Ascorbic Acid',
    names: ['Ascorbic Acid', 'L-Ascorbic Acid', 'Vitamin C', 'Acide Ascorbique', 'Ascorbinsäure'],
    notMatch: ['Erythorbic Acid'],
    severity: 'high',
    reason: 'pure vitamin C (acidic)',
    positional: true,
  },
  {
    id: 'vitamin-c-derivative',
    category: 'vitamin-c',
    canonical: 'Ascorbyl Glucoside',
    names: [
      'Ascorbyl Glucoside',
      'Sodium Ascorbyl Phosphate',
      'Magnesium Ascorbyl Phosphate',
      'Ascorbyl Palmitate',
      'Tetrahexyldecyl Ascorbate',
      'Ascorbyl Tetraisopalmitate',
      'Ethyl Ascorbic Acid',
      '3-O-Ethyl Ascorbic Acid',
      '3-0-Ethyl Ascorbic Acid',
      '2-O-Ethyl Ascorbic Acid',
      'Ascorbyl Methylsilanol Pectinate',
      'Aminopropyl Ascorbyl Phosphate',
      'Sodium Ascorbate',
      'Calcium Ascorbate',
      'Ascorbyl Tetraisopalmitate',
      'Ascorbyl Dipalmitate',
      'Ascorbyl 2-Phosphate',
    ],
    severity: 'low',
    reason: 'vitamin C derivative: milder than L-ascorbic acid',
  },
] satisfies Rule<'vitamin-c'>[];
