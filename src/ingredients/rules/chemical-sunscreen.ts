/**
 * Chemical (organic) UV filters, low: prefer mineral filters for the first 24-48 h.
 *
 * Sources: dermatologist Q&A, weak evidence (category source in categories.ts).
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'avobenzone',
    category: 'chemical-sunscreen',
    canonical: 'Butyl Methoxydibenzoylmethane',
    names: ['Butyl Methoxydibenzoylmethane', 'Avobenzone'],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'octinoxate',
    category: 'chemical-sunscreen',
    canonical: 'Ethylhexyl Methoxycinnamate',
    names: ['Ethylhexyl Methoxycinnamate', 'Octinoxate', 'Octyl Methoxycinnamate'],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'oxybenzone',
    category: 'chemical-sunscreen',
    canonical: 'Benzophenone-3',
    names: ['Benzophenone-3', 'Oxybenzone', 'Benzophenone-4', 'Sulisobenzone'],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'octocrylene',
    category: 'chemical-sunscreen',
    canonical: 'Octocrylene',
    names: ['Octocrylene'],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'homosalate',
    category: 'chemical-sunscreen',
    canonical: 'Homosalate',
    names: ['Homosalate'],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
  {
    id: 'octisalate',
    category: 'chemical-sunscreen',
    canonical: 'Ethylhexyl Salicylate',
    names: ['Ethylhexyl Salicylate', 'Octisalate', 'Octyl Salicylate'],
    severity: 'low',
    reason: 'chemical UV filter (not a BHA): prefer mineral filters for 24-48 h',
  },
  {
    id: 'other-uv-filter',
    category: 'chemical-sunscreen',
    canonical: 'Ethylhexyl Triazone',
    names: [
      'Ethylhexyl Triazone',
      'Octyl Triazone',
      'Bis-Ethylhexyloxyphenol Methoxyphenyl Triazine',
      'Bemotrizinol',
      'Diethylamino Hydroxybenzoyl Hexyl Benzoate',
      'Drometrizole Trisiloxane',
      'Terephthalylidene Dicamphor Sulfonic Acid',
      'Ecamsule',
      'Methylene Bis-Benzotriazolyl Tetramethylbutylphenol',
      'Phenylbenzimidazole Sulfonic Acid',
      'Ensulizole',
      'Diethylhexyl Butamido Triazone',
      'Isoamyl P-Methoxycinnamate',
      'Polysilicone-15',
      '4-Methylbenzylidene Camphor',
      'Methoxypropylamino Cyclohexenylidene Ethoxyethylcyanoacetate',
      'Ethylhexyl Dimethyl PABA',
    ],
    severity: 'low',
    reason: 'chemical UV filter: prefer mineral filters for 24-48 h',
  },
] satisfies Rule<'chemical-sunscreen'>[];
