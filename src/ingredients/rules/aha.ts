/**
 * Alpha hydroxy acids, and the AHA salts and citric acid that are usually pH adjusters (low).
 *
 * Sources: clinic aftercare sheets (category source in categories.ts: acid exfoliants 3-7 days).
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'glycolic-acid',
    category: 'aha',
    canonical: 'Glycolic Acid',
    names: ['Glycolic Acid', 'Acide Glycolique', 'Glykolsäure', 'Hydroxyacetic Acid'],
    notMatch: ['Lactic Acid/Glycolic Acid Copolymer', 'Glycolic Acid Copolymer'],
    severity: 'high',
    reason: 'alpha hydroxy acid',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'lactic-acid',
    category: 'aha',
    canonical: 'Lactic Acid',
    names: ['Lactic Acid', 'L-Lactic Acid', 'Acide Lactique', 'Milchsäure', 'Acido Lattico'],
    notMatch: [
      'Lactobacillus Ferment',
      'Lactobacillus',
      'Lactococcus Ferment Lysate',
      'Lactic Acid/Glycolic Acid Copolymer',
      'Polylactic Acid',
      'Lactose',
      'Lactoferrin',
      'Lauroyl Lactylate',
      'Sodium Stearoyl Lactylate',
      'Lactitol',
    ],
    severity: 'high',
    reason: 'alpha hydroxy acid',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'mandelic-acid',
    category: 'aha',
    canonical: 'Mandelic Acid',
    names: ['Mandelic Acid', 'Acide Mandélique'],
    severity: 'high',
    reason: 'alpha hydroxy acid',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'malic-acid',
    category: 'aha',
    canonical: 'Malic Acid',
    names: ['Malic Acid', 'Acide Malique'],
    notMatch: ['Maleic Acid', 'Diisostearyl Malate'],
    severity: 'high',
    reason: 'alpha hydroxy acid',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'tartaric-acid',
    category: 'aha',
    canonical: 'Tartaric Acid',
    names: ['Tartaric Acid', 'Acide Tartrique'],
    severity: 'high',
    reason: 'alpha hydroxy acid',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'citric-acid',
    category: 'aha',
    canonical: 'Citric Acid',
    names: ['Citric Acid', 'Acide Citrique', 'Zitronensäure'],
    notMatch: ['Sodium Citrate', 'Triethyl Citrate', 'Glyceryl Citrate'],
    severity: 'low',
    reason: 'usually a pH adjuster, not a peel',
    positional: true,
    rinseOffLowers: true,
  },
  {
    id: 'aha-salt',
    category: 'aha',
    canonical: 'Sodium Lactate',
    names: [
      'Sodium Lactate',
      'Potassium Lactate',
      'Calcium Lactate',
      'Ammonium Lactate',
      'Ammonium Glycolate',
      'Sodium Glycolate',
    ],
    severity: 'low',
    reason: 'AHA salt: usually a pH adjuster/humectant',
    positional: true,
    rinseOffLowers: true,
  },
] satisfies Rule<'aha'>[];
