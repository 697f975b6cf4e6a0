/**
 * Drying alcohols: ethanol in all its label spellings and isopropyl alcohol; the fatty alcohols are
 * look-alikes. SD alcohols and "Alcohol Denat." in any word order are found by family pattern (families.ts).
 *
 * Sources: clinic aftercare sheets (category source in categories.ts: drying alcohol 48-72 h, alcohol toners
 * 10-14 days).
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'drying-alcohol',
    category: 'drying-alcohol',
    canonical: 'Alcohol Denat.',
    names: [
      'Alcohol',
      'Alcohol Denat',
      'Alcohol Denat.',
      'Denatured Alcohol',
      'SD Alcohol',
      'SD Alcohol 40',
      'SD Alcohol 40-B',
      'SD Alcohol 39-C',
      'Ethanol',
      'Ethyl Alcohol',
      'Isopropyl Alcohol',
      'Isopropanol',
      '2-Propanol',
      'Alkohol',
      'Alcool',
      'Alcohol (Organic)',
      'Grain Alcohol',
    ],
    notMatch: [
      'Cetyl Alcohol',
      'Cetearyl Alcohol',
      'Stearyl Alcohol',
      'Behenyl Alcohol',
      'Myristyl Alcohol',
      'Lauryl Alcohol',
      'Arachidyl Alcohol',
      'C12-15 Alcohols',
      'C12-16 Alcohols',
      'C14-22 Alcohols',
      'C20-22 Alcohols',
      'Benzyl Alcohol',
      'Phenethyl Alcohol',
      'Lanolin Alcohol',
      'Dichlorobenzyl Alcohol',
      'Oleyl Alcohol',
      'Isostearyl Alcohol',
      'Cinnamyl Alcohol',
      'Anise Alcohol',
      'Polyvinyl Alcohol',
      'Octyldodecanol',
      'Isopropyl Myristate',
      'Isopropyl Palmitate',
    ],
    severity: 'high',
    reason: 'drying alcohol',
    positional: true,
  },
] satisfies Rule<'drying-alcohol'>[];
