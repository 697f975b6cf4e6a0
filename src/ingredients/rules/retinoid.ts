/**
 * Retinoids: retinol, retinal, retinyl esters, retinoic acid esters and the prescription retinoids; bakuchiol
 * as a note (a retinol alternative, not a retinoid).
 *
 * Sources: clinic aftercare sheets (category source in categories.ts: retinoids 48 h to 1-2 weeks; the
 * prescription retinoids' 7-10 days are quoted in their reasons). Bakuchiol cites its own source.
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'retinol',
    category: 'retinoid',
    canonical: 'Retinol',
    names: [
      'Retinol',
      'Rétinol',
      'Vitamin A',
      'Vitamin A Alcohol',
      'Encapsulated Retinol',
      'Retinol Liposome',
    ],
    notMatch: ['Retinyl Palmitate Polypeptide'],
    severity: 'high',
    reason: 'retinoid',
  },
  {
    id: 'retinal',
    category: 'retinoid',
    canonical: 'Retinal',
    names: ['Retinal', 'Retinaldehyde', 'Rétinal', 'Retinaldéhyde'],
    severity: 'high',
    reason: 'retinoid',
  },
  {
    id: 'retinyl-palmitate',
    category: 'retinoid',
    canonical: 'Retinyl Palmitate',
    names: ['Retinyl Palmitate', 'Vitamin A Palmitate', 'Palmitate de Rétinyle'],
    severity: 'high',
    reason: 'retinyl ester (converted to retinoic acid in skin)',
  },
  {
    id: 'retinyl-acetate',
    category: 'retinoid',
    canonical: 'Retinyl Acetate',
    names: ['Retinyl Acetate', 'Vitamin A Acetate', 'Retinol Acetate'],
    severity: 'high',
    reason: 'retinyl ester',
  },
  {
    id: 'retinyl-propionate',
    category: 'retinoid',
    canonical: 'Retinyl Propionate',
    names: ['Retinyl Propionate'],
    severity: 'high',
    reason: 'retinyl ester',
  },
  {
    id: 'retinyl-linoleate',
    category: 'retinoid',
    canonical: 'Retinyl Linoleate',
    names: ['Retinyl Linoleate'],
    severity: 'high',
    reason: 'retinyl ester',
  },
  {
    id: 'retinyl-retinoate',
    category: 'retinoid',
    canonical: 'Retinyl Retinoate',
    names: ['Retinyl Retinoate'],
    severity: 'high',
    reason: 'retinoid ester',
  },
  {
    id: 'hydroxypinacolone-retinoate',
    category: 'retinoid',
    canonical: 'Hydroxypinacolone Retinoate',
    names: ['Hydroxypinacolone Retinoate', 'HPR', 'Granactive Retinoid'],
    severity: 'high',
    reason: 'retinoid (retinoic acid ester)',
  },
  {
    id: 'tretinoin',
    category: 'retinoid',
    canonical: 'Tretinoin',
    names: ['Tretinoin', 'Retinoic Acid', 'All-Trans Retinoic Acid', 'Trétinoïne', 'Retin-A'],
    severity: 'high',
    reason: 'prescription retinoid (clinics: 7-10 days)',
  },
  {
    id: 'isotretinoin',
    category: 'retinoid',
    canonical: 'Isotretinoin',
    names: ['Isotretinoin', '13-Cis-Retinoic Acid'],
    severity: 'high',
    reason: 'prescription retinoid',
  },
  {
    id: 'adapalene',
    category: 'retinoid',
    canonical: 'Adapalene',
    names: ['Adapalene', 'Differin'],
    severity: 'high',
    reason: 'prescription-strength retinoid (clinics: 7-10 days)',
  },
  {
    id: 'tazarotene',
    category: 'retinoid',
    canonical: 'Tazarotene',
    names: ['Tazarotene'],
    severity: 'high',
    reason: 'prescription retinoid (clinics: 7-10 days)',
  },
  {
    id: 'trifarotene',
    category: 'retinoid',
    canonical: 'Trifarotene',
    names: ['Trifarotene'],
    severity: 'high',
    reason: 'prescription retinoid',
  },
  {
    id: 'bakuchiol',
    category: 'retinoid',
    canonical: 'Bakuchiol',
    names: ['Bakuchiol'],
    severity: 'note',
    reason: 'retinol alternative, not a retinoid; usually well tolerated - note only',
    source: 'Plant-derived retinol alternative (not a retinoid); note only',
    ref: 'bakuchiol-not-a-retinoid',
  },
] satisfies Rule<'retinoid'>[];
